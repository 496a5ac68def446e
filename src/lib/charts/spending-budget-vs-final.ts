/**
 * A chart spec: for each row, the initial budget and the final amount as a pair of bars on a shared scale, the
 * name above them (wrapped to fit) with a note on the right (the growth), and the amounts in a right-hand column.
 * A row without a budget says so in words where its budget bar would be, instead of drawing a bar of 0.
 * A key at the top names the two bars. Amount labels and tooltips carry the unit switch's attributes.
 */
import * as Plot from '@observablehq/plot';
import type { Locale } from '../i18n';
import { CHART, textWidth, type Metrics } from '../text-measure';
import {
  amountBars,
  bareAmount,
  barOrigins,
  baselineOffset,
  disputeTextOptions,
  disputeTextWidth,
  layout,
  stackRows,
  stackedFrame,
  stackedLabels,
} from './bar-list';
import { fillTip, valueLabelAttributes, widestAmount, withAttributes } from './spending-amounts';

export interface BudgetFinalRow {
  /** a stable key, e.g. the slug */
  key: string;
  /** the full name, wrapped above the bars */
  label: string;
  /** the initial budget in 万元, or null where the report states there was none */
  budgetWan: number | null;
  /** the final amount in 万元 */
  finalWan: number;
  /** a short note on the right of the name, e.g. the growth `+700.15%`; '' for none */
  note: string;
  /** tooltips, with `{0}` where the amount goes */
  budgetTip: string;
  finalTip: string;
  /** a figure of the row is disputed by the audit: its name's line ends with the words' `dispute` (`≠ 见核算`) */
  disputed?: boolean;
}

export interface BudgetFinalOptions {
  locale: Locale;
  /** the key's words, what a row without a budget says and the annotation of a disputed row */
  words: { budget: string; final: string; noBudget: string; dispute?: string };
  /** [width=640] the SVG's width in px; render NARROW_WIDTH (narrow.ts) for phones */
  width?: number;
}

const SWATCH = 12;
const BUDGET_COLOR = 'var(--c-neutral)';
const FINAL_COLOR = 'var(--c1)';

/** The default table with Latin letters and figures taken a sixth wider. */
const SPARE: Metrics = (char) => (CHART(char) === 1 ? 1 : CHART(char) * 1.17);

/**
 * Plot options for `rows` as budget/final bar pairs, in the order given.
 * @throws if there are no rows or an amount is negative or not a number
 */
