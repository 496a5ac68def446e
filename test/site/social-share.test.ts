/**
 * The pieces behind the share control, the downloads and the social cards: the citation, the embed code, the
 * chart's data (CSV with a BOM, JSON, the data block), data-table cells that follow the unit switch, the
 * standalone SVG, the post-build step that turns data blocks into files, and the card's text and image.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { cellAmountAttributes, headerParts } from '../../src/lib/share/amount-cells';
import { chartData, toCsv, toJson } from '../../src/lib/share/chart-data';
import { citationTemplate } from '../../src/lib/share/citation';
import { citationDate, fillCitation } from '../../src/lib/share/cite-fill';
import { embedCode } from '../../src/lib/share/embed-code';
import { columnHeader, type Column } from '../../src/lib/format-cell';
import { fontCoverage, missingCharacters } from '../../src/lib/share/font-coverage';
import {
  FONT_FILES,
  OG_HEIGHT,
  OG_WIDTH,
  cardCoverage,
  cardFontFamily,
  cardRenderer,
  ogPng,
  ogSvg,
} from '../../src/lib/share/og-card';
import { chartFile, chartFrame, chartSourceText } from '../../src/lib/share/chart-files';
import type { ChartSpec } from '../../src/charts/chart-spec';
import { FRAME, lightTokens, standaloneSvg } from '../../src/lib/share/standalone-svg';
import { CARD, CARD_REGULAR, CARD_ZH, textWidth } from '../../src/lib/text-measure';

const SVG =
  '<svg aria-describedby="x-alt" role="img" aria-label="bars" viewBox="0 0 640 100" height="100" width="640" fill="currentColor" class="plot">' +
  '<g aria-hidden="true" fill="var(--c1)"><rect data-tip="A &amp; B" data-tip-wan="1" tabindex="0" width="10" height="10"><title>A &amp; B</title></rect></g>' +
  '<g><text data-amount-wan="1074.18" data-amount-bare="" fill="var(--muted)">1,074.18</text></g></svg>';

const COLUMNS: Column[] = [
  { key: 'name', label: '类别' },
  { key: 'final_wan', label: '决算数', kind: 'amount' },
  { key: 'change_wan', label: '变动', kind: 'amount', signed: true },
  { key: 'share_pct', label: '占比', kind: 'percent' },
];
const ROWS = [
  {
    name: '科学技术支出',
    final_wan: 5504.37,
    change_wan: 4816.45,
    share_pct: 75.77,
    source_lines: [49, 61],
    extra: 'not in the table',
  },
  {
    name: 'Resource exploration, "information" and industry',
    final_wan: 1434.3,
    change_wan: null,
    share_pct: null,
    source_lines: [49],
  },
];
const DATA = chartData({ id: 'x', locale: 'zh', title: '标题', subtitle: '副标题', sourceLines: [49] }, COLUMNS, ROWS);

describe('citation', () => {
  test('GB/T 7714 in Chinese: the bureau’s report as printed, then the site’s chart as a dataset citing its copy’s lines', () => {
    expect(
      fillCitation(
        citationTemplate('zh', [49, 52], '科学技术支出占75.77%'),
        'https://example.org/spending/#spending-by-category',
        '2026-11-27',
      ),
    ).toBe(
      '北京市丰台区科学技术和信息化局. 北京市丰台区科学技术和信息化局2019年度部门决算[R]. 北京: 北京市丰台区科学技术和信息化局, 2020. ' +
        '转引自: 丰台区科信局2019年决算. 科学技术支出占75.77%[DS/OL]. 第49、52行（本站转录本）[2026-11-27]. https://example.org/spending/#spending-by-category.',
    );
  });

  test('plain in English, one line or several, with the report’s printed title', () => {
    expect(
      fillCitation(citationTemplate('en', [49], 'Science took 75.77%'), 'https://example.org/en/', '27 November 2026'),
    ).toBe(
      'Science, Technology and Informatization Bureau of Fengtai District, Beijing. 2020. 2019 final accounts of the Science, ' +
        'Technology and Informatization Bureau of Fengtai District, Beijing [北京市丰台区科学技术和信息化局2019年度部门决算]. Beijing: ' +
        'Science, Technology and Informatization Bureau of Fengtai District, Beijing. Quoted in Fengtai STI Bureau: the 2019 accounts, ' +
        '“Science took 75.77%” (dataset), line 49 of this site’s transcription. https://example.org/en/ (accessed 27 November 2026).',
    );
    expect(citationTemplate('en', [49, 52], 'T')).toContain(', lines 49 and 52 of this site’s transcription. {url}');
    expect(citationTemplate('en', [49, 52, 61], 'T')).toContain(
      ', lines 49, 52 and 61 of this site’s transcription. {url}',
    );
  });

  test('the report part has no URL and no lines; the Chinese and English titles of the report are the same', () => {
    for (const locale of ['zh', 'en'] as const) {
      const cite = citationTemplate(locale, [49], 'T');
      const report = cite.slice(0, cite.indexOf(locale === 'zh' ? '转引自' : 'Quoted in'));
      expect(report).toContain('北京市丰台区科学技术和信息化局2019年度部门决算');
      expect(report).not.toMatch(/\{url\}|49|说明/);
    }
  });

  test('English: a quotation in the chart’s title takes single quotes inside the title’s double ones', () => {
    expect(citationTemplate('en', [1], '7 projects; “Big data” spent 60%')).toContain(
      '“7 projects; ‘Big data’ spent 60%” (dataset)',
    );
    expect(citationTemplate('zh', [1], '7个项目，“大数据”只执行了60%')).toContain(
      '7个项目，“大数据”只执行了60%[DS/OL]',
    );
  });

  test('a chart title cannot put a placeholder in the citation', () => {
    expect(fillCitation(citationTemplate('zh', [1], 'a {url} b'), 'U', 'D')).toContain('a (url) b[DS/OL]');
    expect(fillCitation(citationTemplate('zh', [1], 'a {at:/x/} b'), 'U', 'D', () => 'X')).toContain(
      'a (at:/x/) b[DS/OL]',
    );
  });

  test('each {at:/path} is filled with the URL the path resolves to, by default the path itself', () => {
    const template = 'See {at:/en/audit/#finding-a} and {at:/en/audit/#finding-b}; {url}';
    const at = (path: string) => new URL(path, 'https://example.org/fengtai/').href;
    expect(fillCitation(template, 'U', 'D', at)).toBe(
      'See https://example.org/en/audit/#finding-a and https://example.org/en/audit/#finding-b; U',
    );
    expect(fillCitation(template, 'U', 'D')).toBe('See /en/audit/#finding-a and /en/audit/#finding-b; U');
    expect(
      fillCitation('{at:not-a-path} {at:/a b}', 'U', 'D', () => 'X'),
      'only a path without spaces',
    ).toBe('{at:not-a-path} {at:/a b}');
  });

  test('a URL with $ signs is inserted as written', () => {
    expect(fillCitation('{url} [{date}]', 'https://x/?a=$&b=$1', 'd')).toBe('https://x/?a=$&b=$1 [d]');
  });

  test('dates: ISO in Chinese, day month year in English, from the local calendar day', () => {
    const date = new Date(2026, 10, 7, 23, 59);
    expect(citationDate(date, 'zh')).toBe('2026-11-07');
    expect(citationDate(date, 'en')).toBe('7 November 2026');
  });

  test('needs source lines', () => {
    expect(() => citationTemplate('zh', [], 'T')).toThrow('citationTemplate: no source lines');
  });
});

describe('embedCode', () => {
  test('an iframe with an escaped title, then the embed.js line', () => {
    expect(
      embedCode({
        src: 'https://x/embed/a/?unit=yuan&sort=b',
        title: '“A” & <B>',
        height: 640.4,
        script: 'https://x/embed.js',
      }),
    ).toBe(
      '<iframe src="https://x/embed/a/?unit=yuan&amp;sort=b" title="“A” &amp; &lt;B&gt;" width="100%" height="640" style="border:0" loading="lazy"></iframe>\n' +
        '<script src="https://x/embed.js" async></script>',
    );
    expect(() => embedCode({ src: '', title: '', height: Number.NaN, script: '' })).toThrow(
      'embedCode: invalid height NaN',
    );
  });
});

describe('chart data', () => {
  test('keeps only the table’s columns and each row’s source lines, values unformatted', () => {
    expect(DATA.rows[0]).toEqual({
      name: '科学技术支出',
      final_wan: 5504.37,
      change_wan: 4816.45,
      share_pct: 75.77,
      // rows that name no figure of the report: one pair, not-checked
      audit_status: 'not-checked',
      finding_ids: '',
      source_lines: [49, 61],
    });
    expect(DATA.columns.map((c) => [c.key, c.unit])).toEqual([
      ['name', undefined],
      ['final_wan', '万元'],
      ['change_wan', '万元'],
      ['share_pct', '%'],
    ]);
    expect(DATA.amount_unit).toBe('万元');
    expect(DATA.note).toContain('1 万元 = 10,000 元');
    expect(() =>
      chartData({ id: 'x', locale: 'zh', title: '', subtitle: '', sourceLines: [1] }, COLUMNS, [{ name: 'a' }]),
    ).toThrow('chartData x: row 1 has no final_wan');
  });

  test('CSV: a BOM, a header of column keys and source_lines, quoted where needed, empty for missing', () => {
    expect(toCsv(DATA)).toBe(
      '\uFEFFname,final_wan,change_wan,share_pct,audit_status,finding_ids,source_lines\n' +
        '科学技术支出,5504.37,4816.45,75.77,not-checked,,49;61\n' +
        '"Resource exploration, ""information"" and industry",1434.3,,,not-checked,,49\n',
    );
  });

  test('CSV: line breaks and quotes are quoted, and so is leading or trailing whitespace', () => {
    const data = chartData(
      { id: 'x', locale: 'en', title: '', subtitle: '', sourceLines: [1] },
      [COLUMNS[0]!],
      [
        { name: ' padded', source_lines: [1] },
        { name: 'two\nlines "q"', source_lines: [] },
        { name: { a: 1 }, source_lines: [2, 3] },
      ],
    );
    expect(toCsv(data)).toBe(
      '\uFEFFname,audit_status,finding_ids,source_lines\n" padded",not-checked,,1\n"two\nlines ""q""",not-checked,,\n"{""a"":1}",not-checked,,2;3\n',
    );
  });

  test('each figure a row names carries the verdict the tables give it; one pair per figure where there are several', () => {
    const ref = (column: string) => ({ table: 'spending', row: 'category/科学技术支出', column });
    const verdicts: Record<string, { status: 'conflict' | 'consistent'; finding_ids: string }> = {
      final_wan: { status: 'consistent', finding_ids: '' },
      share_pct: { status: 'conflict', finding_ids: 'spending-share/x' },
    };
    const rows = [
      { ...ROWS[0]!, figures: { final_wan: ref('final_wan'), share_pct: ref('share_pct') } },
      { ...ROWS[1]!, figures: { final_wan: ref('final_wan'), share_pct: ref('share_pct') } },
    ];
    const data = chartData({ id: 'x', locale: 'en', title: '', subtitle: '', sourceLines: [1] }, COLUMNS, rows, (r) =>
      r.column in verdicts ? verdicts[r.column]! : null,
    );
    expect(data.audit_columns.map((a) => [a.of, a.status, a.finding_ids])).toEqual([
      ['final_wan', 'final_wan_audit_status', 'final_wan_finding_ids'],
      ['share_pct', 'share_pct_audit_status', 'share_pct_finding_ids'],
    ]);
    expect(data.rows.map((r) => [r.share_pct_audit_status, r.share_pct_finding_ids, r.final_wan_audit_status])).toEqual(
      [
        ['conflict', 'spending-share/x', 'consistent'],
        // a figure the row does not show has no verdict
        [null, null, 'consistent'],
      ],
    );
    expect(toCsv(data).split('\n')[0]).toBe(
      '\uFEFFname,final_wan,change_wan,share_pct,final_wan_audit_status,final_wan_finding_ids,share_pct_audit_status,share_pct_finding_ids,source_lines',
    );
  });

  test('JSON: the same rows with title, subtitle and columns', () => {
    expect(JSON.parse(toJson(DATA))).toEqual(JSON.parse(JSON.stringify(DATA)));
  });
});

describe('data-table cells and the unit switch', () => {
  test('amount cells carry their value in 万元, signed ones say so; other cells nothing', () => {
    expect(cellAmountAttributes(COLUMNS[1]!, 5504.37)).toEqual({
      'data-amount-wan': '5504.37',
      'data-amount-bare': '',
    });
    expect(cellAmountAttributes(COLUMNS[2]!, -3)).toEqual({
      'data-amount-wan': '-3',
      'data-amount-bare': '',
      'data-amount-signed': '',
    });
    expect(cellAmountAttributes(COLUMNS[1]!, null)).toEqual({});
    expect(cellAmountAttributes(COLUMNS[3]!, 75.77)).toEqual({});
    expect(cellAmountAttributes({ key: 'y', label: 'y', kind: 'amount', unit: 'yuan' }, 1)).toEqual({});
    expect(cellAmountAttributes({ key: 'y', label: 'y', kind: 'amount', digits: 0 }, 1)).toEqual({});
  });

  test('amount headers split around the unit read as the plain header', () => {
    for (const locale of ['zh', 'en'] as const) {
      const parts = headerParts(COLUMNS[1]!, locale)!;
      expect(parts.join('')).toBe(columnHeader(COLUMNS[1]!, locale));
      expect(parts[1]).toBe(locale === 'zh' ? '万元' : 'CNY million');
    }
    expect(headerParts(COLUMNS[0]!, 'zh')).toBeNull();
  });
});

describe('standaloneSvg', () => {
  const file = standaloneSvg(SVG, { title: '标题 & more', description: '说明' });

  test('is a standalone SVG: namespace, title, description, style, background, light colours', () => {
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(
      true,
    );
    expect(file).toContain(
      '<title>标题 &amp; more</title>\n<desc>说明</desc>\n<style>.plot{color:#1b1b1f;font-family:',
    );
    expect(file).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(file).toContain('fill="#0072b2"');
    expect(file).toContain('fill="#555a64"');
    expect(file).not.toMatch(/var\(--|data-|aria-describedby|tabindex/);
    expect(file).toContain('<title>A &amp; B</title>');
    expect(file).toContain('width="640"');
  });

  test('parses as XML', () => {
    const doc = new DOMParser().parseFromString(file.replace(/^<\?xml[^>]*>\n/, ''), 'image/svg+xml');
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 640 100');
  });

  test('names a CSS variable the theme lacks', () => {
    expect(() => standaloneSvg(SVG.replace('--c1', '--nope'), { title: '', description: '' })).toThrow(
      'the chart uses var(--nope), which tokens.css does not define',
    );
  });

  test('reads the light theme from tokens.css', () => {
    const tokens = lightTokens(
      ':root { --bg: #fff; /* a note; with a semicolon */ --font-sans: a,\n  b; --c1: light-dark(#0072b2, #56b4e9); }\n:root[x] { --bg: #000; }',
    );
    expect(Object.fromEntries(tokens)).toEqual({ bg: '#fff', 'font-sans': 'a, b', c1: '#0072b2' });
  });
});

