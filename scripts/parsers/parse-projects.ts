import { KINDS } from '../lib/indicator-kinds.ts';
import type { ReportLine } from '../lib/load-report.ts';
import type { Indicator, Project } from '../lib/model.ts';
import { isBlankFigure, readNumber, readOptionalNumber, readPercent, type Fig } from '../lib/read-figures.ts';
import { readTable, squash, tidy, type Cell, type Row } from '../lib/read-table.ts';
import { ReportError, type Problems } from '../lib/report-error.ts';

type Column = 'head' | 'level1' | 'level2' | 'name' | 'weight' | 'target' | 'actual' | 'method' | 'score' | 'reason';

/** The indicator columns of the full self-evaluation table (事后绩效自评表), used when a table lost its header. */
const FULL_LAYOUT: Column[] = [
  'head',
  'level1',
  'level2',
  'name',
  'weight',
  'target',
  'actual',
  'method',
  'score',
  'reason',
];

/** Header words → columns. Order matters: 得分计算方法 before 得分. */
const HEADER_WORDS: [RegExp, Column][] = [
  [/^.*绩效指标$/, 'head'],
  [/^一级指标/, 'level1'],
  [/^二级指标/, 'level2'],
  [/^三级指标/, 'name'],
  [/^分值/, 'weight'],
  [/^年度指标值/, 'target'],
  [/^全年实际值/, 'actual'],
  [/^得分计算方法/, 'method'],
  [/^得分/, 'score'],
  [/^未完成/, 'reason'],
];

/** How the template words its scoring-method cells; used to place the cells of a row that lost its start. */
const METHOD = /若为定[性量]指标|完成值达到指标值|同效益指标得分|执行率\*/;
const TITLE = /绩效自评(?:简)?表/;
const TOTAL = /^总分/;

const text = (c: Cell | undefined) => (c ? tidy(c.text) : '');
const isBlankRow = (r: Row) => r.cells.every((c) => squash(c.text) === '');
const isTotalRow = (r: Row) => r.cells.some((c) => TOTAL.test(squash(c.text)));

/** Splits the rows of Part 3 §三 into one chunk per table: at each title row, and after a total row. */
export function splitTables(rows: Row[]): Row[][] {
  const tables: Row[][] = [];
  let current: Row[] | null = null;
  let closed = false;
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const isTitle = row.cells.some((c) => TITLE.test(squash(c.text)));
    if (isTitle || !current || closed) {
      current = [];
      tables.push(current);
      closed = false;
    }
    current.push(row);
    if (isTotalRow(row)) closed = true;
  }
  return tables;
}

/** `产\n出\n指\n标\n(50分)` → { name: 产出指标, max: 50 } */
function readLevel(cell: Cell | undefined, file: string): { name: string; max: Fig | null } | null {
  const s = squash(cell?.text ?? '');
  if (!s) return null;
  const m = /^(.*?)[（(](\d+(?:\.\d+)?)分[)）]$/.exec(s);
  if (!m) return { name: s, max: null };
  return { name: m[1]!, max: readNumber(m[2]!, file, cell!.line, `the points of ${m[1]}`) };
}

/**
 * Puts a row's cells in the table's columns. A row the flattening split in two (a blank line inside it) is
 * joined with the next; a row that lost its first cells is placed by its scoring-method cell.
 */
export function alignRows(input: Row[], layout: Column[]): { cells: Map<Column, Cell>; row: Row; complete: boolean }[] {
  const n = layout.length;
  const out: { cells: Map<Column, Cell>; row: Row; complete: boolean }[] = [];
  const trim = (cells: Cell[]) => {
    const c = [...cells];
    while (c.length > n && squash(c[0]!.text) === '') c.shift();
    return c;
  };
  const rows = input.flatMap((r) => cutRow(r, layout));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let cells = trim(row.cells);
    let span: Row = row;
    const next = rows[i + 1];
    if (cells.length < n && next && !isTotalRow(next) && next.cells.length < n) {
      const joined = trim([...row.cells, ...next.cells]);
      if (joined.length === n) {
        cells = joined;
        span = { cells: joined, from: row.from, to: next.to };
        i++;
      }
    }
    const map = new Map<Column, Cell>();
    if (cells.length === n) {
      layout.forEach((col, k) => map.set(col, cells[k]!));
      out.push({ cells: map, row: span, complete: true });
      continue;
    }
    const j = cells.findIndex((c) => METHOD.test(c.text));
    const methodAt = layout.indexOf('method');
    const offset = j >= 0 && methodAt >= 0 ? methodAt - j : n - cells.length;
    cells.forEach((c, k) => {
      const col = layout[k + offset];
      if (col) map.set(col, c);
    });
    out.push({ cells: map, row: span, complete: false });
  }
  return out;
}

/** The template's level-2 indicator kinds: where a row that lost its row breaks can be cut again. */
const LEVEL2 = new RegExp(`^(?:${Object.keys(KINDS).join('|')})`);

/**
 * Cuts a flattened row that holds pieces of several table rows (the flattening lost the blank lines between
 * them): before each level-2 indicator cell (a row starts two columns earlier) and after each scoring-method
 * cell's score and reason (a row ends there).
 */
