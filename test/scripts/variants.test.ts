import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Glossary } from '../../scripts/lib/glossary.ts';
import { sha256, toLines } from '../../scripts/lib/load-report.ts';
import { ReportErrors } from '../../scripts/lib/report-error.ts';
import { runPipelineOn } from '../../scripts/run-pipeline.ts';
import { GLOSSARY_PATH, REPORT_PATH } from './helpers.ts';

/**
 * Reports of the template that differ from this one, as constructed excerpts (test/scripts/fixtures/variants/,
 * each says so in its first line; none is pasted from a real report), and partial or cut-off copies of this
 * report (data/raw/). Each is run through the whole pipeline and its tables are compared whole.
 */
const dir = fileURLToPath(new URL('./fixtures/variants/', import.meta.url));
const variant = (name: string) => readFileSync(`${dir}${name}.txt`, 'utf8');
const raw = readFileSync(REPORT_PATH, 'utf8');

export function pipeline(text: string, file = 'report.txt') {
  const out = runPipelineOn(
    { file, path: file, sha256: sha256(text), lines: toLines(text) },
    Glossary.load(GLOSSARY_PATH),
  );
  const json = (name: string) => JSON.parse(out.files.get(name)!) as Record<string, unknown>[];
  /** a table's rows as arrays of the named columns */
  const rows = (table: string, ...columns: string[]) => json(`${table}.json`).map((r) => columns.map((c) => r[c]));
  const manifest = JSON.parse(out.files.get('manifest.json')!) as {
    missing_sections: string[];
    untranslated_names: string[];
    tables: { name: string; rows: number; columns: { name: string }[] }[];
  };
  const findings = (JSON.parse(out.files.get('findings.json')!) as { findings: Record<string, unknown>[] }).findings;
  const checks = JSON.parse(out.files.get('checks.json')!) as { id: string; rule: string; status: string }[];
  return { ...out, json, rows, manifest, findings, checks };
}

const TOTAL = [
  'metric',
  'name_zh',
  'amount_wan',
  'prior_year_wan',
  'change_wan',
  'growth_pct',
  'growth_pct_recomputed',
];

