/**
 * The shared bar-list layout (src/lib/charts/bar-list.ts): stacked rows on a running y, the value columns'
 * right edges, and the banded frame.
 */
import { describe, expect, test } from 'vitest';
import { bandRows, rightColumns, stackRows } from '../../../src/lib/charts/bar-list';
import { widestAmount } from '../../../src/lib/charts/spending-amounts';
import { textWidth } from '../../../src/lib/text-measure';

describe('stackRows', () => {
  test('places each row under the last: wrapped name, gap, bars, row gap', () => {
    const { rows, bottom } = stackRows([{ label: '一二三四五六' }, { label: '一二' }], {
      top: 2,
      labelWidth: () => 14 * 4,
      fontSize: 14,
      lineHeight: 18,
      labelGap: 2,
      barsHeight: 14,
      rowGap: 16,
    });
    expect(rows.map((r) => [r.lines, r.top, r.barTop, r.barBottom])).toEqual([
      [['一二三四', '五六'], 2, 2 + 36 + 2, 40 + 14],
      [['一二'], 54 + 16, 70 + 18 + 2, 90 + 14],
    ]);
    expect(rows[0]!.text).toBe('一二三四\n五六');
    expect(bottom).toBe(104);
  });

  test('wraps each row to its own width', () => {
    const { rows } = stackRows(
      [
        { label: '一二三四', w: 56 },
        { label: '一二三四', w: 28 },
      ],
      {
        top: 0,
        labelWidth: (r) => r.w,
        fontSize: 14,
        lineHeight: 18,
        labelGap: 0,
        barsHeight: 0,
        rowGap: 8,
      },
    );
    expect(rows.map((r) => r.lines.length)).toEqual([1, 2]);
  });
});

describe('rightColumns', () => {
  test('share at the right edge, amount left of the widest share, label left of the widest amount', () => {
    const rows = [
      { wan: 5504.37, shareText: '75.77%' },
      { wan: 4.42, shareText: '0.06%' },
    ];
    const c = rightColumns(rows, { width: 360, locale: 'zh', valueSize: 13, gap: 10 });
    expect(c.shareRight).toBe(360);
    expect(c.amountRight).toBeCloseTo(360 - textWidth('75.77%', 13) - 10, 9);
    expect(c.labelRight).toBeCloseTo(c.amountRight - widestAmount([5504.37, 4.42], 'zh', 13) - 10, 9);
  });
});

describe('bandRows', () => {
  test('a fixed pitch per row, one clipped line per name, room on the right for the widest value', () => {
    const rows = [{ key: 'a', label: '丰台区统一政务云数据中心购买服务项目', valueText: '100%' }];
    const list = bandRows(rows, { width: 160, band: 44, top: 22, bottom: 4 });
    expect(list.labelSize).toBe(14);
    expect(list.fitted[0]!.fitted.endsWith('…')).toBe(true);
    expect(list.frame.height).toBe(44 + 22 + 4);
    expect(list.frame.marginRight).toBeGreaterThan(10);
    expect(list.legendMarks).toEqual([]);
  });
});