export function cutRow(row: Row, layout: Column[]): Row[] {
  const level2At = layout.indexOf('level2');
  const methodAt = layout.indexOf('method');
  const reasonAfterMethod = layout.length - 1 - methodAt;
  const cuts = new Set<number>();
  row.cells.forEach((c, k) => {
    const s = squash(c.text);
    if (level2At >= 0 && k >= level2At && LEVEL2.test(s)) cuts.add(k - level2At);
    if (methodAt >= 0 && METHOD.test(c.text)) cuts.add(k + reasonAfterMethod + 1);
  });
  const bounds = [0, ...[...cuts].filter((k) => k > 0 && k < row.cells.length).sort((a, b) => a - b), row.cells.length];
  const pieces: Row[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const cells = row.cells.slice(bounds[k], bounds[k + 1]);
    if (cells.length && cells.some((c) => squash(c.text) !== ''))
      pieces.push({ cells, from: cells[0]!.line, to: cells[cells.length - 1]!.line });
  }
  return pieces;
}

function layoutOf(header: Row): Column[] {
  return header.cells.map((c) => {
    const s = squash(c.text);
    const hit = HEADER_WORDS.find(([re]) => re.test(s));
    return hit ? hit[1] : 'head';
  });
}

function readTotal(row: Row, file: string): { fig: Fig; line: number } {
  const k = row.cells.findIndex((c) => TOTAL.test(squash(c.text)));
  const own = squash(row.cells[k]!.text).replace(/^总分[：:]?/, '');
  if (own)
    return { fig: readNumber(own, file, row.cells[k]!.line, 'a total score after 总分'), line: row.cells[k]!.line };
  const next = row.cells.slice(k + 1).find((c) => squash(c.text) !== '');
  if (!next) throw new ReportError(file, row.cells[k]!.line, 'expected a total score after 总分, found none');
  return { fig: readNumber(next.text, file, next.line, 'a total score after 总分'), line: next.line };
}

function afterColon(s: string, label: RegExp): string | null {
  const m = label.exec(s);
  if (!m) return null;
  const rest = tidy(s.slice(m.index + m[0].length).replace(/^[：:]\s*/, ''));
  return rest || null;
}

/** Parses one self-evaluation table (full, short, or a fragment that lost its header). */
export function parseProjectTable(
  rows: Row[],
  ordinal: number,
  file: string,
  problems: Problems,
): Omit<Project, 'slug' | 'name_en'> {
  const titleRow = rows.find((r) => r.cells.some((c) => TITLE.test(squash(c.text))));
  const title = titleRow ? squash(titleRow.cells.find((c) => TITLE.test(squash(c.text)))!.text) : null;
  const kind: Project['table_kind'] = !title ? 'fragment' : title.includes('简表') ? 'short' : 'full';
  const lines = new Set<number>();
  let year: number | null = null;
  let name: string | null = null;
  let budget: Fig | null = null;
  let executed: Fig | null = null;
  let fundsWeight: Fig | null = null;
  let rate: Fig | null = null;
  let fundsScore: Fig | null = null;
  let goal: string | null = null;
  let outcome: string | null = null;
  let total: { fig: Fig; line: number } | null = null;
  let layout: Column[] | null = null;
  const body: Row[] = [];

  for (const row of rows) {
    const first = squash(row.cells[0]?.text ?? '');
    const yearCell = row.cells.find((c) => /^（\d{4}年度）$/.test(squash(c.text)));
    if (yearCell) {
      year = Number(/\d{4}/.exec(yearCell.text)![0]);
      lines.add(yearCell.line);
    } else if (first === '项目名称') {
      name = text(row.cells[1]) || null;
      if (row.cells[1]) lines.add(row.cells[1].line);
    } else if (row.cells.some((c) => squash(c.text).startsWith('年度资金总额'))) {
      const k = row.cells.findIndex((c) => squash(c.text).startsWith('年度资金总额'));
      const at = (d: number) => row.cells[k + d];
      problems.attempt(() => {
        budget = readOptionalNumber(at(1)?.text, file, at(1)?.line ?? row.from, 'the initial budget (A)');
        executed = readOptionalNumber(at(2)?.text, file, at(2)?.line ?? row.from, 'the amount executed (B)');
        fundsWeight = readOptionalNumber(at(3)?.text, file, at(3)?.line ?? row.from, 'the points of the funds row');
        rate = isBlankFigure(at(4)?.text)
          ? null
          : readPercent(at(4)!.text, file, at(4)!.line, 'the execution rate (B/A)');
        fundsScore = readOptionalNumber(at(5)?.text, file, at(5)?.line ?? row.from, 'the funds score');
      }, undefined);
      [1, 2, 4, 5].forEach((d) => at(d) && lines.add(at(d)!.line));
    } else if (/^年度(?:总体)?目标$/.test(first)) {
      for (const c of row.cells.slice(1)) {
        goal ??= afterColon(c.text, /年初设定目标/);
        outcome ??= afterColon(c.text, /年度总体目标完成情况综述/);
      }
    } else if (row.cells.some((c) => squash(c.text).startsWith('年度总体目标完成情况综述'))) {
      outcome ??= afterColon(row.cells.map((c) => c.text).join('\n'), /年度总体目标完成情况综述/);
    } else if (row.cells.some((c) => squash(c.text) === '一级指标')) {
      layout = layoutOf(row);
    } else if (isTotalRow(row)) {
      const k = row.cells.findIndex((c) => TOTAL.test(squash(c.text)));
      const before = row.cells.slice(0, k);
      if (before.some((c) => squash(c.text) !== ''))
        body.push({ cells: before, from: row.from, to: before[before.length - 1]!.line });
      total = problems.attempt(() => readTotal(row, file), null);
      if (total) lines.add(total.line);
    } else if (layout || kind === 'fragment') {
      body.push(row);
    }
  }
  if (!layout && kind !== 'fragment') {
    problems.error(
      rows[0]?.from ?? null,
      'expected the indicator header row (绩效指标 | 一级指标 | 二级指标 …) in this self-evaluation table, found none',
    );
  }
  const indicators = readIndicators(body, layout ?? FULL_LAYOUT, kind, file, problems);

  let executedFrom: Project['executed_from'] = executed ? 'funds_row' : null;
  if (!budget && !executed) {
    const cost = indicators.find((i) => i.name_zh?.startsWith('项目预算控制数'));
    if (cost && cost.target && cost.actual && !isBlankFigure(cost.target) && !isBlankFigure(cost.actual)) {
      budget = problems.attempt(
        () => readNumber(cost.target!, file, cost.target_line ?? cost.lines[0]!, 'the budget control figure'),
        null,
      );
      executed = problems.attempt(
        () => readNumber(cost.actual!, file, cost.actual_line ?? cost.lines[0]!, 'the actual cost figure'),
        null,
      );
      executedFrom = executed ? 'cost_indicator' : null;
    }
  }
  const sorted = [...lines].sort((a, b) => a - b);
  return {
    name_zh: name,
    table_kind: kind,
    table_year: year,
    budget,
    executed,
    executed_from: executedFrom,
    funds_weight: fundsWeight,
    exec_rate: rate,
    funds_score: fundsScore,
    goal_zh: goal,
    outcome_zh: outcome,
    indicators,
    total: total ? (total as { fig: Fig }).fig : null,
    totalLine: total ? (total as { line: number }).line : null,
    lines: sorted.length ? sorted : [rows[0]!.from],
    quote: name ?? `（第${ordinal}张自评表，表头缺失）`,
  };
}