describe('a report with a table of contents, four parts, 单位基本情况 and totals without their prior year (2021)', () => {
  const r = pipeline(variant('toc-four-parts'));
  const SUBJECT = ['department_zh', 'department_line', 'short_zh', 'short_printed', 'headline_zh', 'place_zh', 'year'];

  it('names its subject from the title line: the department, no 以下简称 (the short name by the rule), 2021', () => {
    expect(r.rows('subject', ...SUBJECT, 'prior_year', 'prior_year_zh', 'evaluation_year', 'department_en')).toEqual([
      [
        '北京市示例区科学技术局',
        2,
        '科学技术局',
        false,
        '示例区科学技术局',
        '北京市示例区',
        2021,
        2020,
        '上年',
        2022,
        null,
      ],
    ]);
  });

  it('reads the staff sentence with 实有人数 and retirees, one row per kind of post', () => {
    expect(r.rows('staff', 'establishment_zh', 'authorised', 'actual', 'source_lines')).toEqual([
      ['行政编制', 20, 18, [21]],
      ['事业编制', 10, 9, [21]],
    ]);
  });

  it('reads 收入总计 and 支出总计 apart from one sentence, derives their prior year and says so in a column', () => {
    expect(r.rows('overview-totals', ...TOTAL, 'prior_year_derived', 'reason_zh', 'source_lines')).toEqual([
      ['income_grand_total', '收入总计', 1200.5, 1300.75, -100.25, -7.71, -7.71, true, null, [23]],
      [
        'expenditure_grand_total',
        '支出总计',
        1180.125,
        1100,
        80.125,
        7.28,
        7.28,
        true,
        '新增科技项目，其中包括科普活动、课题研究等多项支出，导致支出较上年有所增加',
        [23],
      ],
      ['income_total', '本年收入合计', 1150, 1250, -100, -8, -8, false, null, [25]],
      ['expenditure_total', '本年支出合计', 1100, 1000, 100, 10, 10, false, null, [27]],
    ]);
    expect(r.manifest.tables.find((t) => t.name === 'overview-totals')!.columns.map((c) => c.name)).toContain(
      'prior_year_derived',
    );
  });

  it('reads a one-source income list and zero items written 0万元 with 0%, 0.00万元 and 为0', () => {
    expect(r.rows('overview-breakdown', 'kind', 'item_zh', 'amount_wan', 'share_pct')).toEqual([
      ['income', '财政拨款收入', 1150, 100],
      ['expenditure', '基本支出', 600, 54.55],
      ['expenditure', '项目支出', 500, 45.45],
      ['expenditure', '上缴上级支出', 0, 0],
      ['expenditure', '经营支出', 0, null],
      ['expenditure', '对附属单位补助支出', 0, null],
    ]);
  });

  it('finds the sections of parts numbered differently, past the contents and the 决算报表 part', () => {
    expect(r.rows('three-public', 'item', 'final_wan', 'budget_wan', 'change_wan', 'source_lines')).toEqual([
      ['total', 0, 2, -2, [30]],
      ['overseas_travel', 0, 0, null, [31]],
      ['official_reception', 0, 2, -2, [32]],
    ]);
    expect(r.rows('evaluation-summary', 'procedure', 'projects', 'amount_wan', 'band_90_plus')).toEqual([
      ['all', 2, 300, null],
      ['simple', 2, 300, 2],
    ]);
    expect(r.manifest.missing_sections).toEqual([
      'fiscal_totals',
      'spending',
      'fund_budget',
      'basic_expenditure',
      'running_costs',
      'procurement',
      'state_capital',
      'assets',
      'purchased_services',
      'terms',
      'eval_report',
      'self_eval',
      'procurement_figures',
      'evaluation_report_figures',
    ]);
    expect(r.warnings).toHaveLength(13);
    expect(r.warnings.at(-1)).toBe(
      'report.txt: 5 name(s) have no English in the glossary (pages show the Chinese): 北京市示例区, 北京市示例区科学技术局, 支出总计, 收入总计, 示例区科学技术局',
    );
  });

  it('checks growth as change ÷ (amount − change), cannot check the change, and names the department and year', () => {
    const byId = Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
    expect(byId['totals-growth/income-grand-total']).toBe('passed');
    expect(byId['totals-growth/expenditure-grand-total']).toBe('passed');
    expect(byId['totals-change/income-grand-total']).toBe('could-not-check');
    expect(r.findings.find((f) => f.id === 'totals-change/income-grand-total')!.message_zh).toBe(
      '北京市示例区科学技术局2021年度收入总计未列出上年数，增减额无法核对',
    );
    expect(r.checks.filter((c) => c.rule.startsWith('spending'))).toEqual([]);
  });

  it('reads the same tables when the contents have no 目录 line (its headings come again in the body)', () => {
    const without = pipeline(variant('toc-four-parts').replace('目录\n', '\n'));
    for (const t of ['staff', 'overview-totals', 'overview-breakdown', 'three-public', 'evaluation-summary'])
      expect(without.json(`${t}.json`), t).toEqual(r.json(`${t}.json`));
  });

  it('names the totals in English for the report’s own year', () => {
    expect(r.rows('overview-totals', 'name_en').slice(2)).toEqual([['Income in 2021'], ['Expenditure in 2021']]);
    expect(r.manifest.untranslated_names).toEqual([
      '北京市示例区',
      '北京市示例区科学技术局',
      '支出总计',
      '收入总计',
      '示例区科学技术局',
    ]);
  });
});

