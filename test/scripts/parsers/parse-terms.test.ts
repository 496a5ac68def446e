/** The report's own glossary (专业名词解释), from an excerpt of data/raw/fengtai-sti-2019.txt (lines 117–123). */
import { describe, expect, test } from 'vitest';
import { parseTerms } from '../../../scripts/parsers/parse-terms';

const lines = (from: number, texts: string[]) => texts.map((text, i) => ({ n: from + i, text }));

describe('parseTerms', () => {
  test('one term per numbered item, as printed, with its line; blank lines and the heading passed over', () => {
    const body = lines(117, [
      '七、专业名词解释',
      '1.“三公”经费：是指单位通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
      ' 2.机关运行经费：是指行政单位（含参照公务员法管理事业单位）使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
      '',
      '5.科学技术支出：是指科学技术管理事务、基础研究等九项支出。 ',
    ]);
    expect(parseTerms(body)).toEqual([
      {
        number: 1,
        term_zh: '“三公”经费',
        definition_zh: '是指单位通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
        lines: [118],
        quote: '1.“三公”经费：是指单位通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
      },
      {
        number: 2,
        term_zh: '机关运行经费',
        definition_zh:
          '是指行政单位（含参照公务员法管理事业单位）使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
        lines: [119],
        quote:
          '2.机关运行经费：是指行政单位（含参照公务员法管理事业单位）使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
      },
      {
        number: 5,
        term_zh: '科学技术支出',
        definition_zh: '是指科学技术管理事务、基础研究等九项支出。',
        lines: [121],
        quote: '5.科学技术支出：是指科学技术管理事务、基础研究等九项支出。',
      },
    ]);
  });

  test('ASCII punctuation and 、 after the number read the same; no section, no terms', () => {
    expect(parseTerms(lines(1, ['3、政府采购: 指各级国家机关……的行为。']))[0]).toMatchObject({
      number: 3,
      term_zh: '政府采购',
      definition_zh: '指各级国家机关……的行为。',
    });
    expect(parseTerms(undefined)).toEqual([]);
  });
});
