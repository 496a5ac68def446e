/**
 * The points lost by kind as bars. The sums themselves are the pipeline's (data/derived/points-lost-by-kind,
 * tested in test/scripts/points-lost-by-kind.test.ts); the chart's words and table in scores-charts.test.ts.
 */
import { describe, expect, test } from 'vitest';
import pointsLostByKind from '../../../data/derived/points-lost-by-kind.json';
import type { PointsLostByKindRow } from '../../../contract/tables';
import { horizontalBars } from '../../../src/lib/charts/horizontal-bars';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';

const K = pointsLostByKind as PointsLostByKindRow[];

describe('points lost by kind', () => {
  test('renders as bars in its snapshot', async () => {
    const bars = [...K]
      .sort((a, b) => b.lost - a.lost)
      .map((k) => ({
        label: k.name_zh ?? k.kind,
        value: k.lost,
        valueText: `${k.lost} 分`,
        tip: `${k.name_zh ?? k.kind}: ${k.lost}`,
      }));
    const svg = renderPlot(horizontalBars(bars, { width: 360, color: 'var(--c2)' }), {
      id: 'scores-points-lost-by-kind-360',
      ariaLabel: '各类指标失分',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('../snapshots/score-points-lost-by-kind-360.svg');
  });
});
