import { describe, expect, test } from 'vitest';
import { normalizeSvg, roundNumbers } from './normalize-svg';

describe('normalizeSvg', () => {
  test('rounds numbers, renumbers ids, sorts attributes and pretty-prints', () => {
    const input =
      '<svg width="640" viewBox="0 0 640 400" class="plot"><clipPath id="chart-a-clip-7"><rect x="0.1234567" y="-0.0001"/></clipPath>' +
      '<g clip-path="url(#chart-a-clip-7)" transform="translate(12.34567,8)"><rect x="1e-7" width="500"><title>科学技术支出: 5,504.37 &amp; more</title></rect></g>' +
      '<use href="#chart-a-clip-7"/><text>a<tspan>b</tspan></text></svg>';
    expect(normalizeSvg(input)).toBe(
      [
        '<svg class="plot" viewBox="0 0 640 400" width="640">',
        '  <clipPath id="id-1">',
        '    <rect x="0.123" y="0"></rect>',
        '  </clipPath>',
        '  <g clip-path="url(#id-1)" transform="translate(12.346,8)">',
        '    <rect width="500" x="0">',
        '      <title>科学技术支出: 5,504.37 &amp; more</title>',
        '    </rect>',
        '  </g>',
        '  <use href="#id-1"></use>',
        '  <text>',
        '    a',
        '    <tspan>b</tspan>',
        '  </text>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  test('the same chart with different id counters normalises to the same text', () => {
    const a = '<svg><clipPath id="plot-clip-1"></clipPath><g clip-path="url(#plot-clip-1)"></g></svg>';
    const b = '<svg><clipPath id="plot-clip-42"></clipPath><g clip-path="url(#plot-clip-42)"></g></svg>';
    expect(normalizeSvg(a)).toBe(normalizeSvg(b));
  });

  test('rejects markup that is not an svg', () => {
    expect(() => normalizeSvg('<figure><svg></svg></figure>')).toThrow('normalizeSvg: expected an <svg> root');
  });

  test('roundNumbers leaves integers and thousands separators alone', () => {
    expect(roundNumbers('M0,0L-6,0 1,000 210.83691684970307 -0.0004 2.5e-3')).toBe('M0,0L-6,0 1,000 210.837 0 0.003');
  });

  test('roundNumbers keeps the digits after a thousands separator', () => {
    expect(roundNumbers('1,074.18 万元')).toBe('1,074.18 万元');
    expect(roundNumbers('12,004.5 and 1,000,074.18349')).toBe('12,004.5 and 1,000,074.183');
    expect(roundNumbers('1,099.9999 −2,050.00')).toBe('1,100 −2,050');
  });
});
