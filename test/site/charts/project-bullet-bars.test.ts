import { describe, expect, test } from 'vitest';
import { bulletBars, type BulletRow } from '../../../src/lib/charts/project-bullet-bars';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { parseSvg, texts, tips } from './project-svg-helpers';

// Line 268: the incubation fund's score by dimension against its maximum.
const rows: BulletRow[] = [
  {
    key: 'decision',
    label: '项目决策',
    outer: 15,
    inner: 12.98,
    valueText: '12.98 / 15',
    tip: '项目决策：12.98',
    outerTip: '项目决策：满分15',
  },
  {
    key: 'management',
    label: '项目管理',
    outer: 30,
    inner: 25.18,
    valueText: '25.18 / 30',
    tip: '项目管理：25.18',
    outerTip: '项目管理：满分30',
  },
  {
    key: 'performance',
    label: '项目绩效',
    outer: 55,
    inner: 44.48,
    valueText: '44.48 / 55',
    tip: '项目绩效：44.48',
    outerTip: '项目绩效：满分55',
  },
];

describe('bulletBars', () => {
  test('an outlined bar for the maximum with the achieved bar inside, on one scale from 0', () => {
    const spec = bulletBars(rows);
    expect(spec.x).toMatchObject({ domain: [0, 55] });
    expect(spec.y).toMatchObject({ domain: ['decision', 'management', 'performance'] });
    const root = parseSvg(renderPlot(spec, { id: 'b', ariaLabel: 'bars' }));
    expect(tips(root)).toEqual([
      '项目决策：满分15',
      '项目管理：满分30',
      '项目绩效：满分55',
      '项目决策：12.98',
      '项目管理：25.18',
      '项目绩效：44.48',
    ]);
    expect(texts(root)).toEqual(['项目决策', '项目管理', '项目绩效', '12.98 / 15', '25.18 / 30', '44.48 / 55']);
    const [outer, inner] = [...root.querySelectorAll('g > rect:first-child')].map((r) =>
      Number(r.getAttribute('height')),
    );
    expect(inner, 'the inner bar is thinner').toBeLessThan(outer!);
  });

  test('refuses negative or missing values', () => {
    expect(() => bulletBars([])).toThrow('bulletBars: no rows');
    expect(() => bulletBars([{ ...rows[0]!, inner: -1 }])).toThrow('bulletBars: invalid value -1 for decision');
  });

  test.each([640, 360])('renders at %s px as in its snapshot', async (width) => {
    const legend = [
      { label: '满分', symbol: 'outline' as const, color: 'var(--surface)' },
      { label: '得分', symbol: 'square' as const, color: 'var(--c2)' },
    ];
    const svg = renderPlot(bulletBars(rows, { width, color: 'var(--c2)', legend }), {
      id: `bullet-${width}`,
      ariaLabel: '孵化资金各维度得分',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`../snapshots/project-bullet-bars-${width}.svg`);
  });
});
