import { describe, expect, test } from 'vitest';
import { projectPointsLost, type PointsLostRow } from '../../../src/lib/charts/project-points-lost';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { marksOf, parseSvg, texts, tips } from './project-svg-helpers';

// Table 1 (lines 390–495): row 2 scores 5 on a weight of 2; row 5 lost its cells; row 10 lost 0.4.
const rows: PointsLostRow[] = [
  { key: 'funds', label: '资金执行率', lost: 0, valueText: '0 分', tip: '资金执行率：失分0 分' },
  { key: '2', label: '2. 300M互联网带宽', lost: -3, valueText: '得分超出分值3 分', tip: '第2行：分值2，得分5' },
  { key: '5', label: '5. （名称缺失）', lost: null, valueText: '表格残缺，无法计算', tip: '第5行：原表缺少分值或得分' },
  {
    key: '10',
    label: '10. 数据中心服务质量及售后运维服务质量好评',
    lost: 0.4,
    valueText: '0.4 分',
    tip: '第10行：失分0.4 分',
  },
];

describe('projectPointsLost', () => {
  test('scales from the largest gain to the shared maximum, one band per row', () => {
    const spec = projectPointsLost(rows, { max: 6 });
    expect(spec.x).toMatchObject({ domain: [-3, 6] });
    expect(spec.y).toMatchObject({ domain: ['funds', '2', '5', '10'] });
    expect(spec.height).toBe(4 * 42 + 8);
    expect(projectPointsLost(rows.slice(3)).x, 'at least one point wide').toMatchObject({ domain: [0, 1] });
  });

  test('draws losses and gains as bars of their own colour, and a note instead of a bar for lost cells', () => {
    const root = parseSvg(renderPlot(projectPointsLost(rows, { max: 6 }), { id: 't', ariaLabel: 'lost' }));
    expect([...root.querySelectorAll('g[fill="var(--c2)"] rect')].map((r) => r.getAttribute('data-tip'))).toEqual([
      '第10行：失分0.4 分',
    ]);
    expect([...root.querySelectorAll('g[fill="var(--c4)"] rect')].map((r) => r.getAttribute('data-tip'))).toEqual([
      '第2行：分值2，得分5',
    ]);
    expect(tips(root), 'zero lines carry the tooltips of rows without a bar').toEqual([
      '第10行：失分0.4 分',
      '第2行：分值2，得分5',
      '资金执行率：失分0 分',
      '第5行：原表缺少分值或得分',
    ]);
    expect(texts(root)).toContain('表格残缺，无法计算');
    expect(root.querySelector('g[fill="var(--muted)"] text')?.textContent).toBe('表格残缺，无法计算');
  });

  test('adds its legend above the rows', () => {
    const plain = projectPointsLost(rows);
    const keyed = projectPointsLost(rows, { legend: [{ label: '失分', symbol: 'square', color: 'var(--c2)' }] });
    expect(keyed.marginTop).toBe((plain.marginTop as number) + 22);
    expect(marksOf(keyed).length).toBe(marksOf(plain).length + 2);
  });

  test('refuses bad rows', () => {
    expect(() => projectPointsLost([])).toThrow('projectPointsLost: no rows');
    expect(() => projectPointsLost([{ ...rows[0]!, lost: Number.POSITIVE_INFINITY }])).toThrow(
      'projectPointsLost: invalid loss Infinity for row funds',
    );
  });

  test.each([640, 360])('renders at %s px as in its snapshot', async (width) => {
    const legend = [
      { label: '失分', symbol: 'square' as const, color: 'var(--c2)' },
      { label: '得分超过分值（报告有误）', symbol: 'square' as const, color: 'var(--c4)' },
    ];
    const svg = renderPlot(projectPointsLost(rows, { width, max: 6, legend }), {
      id: `project-x-points-lost-${width}`,
      ariaLabel: '各指标失分',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`../snapshots/project-points-lost-${width}.svg`);
  });
});