export function spendingBudgetVsFinal(
  rows: readonly BudgetFinalRow[],
  { locale, words, width = 640 }: BudgetFinalOptions,
): Plot.PlotOptions {
  if (rows.length === 0) throw new Error('spendingBudgetVsFinal: no rows');
  for (const row of rows) {
    for (const wan of [row.budgetWan ?? 0, row.finalWan]) {
      if (!Number.isFinite(wan) || wan < 0)
        throw new Error(`spendingBudgetVsFinal: invalid amount ${wan} for ${row.label}`);
    }
  }
  const sizes = layout(width);
  const { fontSize, valueSize, lineHeight, gap } = sizes;
  const barHeight = width < 480 ? 11 : 12;
  const barGap = 3;
  const amountWidth = widestAmount(
    rows.flatMap((r) => [r.budgetWan ?? 0, r.finalWan]),
    locale,
    valueSize,
  );
  const barRight = width - amountWidth - gap - 4; // a little more room: the longest bar ends next to its amount
  const max = Math.max(...rows.flatMap((r) => [r.budgetWan ?? 0, r.finalWan])) || 1;
  const scale = (wan: number) => 1 + (wan / max) * (barRight - 1);
  const valueDy = baselineOffset(fontSize, valueSize);

  // the key: a swatch and a word for each bar
  const keyItems: { x: number; color: string; word: string }[] = [];
  let keyX = 0;
  for (const [color, word] of [
    [BUDGET_COLOR, words.budget],
    [FINAL_COLOR, words.final],
  ] as const) {
    keyItems.push({ x: keyX, color, word });
    keyX += SWATCH + 6 + textWidth(word, valueSize) + 18;
  }
  const keyHeight = lineHeight + 8;

  // a disputed row's "≠ 见核算" stands on its name's first line left of the note, or, where the two would leave the
  // name less than half the width, under the note on a second line
  const noteRoom = (row: BudgetFinalRow) => (row.note ? textWidth(row.note, valueSize) + gap : 0);
  // beside a note, its tabular figures measured a sixth wider (DejaVu's digits are wider than the table's)
  const spareNoteRoom = (row: BudgetFinalRow) => (row.note ? textWidth(row.note, valueSize, SPARE) + gap : 0);
  const disputeRoom = (row: BudgetFinalRow) =>
    row.disputed && words.dispute ? disputeTextWidth(words.dispute, valueSize) + gap : 0;
  const below = (row: BudgetFinalRow) => spareNoteRoom(row) + disputeRoom(row) > width / 2;
  const stack = stackRows(rows, {
    ...sizes,
    top: keyHeight,
    labelWidth: (row) =>
      width -
      (!row.disputed
        ? noteRoom(row)
        : below(row)
          ? Math.max(noteRoom(row), disputeRoom(row))
          : spareNoteRoom(row) + disputeRoom(row)),
    minLines: (row) => (row.disputed && below(row) ? 2 : 1),
    labelGap: 3,
    barsHeight: 2 * barHeight + barGap,
  });
  const labels = stack.rows;
  const bars: {
    kind: 'budget' | 'final';
    x2: number;
    barTop: number;
    barBottom: number;
    wan: number;
    tipTemplate: string;
    tip: string;
  }[] = [];
  const values: { y: number; wan: number; text: string }[] = [];
  const missing: { y: number; text: string }[] = [];
  for (const row of stack.rows) {
    const budgetTop = row.barTop;
    const finalTop = budgetTop + barHeight + barGap;
    const pairs = [
      ['budget', row.budgetWan, budgetTop, row.budgetTip],
      ['final', row.finalWan, finalTop, row.finalTip],
    ] as const;
    for (const [kind, wan, top, template] of pairs) {
      if (wan === null) {
        missing.push({ y: top + barHeight / 2, text: words.noBudget });
        continue;
      }
      bars.push({
        kind,
        x2: scale(wan),
        barTop: top,
        barBottom: top + barHeight,
        wan,
        tipTemplate: template,
        tip: fillTip(template, [wan], locale),
      });
      values.push({ y: top + barHeight / 2, wan, text: bareAmount(wan, locale) });
    }
  }
  type Bar = (typeof bars)[number];
  type Value = (typeof values)[number];

  return {
    ...stackedFrame(width, Math.ceil(stack.bottom + 2), { color: true }),
    marks: [
      Plot.rect(keyItems, { x1: 'x', x2: (d) => d.x + SWATCH, y1: 3, y2: 3 + SWATCH, fill: 'color' }),
      Plot.text(keyItems, {
        x: (d) => d.x + SWATCH + 6,
        y: 3 + SWATCH / 2,
        text: 'word',
        textAnchor: 'start',
        fontSize: valueSize,
      }),
      amountBars(bars, { x2: 'x2', fill: (d: Bar) => (d.kind === 'budget' ? BUDGET_COLOR : FINAL_COLOR) }),
      barOrigins(bars),
      stackedLabels(labels, { fontSize }),
      Plot.text(labels, {
        x: width,
        y: 'top',
        text: 'note',
        textAnchor: 'end',
        lineAnchor: 'top',
        dy: valueDy,
        fontSize: valueSize,
        fontVariant: 'tabular-nums',
        fill: 'var(--muted)',
      }),
      ...(words.dispute
        ? [
            Plot.text(
              labels.filter((r) => r.disputed),
              disputeTextOptions(words.dispute, {
                // a pixel in from the edge: the bold glyphs' overhang would leave the SVG
                x: (r: (typeof labels)[number]) => (below(r) ? width - 1 : width - spareNoteRoom(r)),
                y: (r: (typeof labels)[number]) => (below(r) ? r.top + lineHeight : r.top),
                lineAnchor: 'top',
                dy: valueDy,
                fontSize: valueSize,
              }),
            ),
          ]
        : []),
      Plot.text(missing, {
        x: 1,
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        fontSize: valueSize,
        fontStyle: 'italic',
        fill: 'var(--muted)',
      }),
      Plot.text(values, {
        x: width,
        y: 'y',
        text: 'text',
        textAnchor: 'end',
        fontSize: valueSize,
        fontVariant: 'tabular-nums',
        render: withAttributes(values, (d: Value) => valueLabelAttributes(d.wan)),
      }),
    ],
  };
}
