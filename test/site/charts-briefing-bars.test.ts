import { describe, expect, it } from 'vitest';
import { briefingBars } from '../../src/lib/charts/briefing-bars';
import { renderPlot } from '../../src/lib/render-plot';
import { SLIDE, textWidth } from '../../src/lib/text-measure';

const rows = [
  { label: '科学技术支出', value: 5504.37, valueText: '5,504.37', highlight: true },
  { label: '资源勘探信息等支出', value: 1434.3, valueText: '1,434.30' },
];

describe('briefingBars', () => {
  it('refuses no rows', () => {
    expect(() => briefingBars([])).toThrow('no rows');
  });

  it('writes every label and value on the chart at 24 px or more, so nothing needs hover', () => {
    const svg = renderPlot(briefingBars(rows, { reference: 6000 }), { id: 'b', ariaLabel: 'bars' });
    for (const r of rows) {
      expect(svg).toContain(`>${r.label}<`);
      expect(svg).toContain(`>${r.valueText}<`);
    }
    const sizes = [...svg.matchAll(/<(?!svg)[a-z]+[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1])); // the root svg’s default size styles no text
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(svg).toMatch(/<svg[^>]+viewBox="0 0 1600 /);
  });

  it('leaves the widest value its width by the SLIDE table, full-width characters one em each', () => {
    const options = briefingBars([{ label: '项目', value: 1, valueText: '5,504 万元' }]);
    expect(options.marginRight).toBeCloseTo(24 + textWidth('5,504 万元', 24, SLIDE), 9);
    expect(options.marginRight).toBeCloseTo(24 + (6 * 0.62 + 2) * 24, 9);
  });

  it('keeps 13 rows within the slide’s chart area', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ label: `项目${i}`, value: i, valueText: String(i) }));
    const options = briefingBars(many);
    expect(options.height).toBeLessThanOrEqual(640);
  });
});

describe('briefingBars with a reference line', () => {
  const rates = [60, 94, 98.3, 98.6, 100].map((v) => ({ label: `项目${v}`, value: v, valueText: `${v.toFixed(1)}%` }));
  const text = (o: ReturnType<typeof briefingBars>) => {
    const marks = o.marks as { data?: unknown }[];
    return marks.at(-1)!.data as { value: number; labelX: number }[];
  };

  it('writes a value that would touch the line past the line, and the others at the end of their bar', () => {
    const rows = text(briefingBars(rates, { reference: 100, max: 100 }));
    expect(rows.map((r) => r.labelX)).toEqual([60, 100, 100, 100, 100]);
  });

  it('without a reference line every value sits at the end of its bar', () => {
    expect(text(briefingBars(rates)).map((r) => r.labelX)).toEqual([60, 94, 98.3, 98.6, 100]);
  });

  it('marks the line with a class, so a page can find it', () => {
    const svg = renderPlot(briefingBars(rates, { reference: 100, max: 100 }), { id: 'r', ariaLabel: 'rates' });
    expect(svg).toMatch(/<g[^>]*stroke-dasharray="8,6"[^>]*class="reference-line"/);
  });
});
