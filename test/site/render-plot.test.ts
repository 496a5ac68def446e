import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { horizontalBars } from '../../src/lib/charts/horizontal-bars';
import { NARROW_WIDTH } from '../../src/lib/charts/narrow';
import { renderPlot, renderWideAndNarrow, withSvgAttributes } from '../../src/lib/render-plot';
import { normalizeSvg } from './normalize-svg';

const rows = [
  { name: '科学技术支出', final_wan: 5504.37 },
  { name: '资源勘探信息等支出', final_wan: 1434.3 },
  { name: '住房保障支出 <&>', final_wan: 170.96 },
];

const clippedBars = (): Plot.PlotOptions => ({
  marginLeft: 120,
  marks: [
    Plot.barX(rows, { x: 'final_wan', y: 'name', title: (d: (typeof rows)[number]) => `${d.name}: ${d.final_wan}` }),
    Plot.frame({ clip: true }),
  ],
});

function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.body.firstElementChild;
  if (!root) throw new Error('no element');
  return root as unknown as Element;
}

describe('renderPlot', () => {
  test('returns a labelled svg with hidden marks, no inline style and no aria-label below the root', () => {
    const svg = renderPlot(clippedBars(), { id: 'bars', ariaLabel: '条形图' });
    const root = parse(svg);
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('条形图');
    expect(root.getAttribute('class')).toBe('plot');
    expect(root.hasAttribute('font-family'), 'font comes from the site CSS').toBe(false);
    expect(root.querySelectorAll('style').length).toBe(0);
    expect(root.querySelectorAll('[aria-label]').length, 'aria-label below the svg').toBe(0);
    expect(root.querySelectorAll('[aria-description]').length).toBe(0);
    for (const child of root.children) expect(child.getAttribute('aria-hidden'), child.tagName).toBe('true');
  });

  test('copies each mark title into data-tip, escaped', () => {
    const root = parse(renderPlot(clippedBars(), { id: 'bars', ariaLabel: 'Bars' }));
    const tips = [...root.querySelectorAll('[data-tip]')].map((el) => [
      el.tagName.toLowerCase(),
      el.getAttribute('data-tip'),
    ]);
    expect(tips).toEqual([
      ['rect', '科学技术支出: 5504.37'],
      ['rect', '资源勘探信息等支出: 1434.3'],
      ['rect', '住房保障支出 <&>: 170.96'],
    ]);
    expect(root.querySelectorAll('title').length).toBe(3);
  });

  test('renumbers ids per chart, the same on every render, and updates references', () => {
    const first = renderPlot(clippedBars(), { id: 'chart-a', ariaLabel: 'A' });
    const again = renderPlot(clippedBars(), { id: 'chart-a', ariaLabel: 'A' });
    const other = renderPlot(clippedBars(), { id: 'chart-b', ariaLabel: 'A' });
    expect(again, 'Plot counters must not leak into the output').toBe(first);
    const root = parse(first);
    expect([...root.querySelectorAll('[id]')].map((el) => el.getAttribute('id'))).toEqual(['chart-a-clip-1']);
    expect(root.querySelector('[clip-path]')?.getAttribute('clip-path')).toBe('url(#chart-a-clip-1)');
    expect(other).toContain('id="chart-b-clip-1"');
    expect(other).not.toContain('chart-a');
  });

  test('refuses options that need a figure or a browser', () => {
    const bars = Plot.barX(rows, { x: 'final_wan', y: 'name' });
    const label = { id: 'x', ariaLabel: 'x' };
    expect(() => renderPlot({ title: 'T', marks: [bars] }, label)).toThrow(
      'renderPlot: set the title in ChartFigure, not in Plot',
    );
    expect(() => renderPlot({ caption: 'C', marks: [bars] }, label)).toThrow(
      'renderPlot: set the caption in ChartFigure',
    );
    expect(() => renderPlot({ color: { legend: true }, marks: [bars] }, label)).toThrow(
      'renderPlot: color.legend renders HTML',
    );
    expect(() => renderPlot({ marks: [Plot.barX(rows, { x: 'final_wan', y: 'name', tip: true })] }, label)).toThrow(
      'has a tip, which needs a browser; use the title channel',
    );
    expect(() => renderPlot({ marks: [[Plot.tip(rows, { x: 'final_wan' })]] }, label)).toThrow('has a tip');
    expect(() => renderPlot({ marks: [bars] }, { id: '1 bad', ariaLabel: 'x' })).toThrow(
      'renderPlot: invalid id "1 bad"',
    );
    expect(() => renderPlot({ marks: [bars] }, { id: 'x', ariaLabel: ' ' })).toThrow(
      'renderPlot: chart x needs an ariaLabel',
    );
  });

  test('the demo bar chart renders as in its snapshot', async () => {
    const bars = rows.map((r) => ({
      label: r.name,
      value: r.final_wan,
      valueText: String(r.final_wan),
      tip: `${r.name}: ${r.final_wan}`,
    }));
    const svg = renderPlot(horizontalBars(bars, { width: 360 }), { id: 'demo', ariaLabel: 'Demo bars' });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('./snapshots/horizontal-bars-360.svg');
  });
});

describe('withSvgAttributes', () => {
  test('adds escaped attributes to the root', () => {
    expect(withSvgAttributes('<svg class="plot"></svg>', { 'aria-describedby': 'a"b' })).toBe(
      '<svg aria-describedby="a&quot;b" class="plot"></svg>',
    );
    expect(() => withSvgAttributes('<figure></figure>', {})).toThrow('expected a string starting with <svg');
  });
});

describe('renderWideAndNarrow', () => {
  test('renders at the default width and at NARROW_WIDTH, the narrow one’s ids under <id>-narrow', () => {
    const widths: (number | undefined)[] = [];
    const { svg, svgNarrow } = renderWideAndNarrow(
      (width) => {
        widths.push(width);
        return { ...clippedBars(), width };
      },
      { id: 'bars', ariaLabel: '条形图' },
    );
    expect(widths).toEqual([undefined, NARROW_WIDTH]);
    expect(svg).toBe(renderPlot(clippedBars(), { id: 'bars', ariaLabel: '条形图' }));
    expect(svgNarrow).toBe(
      renderPlot({ ...clippedBars(), width: NARROW_WIDTH }, { id: 'bars-narrow', ariaLabel: '条形图' }),
    );
    expect(svgNarrow).toContain('id="bars-narrow-');
    expect(svgNarrow).toContain('width="276"');
  });
});
