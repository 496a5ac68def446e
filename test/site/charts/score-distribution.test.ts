import { describe, expect, test } from 'vitest';
import { scoreDistribution, type ScoreDot } from '../../../src/lib/charts/score-distribution';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { parseSvg, texts, tips } from './project-svg-helpers';

const bands = [
  { from: 90, to: 100, label: '≥90' },
  { from: 50, to: 60, label: '<60' },
  { from: 60, to: 75, label: '60–75' },
  { from: 75, to: 90, label: '75–90' },
];
// Five of the printed totals tie at 99.6; the incubation fund (82.64) was scored by an outside evaluator.
const dots: ScoreDot[] = [
  ...[99.6, 99.6, 99.6, 99.6, 99.6, 98.8, 98.4, 94, 93.4, 88, 87.9, 80.6, 80.1].map((score, i) => ({
    key: `p${i + 1}`,
    score,
    external: false,
    tip: `${i + 1}: ${score}`,
  })),
  { key: 'incubation', score: 82.64, external: true, tip: '孵化资金: 82.64' },
];

describe('scoreDistribution', () => {
  test('spans the bands in order, shades every other one and names them above the frame', () => {
    const spec = scoreDistribution(dots, { bands });
    expect(spec.x).toMatchObject({ domain: [50, 100] });
    const root = parseSvg(renderPlot(spec, { id: 'd', ariaLabel: 'scores' }));
    expect(texts(root).slice(0, 4)).toEqual(['<60', '60–75', '75–90', '≥90']);
    expect(texts(root).slice(4), 'axis ticks at the band edges').toEqual(['50', '60', '75', '90', '100']);
    expect(root.querySelectorAll('g[fill="var(--surface)"] rect').length).toBe(2);
    expect(tips(root)).toHaveLength(14);
  });

  test('gives the externally evaluated project its own colour and shape', () => {
    const root = parseSvg(renderPlot(scoreDistribution(dots, { bands }), { id: 'd', ariaLabel: 'scores' }));
    const external = [...root.querySelectorAll('[data-tip]')].find(
      (el) => el.getAttribute('data-tip') === '孵化资金: 82.64',
    )!;
    const self = [...root.querySelectorAll('[data-tip]')].find((el) => el.getAttribute('data-tip') === '1: 99.6')!;
    expect(external.getAttribute('fill')).toBe('var(--c2)');
    expect(self.getAttribute('fill')).toBe('var(--c1)');
    expect(external.getAttribute('d'), 'a diamond, not a circle').not.toBe(self.getAttribute('d'));
  });

  test('grows tall enough for the tallest stack of tied scores', () => {
    const few = scoreDistribution(dots.slice(9), { bands });
    const many = scoreDistribution(dots, { bands, width: 360 });
    expect(many.height as number).toBeGreaterThan(few.height as number);
  });

  test('drops a band name that would not fit its band', () => {
    const root = parseSvg(
      renderPlot(
        scoreDistribution(dots, {
          bands: [...bands.slice(0, 3), { from: 75, to: 90, label: '七十五到九十分之间的项目（含75分）' }],
          width: 360,
        }),
        { id: 'd', ariaLabel: 'x' },
      ),
    );
    expect(texts(root)).not.toContain('七十五到九十分之间的项目（含75分）');
  });

  test('refuses scores outside the bands', () => {
    expect(() => scoreDistribution([{ ...dots[0]!, score: 101 }], { bands })).toThrow(
      'scoreDistribution: score 101 of p1 is outside the bands 50–100',
    );
    expect(() => scoreDistribution([], { bands })).toThrow('scoreDistribution: no dots');
  });

  test.each([640, 360])('renders at %s px as in its snapshot', async (width) => {
    const svg = renderPlot(
      scoreDistribution(dots, { width, bands, legend: { self: '自评项目（13个）', external: '第三方评价：孵化资金' } }),
      {
        id: `scores-distribution-${width}`,
        ariaLabel: '项目总分分布',
      },
    );
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`../snapshots/score-distribution-${width}.svg`);
  });
});