describe('a report with ASCII punctuation mixed in, thousands separators, three decimals (2018)', () => {
  const r = pipeline(variant('ascii-2018'));

  it('names its subject from the title line and compares with the year it prints (比2017年)', () => {
    expect(r.rows('subject', 'department_zh', 'short_zh', 'kind_en', 'year', 'prior_year', 'prior_year_zh')).toEqual([
      ['北京市示例区信息化办公室', '信息化办公室', 'office', 2018, 2017, '2017年'],
    ]);
  });

  it('reads every total, the prior year named 2017年 as printed', () => {
    expect(r.rows('overview-totals', ...TOTAL)).toEqual([
      ['income_expenditure_total', '收、支总计', 2500, 2000, 500, 25, 25],
      ['income_total', '本年收入合计', 2400, 2000, 400, 20, 20],
      ['expenditure_total', '本年支出合计', 2345.678, 2000, 345.678, 17.28, 17.28],
      ['fiscal_total', '财政拨款收、支总计', 2400, 2000, 400, 20, 20],
    ]);
    expect(r.manifest.tables.find((t) => t.name === 'overview-totals')!.columns.map((c) => c.name)).not.toContain(
      'prior_year_derived',
    );
  });

  it('reads one kind of post', () => {
    expect(r.rows('staff', 'establishment_zh', 'authorised', 'actual')).toEqual([['行政编制', 5, 5]]);
  });

  it('reads the spending categories and sub-categories, names with full-width brackets, quotes as printed', () => {
    expect(
      r.rows('spending', 'level', 'name_zh', 'final_wan', 'budget_wan', 'change_wan', 'growth_pct', 'share_pct'),
    ).toEqual([
      ['category', '一般公共服务支出', 345.678, 300, 45.678, 15.23, 14.74],
      ['subcategory', '政府办公厅（室）及相关机构事务', 345.678, 300, 45.678, 15.23, null],
      ['category', '科学技术支出', 2000, 2100, -100, -4.76, 85.26],
      ['subcategory', '科学技术普及', 2000, 2100, -100, -4.76, null],
    ]);
    expect(r.rows('spending', 'quote')[1]![0]).toBe(
      '“政府办公厅(室)及相关机构事务”(款)2018年度决算345.678万元,比2018年年初预算300.00万元增加45.678万元,增长15.23%。主要原因:人员增加。',
    );
    expect(r.rows('spending-total', 'amount_wan', 'source_lines')).toEqual([[2345.678, [15]]]);
  });

  it('reads running costs, procurement and purchased services', () => {
    expect(r.rows('running-costs', 'amount_wan', 'prior_year_wan', 'change_wan', 'reason_zh')).toEqual([
      [12.345, 10, 2.345, '人员增加'],
    ]);
    expect(r.rows('procurement', 'item', 'amount_wan', 'share_pct')).toEqual([
      ['total', 1000, null],
      ['goods', 100, null],
      ['works', 0, null],
      ['services', 900, null],
      ['sme', 500, 50],
      ['small_micro', 250, 25],
    ]);
    expect(r.rows('purchased-services', 'amount_wan')).toEqual([[88.8]]);
  });

  it('finds nothing wrong in figures that agree', () => {
    expect(r.findings).toEqual([]);
    expect(r.checks.length).toBeGreaterThan(30);
  });
});

describe('a report laid out as 部门概况 / 决算表 / 决算情况说明 / 名词解释, the other matters numbered among its sections (2020)', () => {
  const r = pipeline(variant('municipal-2020'));

  it('names a municipal bureau: Beijing, no district', () => {
    expect(r.rows('subject', 'department_zh', 'city_zh', 'district_zh', 'place_zh', 'place_en', 'year')).toEqual([
      ['北京市示例市场监督管理局', '北京市', null, '北京市', 'Beijing', 2020],
    ]);
  });

  it('reads the staff from 机构设置, and the totals with the income and expenditure sections of their own', () => {
    expect(r.rows('staff', 'establishment_zh', 'authorised', 'actual')).toEqual([['行政编制', 40, 38]]);
    expect(r.rows('overview-totals', 'metric', 'amount_wan', 'prior_year_wan', 'growth_pct')).toEqual([
      ['income_expenditure_total', 5000, 4000, 25],
      ['income_total', 4800, 4000, 20],
      ['expenditure_total', 4500, 4000, 12.5],
      ['fiscal_total', 4800, 4000, 20],
    ]);
    expect(r.rows('overview-breakdown', 'item_zh', 'amount_wan', 'share_pct')).toEqual([
      ['财政拨款收入', 4800, 100],
      ['基本支出', 3000, 66.67],
      ['项目支出', 1500, 33.33],
    ]);
  });

  it('reads the “三公” costs, running costs and procurement numbered in the 决算情况说明, and the terms of 第四部分', () => {
    expect(r.rows('three-public', 'item', 'final_wan', 'budget_wan', 'change_wan', 'reason_zh')).toEqual([
      ['total', 10, 12, -2, null],
      ['official_reception', 10, 12, -2, '厉行节约'],
    ]);
    expect(r.rows('running-costs', 'amount_wan', 'prior_year_wan', 'change_wan', 'reason_zh')).toEqual([
      [300, 320, -20, '压减开支'],
    ]);
    expect(r.rows('procurement', 'item', 'amount_wan')).toEqual([
      ['total', 800],
      ['goods', 200],
      ['works', 100],
      ['services', 500],
      ['sme', 600],
      ['small_micro', 300],
    ]);
    expect(r.rows('glossary', 'number', 'term_zh')).toEqual([[1, '机关运行经费']]);
    expect(r.findings.filter((f) => f.severity !== 'could-not-check')).toEqual([]);
  });
});

