/**
 * The overview's text (src/lib/pages/overview-facts.ts): the lede, whose figures link to their report lines, and
 * the key figures, in both locales, on the real derived data.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { overviewName, overviewText as facts } from '../../../src/lib/pages/overview-facts';
import { overviewTemplate } from '../../../src/lib/words/overview';
import { withoutTerms } from '../../../src/lib/terms';

/** The overview's text with the lede's glossary candidates (src/lib/terms.ts) read as plain text. */
const overviewText = (locale: 'zh' | 'en') => {
  const f = facts(locale);
  return { ...f, lede: f.lede.map(withoutTerms) };
};

/** Each link of an HTML fragment: its text, href, and the cite title and amount it carries. */
function links(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
  return [...document.querySelectorAll('a')].map((a) => [
    a.textContent,
    a.getAttribute('href'),
    a.getAttribute('data-amount-wan'),
  ]);
}
const text = (html: string) =>
  parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`).document.body.textContent;

describe('overviewText: the lede', () => {
  test('the lede is running text: its glossary terms are candidate marks', () => {
    expect(facts('zh').lede.join('')).toContain('<!--term final-accounts-->');
    expect(facts('en').lede.join('')).toContain('<!--term general-public-budget-->');
  });

  test('zh: every figure links to its report line or the page that explains it', () => {
    const { lede } = overviewText('zh');
    expect(lede).toHaveLength(4);
    expect(lede.map(links)).toEqual([
      [
        ['7,266.76 万元', '/report/#L41', '7266.76'],
        ['83.17%', '/report/#L41', null],
        ['995.74 万元', '/report/#L41', '995.74'],
        ['629.78%', '/report/#L41', null],
      ],
      [
        ['7,264.44 万元', '/report/#L49', '7264.44'],
        ['75.77%', '/report/#L49', null],
        ['19.74%', '/report/#L49', null],
        ['4', '/spending/', null],
      ],
      [
        ['14', '/report/#L128', null],
        ['5,787.32 万元', '/report/#L128', '5787.32'],
        ['9', '/report/#L128', null],
        ['5', '/report/#L128', null],
        ['13', '/projects/', null],
        ['7', '/projects/', null],
      ],
      [
        ['384', '/audit/', null],
        ['23', '/audit/', null],
        ['8', '/audit/', null],
      ],
    ]);
    // the growth is against the predecessor units' prior year, and the sentence says so
    expect(text(lede[0]!)).toBe(
      '2019年，由原区科委的职责与原区经信委的信息化职责合并而成的丰台区科学技术和信息化局，本年支出合计7,266.76 万元，其中项目支出占83.17%。报告说这比上年的995.74 万元增长629.78%，但两个数字口径不同：科信局（本级）是新组建单位，“无往年预决算”，上年数是其前身单位的数字。',
    );
    // the unit 个 once, after the linked number (not inside the link and again after it)
    expect(text(lede[2]!)).toBe(
      '2020年，科信局对14个项目、5,787.32 万元开展了绩效评价：9个得分在90分以上，5个在75—90分之间。报告所附的13张自评表中，7个项目没有把预算花完。',
    );
    expect(text(lede[3]!)).toBe(
      '我们按报告中的其他数字逐项重算了它自己的账：共核对384项，23项未通过（数字对不上、表格残缺、文字重复等），另有8项因原文表格残缺无法核对。',
    );
    // a share cites every line it comes from: the total's and the category's
    expect(lede[1]).toContain('title="来源：《2019年度部门决算》第 49、61 行">75.77%</a>');
  });

  test('en: the same figures, in English, linking to the English pages', () => {
    const { lede } = overviewText('en');
    expect(lede.map(links)).toEqual([
      [
        ['CNY 72.67 million', '/en/report/#L41', '7266.76'],
        ['83.17%', '/en/report/#L41', null],
        ['629.78%', '/en/report/#L41', null],
        ['CNY 9.96 million', '/en/report/#L41', '995.74'],
      ],
      [
        ['75.77%', '/en/report/#L49', null],
        ['CNY 72.64 million', '/en/report/#L49', '7264.44'],
        ['19.74%', '/en/report/#L49', null],
        ['4', '/en/spending/', null],
      ],
      [
        ['14', '/en/report/#L128', null],
        ['CNY 57.87 million', '/en/report/#L128', '5787.32'],
        ['9', '/en/report/#L128', null],
        ['5', '/en/report/#L128', null],
        ['13', '/en/projects/', null],
        ['7', '/en/projects/', null],
      ],
      [
        ['384', '/en/audit/', null],
        ['23', '/en/audit/', null],
        ['8', '/en/audit/', null],
      ],
    ]);
    expect(text(lede[0]!)).toContain(
      'The report puts this 629.78% above the prior year’s CNY 9.96 million, but the two figures do not cover the same units',
    );
    expect(text(lede[2]!)).toBe(
      'In 2020 the bureau evaluated 14 projects worth CNY 57.87 million: 9 scored 90 or more, 5 between 75 and 90. Of the 13 self-evaluation tables attached to the report, 7 show a project that did not spend its whole budget.',
    );
  });
});

describe('overviewText: the key figures', () => {
  test('zh: four cited figures and the count of checks that fail', () => {
    const { keyFigures, auditFigure } = overviewText('zh');
    // each with the check's verdict on it (none of these four is disputed)
    expect(keyFigures.map((k) => k.verdict)).toEqual(Array(4).fill({ status: 'consistent', finding_ids: '' }));
    expect(keyFigures.map(({ note: _note, verdict: _verdict, ...k }) => k)).toEqual([
      { label: '本年支出合计', text: '7,266.76 万元', amountWan: 7266.76, lines: [41], href: '/spending/' },
      { label: '科学技术支出占比', text: '75.77%', lines: [49, 61], href: '/spending/' },
      { label: '政府采购授予中小企业', text: '49.99%', lines: [106], href: '/procurement/' },
      { label: '绩效评价项目', text: '14个', lines: [128], href: '/scores/' },
    ]);
    expect(keyFigures.map((k) => text(k.note))).toEqual([
      '比上年（前身单位）增长629.78%',
      '一般公共预算财政拨款支出7,264.44 万元',
      '采购总额2,148.92 万元，其中小微企业9.58%',
      '涉及金额5,787.32 万元',
    ]);
    expect(keyFigures.map((k) => links(k.note))).toEqual([
      [['629.78%', '/report/#L41', null]],
      [['7,264.44 万元', '/report/#L49', '7264.44']],
      [
        ['2,148.92 万元', '/report/#L106', '2148.92'],
        ['9.58%', '/report/#L106', null],
      ],
      [['5,787.32 万元', '/report/#L128', '5787.32']],
    ]);
    expect(auditFigure).toEqual({ label: '未通过的核对', value: '23', note: '共核对384项', href: '/audit/' });
  });

  test('en: the same figures in English', () => {
    const { keyFigures, auditFigure } = overviewText('en');
    expect(keyFigures.map(({ note: _note, verdict: _verdict, ...k }) => k)).toEqual([
      { label: 'Spent in 2019', text: 'CNY 72.67 million', amountWan: 7266.76, lines: [41], href: '/en/spending/' },
      { label: 'Science and technology’s share', text: '75.77%', lines: [49, 61], href: '/en/spending/' },
      { label: 'Procurement awarded to SMEs', text: '49.99%', lines: [106], href: '/en/procurement/' },
      { label: 'Projects evaluated', text: '14', lines: [128], href: '/en/scores/' },
    ]);
    expect(keyFigures.map((k) => text(k.note))).toEqual([
      'up 629.78% on the prior year (its predecessor units)',
      'of CNY 72.64 million of general public budget spending',
      'of CNY 21.49 million; small and micro firms 9.58%',
      'worth CNY 57.87 million',
    ]);
    expect(auditFigure).toEqual({
      label: 'Checks that fail',
      value: '23',
      note: 'of 384 checks',
      href: '/en/audit/',
    });
  });
});

describe('the words, names and shares the page and its charts share', () => {
  test('a name in the reader’s language; English falls back to Chinese; an untitled table says so', () => {
    expect(overviewName({ name_zh: '科普活动', name_en: 'Science popularisation' }, 'zh')).toBe('科普活动');
    expect(overviewName({ name_zh: '科普活动', name_en: 'Science popularisation' }, 'en')).toBe(
      'Science popularisation',
    );
    expect(overviewName({ name_zh: '科普活动', name_en: null }, 'en')).toBe('科普活动');
    expect(overviewName({ name_zh: null, name_en: null }, 'zh')).toBe('名称缺失的自评表');
    expect(overviewName({ name_zh: null, name_en: null }, 'en')).toBe('Untitled table (header missing in the report)');
  });

  test('a template keeps its placeholders for HTML', () => {
    expect(overviewTemplate('en', 'kf.audit.note')).toBe('of {checks} checks');
    expect(overviewTemplate('zh', 'kf.spent.note')).toBe('比上年（前身单位）增长{growth}');
  });
});