function readIndicators(
  body: Row[],
  layout: Column[],
  kind: Project['table_kind'],
  file: string,
  problems: Problems,
): Indicator[] {
  const out: Indicator[] = [];
  let level1: { name: string; max: Fig | null } | null = null;
  let level2: { name: string; max: Fig | null } | null = null;
  for (const { cells, row, complete } of alignRows(body, layout)) {
    const l1 = problems.attempt(() => readLevel(cells.get('level1'), file), null);
    const l2 = problems.attempt(() => readLevel(cells.get('level2'), file), null);
    if (l1) {
      level1 = l1;
      level2 = null;
    }
    if (l2) level2 = l2;
    // a row that lost its first cells lost its level-2 kind too; what follows it is no longer known either
    else if (!complete) level2 = null;
    const cell = (c: Column) => cells.get(c);
    const num = (c: Column, what: string) =>
      problems.attempt(() => readOptionalNumber(cell(c)?.text, file, cell(c)?.line ?? row.from, what), null);
    const name = kind === 'short' ? (level2?.name ?? null) : text(cell('name')) || null;
    const lines = [...new Set([cell('name'), cell('weight'), cell('score')].filter(Boolean).map((c) => c!.line))].sort(
      (a, b) => a - b,
    );
    const quoteCells = (['name', 'weight', 'target', 'actual', 'score', 'reason'] as Column[])
      .map((c) => text(cell(c)))
      .filter(Boolean);
    out.push({
      row: out.length + 1,
      level1_zh: level1?.name ?? null,
      level1_max: level1?.max ?? null,
      level2_zh: level2?.name ?? null,
      level2_max: level2?.max ?? null,
      name_zh: name,
      weight: num('weight', 'the points (分值) of an indicator'),
      target: text(cell('target')) || null,
      target_line: cell('target')?.line ?? null,
      actual: text(cell('actual')) || null,
      actual_line: cell('actual')?.line ?? null,
      score: num('score', 'the score (得分) of an indicator'),
      reason_zh: text(cell('reason')) || null,
      complete: complete && !!(name && cell('weight')),
      lines: lines.length ? lines : [row.from],
      quote: quoteCells.join(' | ').slice(0, 300),
    });
  }
  return out;
}

/** Parses Part 3 §三: every project self-evaluation table. */
export function parseProjects(
  body: ReportLine[],
  file: string,
  problems: Problems,
): Omit<Project, 'slug' | 'name_en'>[] {
  const tables = splitTables(readTable(body));
  return tables.map((rows, i) => parseProjectTable(rows, i + 1, file, problems));
}