describe('a partial copy of this report', () => {
  const lines = raw.split('\n');

  it('of its first sections only (Part 1 §一–§三): their tables, one warning per missing section, exit 0', () => {
    const r = pipeline(lines.slice(0, 44).join('\n') + '\n');
    const full = pipeline(raw, 'fengtai-sti-2019.txt');
    for (const t of ['overview-totals', 'overview-breakdown', 'staff'])
      expect(r.json(`${t}.json`), t).toEqual(full.json(`${t}.json`));
    for (const t of ['spending', 'spending-total', 'three-public', 'procurement', 'projects', 'indicators'])
      expect(r.json(`${t}.json`), t).toEqual([]);
    expect(r.warnings).toContain(
      'report.txt: no section “一般公共预算财政拨款支出决算情况说明” (spending): written without it, its tables are empty',
    );
    expect(r.warnings.filter((w) => w.includes('no section'))).toHaveLength(13);
    expect(r.manifest.missing_sections.slice(0, 3)).toEqual(['spending', 'fund_budget', 'basic_expenditure']);
    expect(r.checks.map((c) => c.rule)).not.toContain('evaluation-vs-projects');
  });

  it('cut off mid-figure: a warning with its line, the figure left out, its sum not checked', () => {
    const cut = [...lines.slice(0, 40), lines[40]!.replace(/项目支出6043\.59万元.*$/, '项目支出6043.5')].join('\n');
    const r = pipeline(cut);
    expect(r.warnings[0]).toBe(
      'report.txt:41: the text breaks off here, in “项目支出6043.5”: that clause is left out, not guessed',
    );
    expect(r.rows('overview-breakdown', 'kind', 'item_zh', 'amount_wan').filter((x) => x[0] === 'expenditure')).toEqual(
      [['expenditure', '基本支出', 1223.17]],
    );
    const sum = r.findings.find((f) => f.id === 'breakdown-sum/expenditure')!;
    expect(sum.severity).toBe('could-not-check');
    expect(sum.message_zh).toBe('北京市丰台区科学技术和信息化局2019年度报告在第41行中断，本年支出各项之和无法核对');
  });

  it('cut off inside a total: the total is left out with a warning, the others are kept', () => {
    const r = pipeline([...lines.slice(0, 40), '2019年度本年支出合计7266.7'].join('\n'));
    expect(r.rows('overview-totals', 'metric')).toEqual([['income_expenditure_total'], ['income_total']]);
    expect(r.warnings.slice(0, 2)).toEqual([
      'report.txt:41: the text breaks off here, in “2019年度本年支出合计7266.7”: that clause is left out, not guessed',
      'report.txt:37: expected the sentence “本年支出合计X万元，比上年…” in 收入支出决算总体情况说明, found none',
    ]);
  });

  it('cut off, with a damaged figure before the cut: the damaged figure is still an error', () => {
    const cut = [...lines.slice(0, 40), lines[40]!.replace(/项目支出6043\.59万元.*$/, '项目支出6043.5')];
    cut[38] = cut[38]!.replace('财政拨款收入7650.49万元', '财政拨款收入765O.49万元');
    expect(() => pipeline(cut.join('\n'))).toThrow(
      'report.txt:39: expected an amount after 财政拨款收入, found "765O.49"',
    );
  });

  it('with no section of the template: one error, no tables', () => {
    expect(() => pipeline('2019年度部门决算\n（此处无正文）\n')).toThrow(ReportErrors);
  });
});
