/** The unit switch's attributes (src/lib/amount-attributes.ts), and the three places that write them through it. */
import { describe, expect, test } from 'vitest';
import { amountAttributes } from '../../src/lib/amount-attributes';
import { valueLabelAttributes } from '../../src/lib/charts/spending-amounts';
import { cellAmountAttributes } from '../../src/lib/share/amount-cells';
import { figureHtml } from '../../src/lib/figure';

/** The attributes of the first element of `html`, as a record (a bare attribute is ''). */
const attributesOf = (html: string) =>
  Object.fromEntries(
    [.../^<\w+([^>]*)>/.exec(html)![1]!.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? '']),
  );

describe('amountAttributes', () => {
  test('the value in 万元, and bare and signed only when asked', () => {
    expect(amountAttributes(1434.3)).toEqual({ 'data-amount-wan': '1434.3' });
    expect(amountAttributes(-3, { bare: true, signed: true })).toEqual({
      'data-amount-wan': '-3',
      'data-amount-bare': '',
      'data-amount-signed': '',
    });
  });

  test('a linked figure, a chart value label and a table cell carry the same attributes for the same amount', () => {
    const figure = attributesOf(figureHtml({ locale: 'zh', wan: -3, bare: true, signed: true, lines: [49] }));
    const { 'data-amount-wan': wan, 'data-amount-bare': bare, 'data-amount-signed': signed } = figure;
    expect({ wan, bare, signed }).toEqual({ wan: '-3', bare: '', signed: '' });
    expect(cellAmountAttributes({ key: 'x', label: 'x', kind: 'amount', signed: true }, -3)).toEqual(
      amountAttributes(-3, { bare: true, signed: true }),
    );
    expect(valueLabelAttributes(-3)).toEqual(amountAttributes(-3, { bare: true }));
    expect(attributesOf(figureHtml({ locale: 'en', wan: 352.97 }))).toEqual({
      class: 'amount',
      ...amountAttributes(352.97),
    });
  });
});