describe('chart files (from the chart registry)', () => {
  const spec: ChartSpec = {
    id: 'x',
    locale: 'zh',
    route: '/spending/',
    title: '标题',
    subtitle: '副标题',
    svg: SVG,
    alt: '说明',
    sourceLines: [49],
    columns: COLUMNS,
    rows: ROWS,
  };

  test('CSV and JSON are the data table’s columns and rows; the SVG stands alone with the words and the source', () => {
    expect(chartFile(spec, 'csv')).toBe(toCsv(DATA));
    expect(chartFile(spec, 'json')).toBe(toJson(DATA));
    const svg = chartFile(spec, 'svg');
    expect(svg).toBe(
      standaloneSvg(SVG, {
        title: '标题',
        description: '副标题\n说明\n来源：《2019年度部门决算》第 49 行',
        tokens: lightTokens(),
        frame: chartFrame(spec),
      }),
    );
    expect(svg).toContain('<desc>副标题\n说明\n来源：《2019年度部门决算》第 49 行</desc>');
  });

  test('the SVG shows, as text, the title, the subtitle (the unit), the source and the credit, with a margin', () => {
    for (const locale of ['zh', 'en'] as const) {
      const file = chartFile({ ...spec, locale, subtitle: locale === 'zh' ? '决算数，万元' : 'CNY million' }, 'svg');
      const doc = new DOMParser().parseFromString(file.replace(/^<\?xml[^>]*>\n/, ''), 'image/svg+xml');
      const root = doc.documentElement;
      const texts = [...root.children].filter((el) => el.tagName === 'text').map((el) => el.textContent);
      expect(texts[0]).toBe('标题');
      expect(texts[1]).toBe(locale === 'zh' ? '决算数，万元' : 'CNY million');
      // wrapped lines, read without the breaks and spaces
      const all = texts.join('').replace(/\s+/g, '');
      expect(all).toContain('北京市丰台区科学技术和信息化局2019年度部门决算');
      expect(all).toContain(locale === 'zh' ? '第49行（本站转录本）' : 'line49ofthissite’stranscription');
      expect(texts.at(-1)).toBe(
        locale === 'zh' ? '图表：丰台区科信局2019年决算' : 'Chart: Fengtai STI Bureau: the 2019 accounts',
      );
      // the chart is nested with the frame's margin around it, and keeps its own size and viewBox
      const chart = [...root.children].find((el) => el.tagName === 'svg')!;
      expect(chart.getAttribute('x')).toBe(String(FRAME.margin));
      expect(chart.getAttribute('viewBox')).toBe('0 0 640 100');
      expect(root.getAttribute('width')).toBe(String(640 + 2 * FRAME.margin));
      expect(Number(root.getAttribute('height'))).toBeGreaterThan(100 + 2 * FRAME.margin + 18 + 14 + 2 * 12);
    }
  });

  test('a long title wraps within the chart’s width', () => {
    const title = '科学技术支出占一般公共预算财政拨款支出的75.77%，比上年增加4,816.45万元，是所有支出中最大的一项';
    const file = standaloneSvg(SVG, { title: 't', description: '', frame: { title, subtitle: 's', footer: [] } });
    const lines = [...file.matchAll(/font-weight="700"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
  });

  test('the source line reads as the figure prints it, one line or several', () => {
    expect(chartSourceText(spec)).toBe('来源：《2019年度部门决算》第 49 行');
    expect(chartSourceText({ ...spec, locale: 'en', sourceLines: [49, 52] })).toMatch(/lines 49, 52/);
  });
});

describe('social cards', () => {
  test('a card is a 1200×630 PNG, drawn with the bundled fonts', () => {
    const svg = ogSvg({
      locale: 'zh',
      title: '科学技术支出占75.77%',
      subtitle: '单位：万元',
      chart: SVG,
      footer: '丰台区科信局2019年决算',
    });
    expect(svg).toContain('<svg x="64" y="');
    expect(svg).not.toContain('var(--');
    const png = ogPng(svg);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });

  test('the bundled fonts cover Chinese and Latin text, each weight by its Latin or its Chinese font', () => {
    const coverage = cardCoverage();
    expect(coverage).toHaveLength(2); // Regular, Bold
    expect(FONT_FILES).toHaveLength(4); // Noto Sans and Noto Sans Hans, each in Regular and Bold
    for (const c of coverage) {
      expect(missingCharacters('丰台区科学技术和信息化局 2019年度部门决算 Science, 75.77% — “”‘’（）：·', c)).toEqual(
        [],
      );
      expect(missingCharacters('\u{10FFFD}', c)).toEqual(['\u{10FFFD}']);
    }
    // the Latin font alone lacks Chinese: the union is what covers a card
    expect(missingCharacters('科学', fontCoverage(FONT_FILES[0]!))).toEqual(['科', '学']);
  });

  test('an English card names the Latin font first, a Chinese card Noto Sans Hans', () => {
    const card = { title: 't', subtitle: 's', footer: 'f' };
    expect(ogSvg({ ...card, locale: 'en' })).toMatch(/^<svg [^>]*font-family="Noto Sans, Noto Sans S Chinese"/);
    expect(ogSvg({ ...card, locale: 'zh' })).toMatch(/^<svg [^>]*font-family="Noto Sans S Chinese, Noto Sans"/);
    const chart = ogSvg({ ...card, locale: 'en', chart: SVG });
    expect(chart).toContain('.plot{color:');
    expect(chart).toMatch(/font-family:Noto Sans, Noto Sans S Chinese\}/);
  });

  /**
   * The width in em of `text` as a card draws it in `locale`'s fonts at 100 px, bold or not; `bare`: the width of
   * its ink alone.
   */
  function drawnEm(text: string, locale: 'zh' | 'en', bold = false, bare = false): number {
    // between two H, so that the side bearings of the first and last character count as they do in a line
    const line = (s: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="6000" height="200" font-family="${cardFontFamily(locale)}">` +
      `<text x="10" y="150" font-size="100"${bold ? ' font-weight="700"' : ''}>${s}</text></svg>`;
    const width = (s: string) => cardRenderer(line(s)).innerBBox()!.width;
    return bare ? width(text) / 100 : (width(`H${text}H`) - width('HH')) / 100;
  }

  test('an English card sets curly quotes and apostrophes proportionally, a Chinese card full-width', () => {
    for (const bold of [false, true]) {
      const quoted = drawnEm('“General administration”', 'en', bold) - drawnEm('General administration', 'en', bold);
      expect(quoted).toBeGreaterThan(0.5);
      expect(quoted).toBeLessThan(1); // two quotes of about 0.4 em, not two of 1 em
      expect(drawnEm('bureau’s', 'en', bold) - drawnEm('bureaus', 'en', bold)).toBeLessThan(0.3);
      expect(drawnEm('“技术”', 'zh', bold)).toBeCloseTo(4, 1);
      // Chinese on an English card falls back to Noto Sans Hans
      expect(drawnEm('科学技术', 'en', bold, true)).toBeCloseTo(drawnEm('科学技术', 'zh', bold, true), 1);
    }
  });

  test('the card width tables estimate the drawn width, Bold titles and Regular text, from 2 % under to 5 % over', () => {
    const en = [
      'Agriculture, forestry and water: “General administration” (¥12.50 million), the bureau’s 3rd item',
      'Spending on science and technology — 75.77% of the total; 800 MHz wireless government network',
      'Procurement by type: goods, services and projects, SMEs’ share',
    ];
    const zh = [
      '科学技术支出占一般公共预算财政拨款支出的75.77%',
      '“连心通”项目——绩效自评得分 92.5 分…',
      '800兆无线政务网运维',
      '孵化资金三个维度的得分率在80.9%到86.5%之间',
    ];
    const cases = [
      ...en.flatMap((text) => [
        { text, locale: 'en' as const, bold: true, metrics: CARD },
        { text, locale: 'en' as const, bold: false, metrics: CARD_REGULAR },
      ]),
      ...zh.flatMap((text) => [true, false].map((bold) => ({ text, locale: 'zh' as const, bold, metrics: CARD_ZH }))),
    ];
    for (const { text, locale, bold, metrics } of cases) {
      const ratio = textWidth(text, 1, metrics) / drawnEm(text, locale, bold);
      expect(ratio, `${locale} ${bold ? 'bold' : 'regular'}: ${text}`).toBeGreaterThan(0.98);
      expect(ratio, `${locale} ${bold ? 'bold' : 'regular'}: ${text}`).toBeLessThan(1.05);
    }
  });
});
