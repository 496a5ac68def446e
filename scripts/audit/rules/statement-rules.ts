/**
 * Rules that read what the report says in words inside its tables: the funds restated in indicator cells, text
 * copied from one project's table into another's, and scores set against the evidence beside them.
 */
import type { FigureRef } from '../../../contract/files.ts';
import type { Indicator, ParsedReport, Project } from '../../lib/model.ts';
import type { Fig } from '../../lib/read-figures.ts';
import type { CheckResult, Rule } from '../check.ts';
import { assertThat, at, compare, key, quoted } from '../check.ts';

const label = (p: Project) => p.name_zh ?? p.quote;
const labelEn = (p: Project) => ((p.name_en ?? p.name_zh) ? quoted((p.name_en ?? p.name_zh)!) : 'the untitled table');
const figOf = (text: string, line: number): Fig => ({
  value: Number(text),
  decimals: (text.split('.')[1] ?? '').length,
  text,
  line,
});

/** The two cells of an indicator row the rules read, with their lines. */
const CELLS = [
  { column: 'target', zh: '指标值', en: 'target' },
  { column: 'actual', zh: '实际值', en: 'actual' },
] as const;
const cellOf = (i: Indicator, column: 'target' | 'actual') =>
  column === 'target'
    ? { text: i.target, line: i.target_line ?? i.lines[0]! }
    : { text: i.actual, line: i.actual_line ?? i.lines[0]! };
const quoteOf = (text: string, line: number) => ({ lines: [line], quote: text });

/** The cost indicator the cost-indicator rule already checks against A and B (its amounts are not read twice). */
const costRow = (p: Project) =>
  p.executed_from === 'funds_row'
    ? p.indicators.find(
        (i) => i.level2_zh === '成本指标' && /项目预算控制数/.test(`${i.name_zh ?? ''}${i.target ?? ''}`),
      )
    : undefined;

/** An amount in 万元 that the words before it tie to the funds: 预算(控制数) → A; 执行/支出/支付 → B; 资金 → A or B. */
const AMOUNT = /(预算控制数|预算数?|执行数?|支出|支付|资金)[^\d，。；,;]{0,6}?(\d+(?:\.\d+)?)\s*万元/g;
/** A completion or execution rate: `完成99.27%`, `执行率为98%`. */
const RATE = /(完成|执行率)(?:为|达到?|是)?\s*(\d+(?:\.\d+)?)\s*%/g;

/**
 * Statements in table cells: an indicator's target or actual that restates the table's own funds in words — an
 * amount in 万元 named as budget or spending, or a completion rate beside an amount in 万元 (`191.8万元，完成99.27%`),
 * or an execution rate — against the same table's budget A, executed B and B/A (a rate that restates the funds
 * row's printed rate agrees with the table; whether that rate is right is project-exec-rate's check). Other
 * percentages in targets (满意度≥90%, 完成20% of a schedule) are not about the funds and are not read.
 */
export const cellStatements: Rule = {
  id: 'cell-statement',
  run: (r) =>
    r.projects.flatMap((p) => {
      const A = p.budget;
      const B = p.executed;
      if (!A || !B || A.value <= 0) return [];
      const rate = (B.value / A.value) * 100;
      const skip = costRow(p);
      const funds = at('projects', [p.slug], 'budget_wan', 'executed_wan');
      const out: CheckResult[] = [];
      for (const i of p.indicators) {
        for (const cell of CELLS) {
          const { text, line } = cellOf(i, cell.column);
          if (!text) continue;
          const figures = at('indicators', [p.slug, i.row], cell.column);
          const where = { zh: `第${i.row}行指标的${cell.zh}`, en: `indicator ${i.row}’s ${cell.en}` };
          const hasAmount = /\d\s*万元/.test(text);
          for (const m of text.matchAll(RATE)) {
            if (m[1] === '完成' && !hasAmount) continue;
            const printed = figOf(m[2]!, line);
            const agreesWithFundsRow =
              p.exec_rate && Math.abs(printed.value - p.exec_rate.value) <= 0.5 * 10 ** -printed.decimals + 1e-9;
            out.push(
              compare({
                rule: cellStatements,
                subject: key(p.slug, `row-${i.row}`, cell.column, 'rate'),
                severity: 'medium',
                from: [quoteOf(text, line), p],
                unit: '%',
                claim_zh: `“${label(p)}”${where.zh}所写的完成率“${m[0]}”与执行率（B/A）`,
                claim_en: `${labelEn(p)}: the rate in ${where.en} (“${m[0]}”) against the execution rate B/A`,
                printed,
                recomputed: agreesWithFundsRow ? p.exec_rate!.value : rate,
                figures,
                inputs: [...funds, ...(p.exec_rate ? at('projects', [p.slug], 'exec_rate_pct') : [])],
              }),
            );
          }
          if (i === skip) continue;
          for (const m of text.matchAll(AMOUNT)) {
            const printed = figOf(m[2]!, line);
            const word = m[1]!;
            const near = (x: Fig) => Math.abs(printed.value - x.value) <= 0.5 * 10 ** -printed.decimals + 1e-9;
            const against = /预算/.test(word) ? A : /资金/.test(word) ? (near(A) ? A : B) : B;
            out.push(
              compare({
                rule: cellStatements,
                subject: key(p.slug, `row-${i.row}`, cell.column, 'amount', m.index),
                severity: 'medium',
                from: [quoteOf(text, line), p],
                unit: '万元',
                claim_zh: `“${label(p)}”${where.zh}所写的金额“${m[0]}”与${against === A ? '年初预算数（A）' : '全年执行数（B）'}`,
                claim_en: `${labelEn(p)}: the amount in ${where.en} (“${m[0]}”) against ${against === A ? 'the budget (A)' : 'the amount executed (B)'}`,
                printed,
                recomputed: against.value,
                figures,
                inputs: at('projects', [p.slug], against === A ? 'budget_wan' : 'executed_wan'),
              }),
            );
          }
        }
      }
      return out;
    }),
};

/** Whitespace and punctuation folded away: only Han characters, digits and Latin letters remain. */
export const foldText = (s: string) => s.replace(/[^\p{Script=Han}0-9A-Za-z]/gu, '');
const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * A passage shorter than this many Han characters (after folding) is not reported: on this report, the longest
 * passage shared by two projects' goal or indicator texts below the one copied outcome (178 characters) is a stock
 * phrase of 12 (运维及相关服务满足各业务…), and a clause of 20 characters is long enough that two tables sharing it
 * verbatim is no coincidence.
 */
export const REPEAT_MIN_HAN = 20;

interface Segment {
  project: Project;
  column: 'goal_zh' | 'outcome_zh' | 'target' | 'actual';
  row: number | null;
  text: string;
  folded: string;
  lines: number[];
}

/** The lines of the report within a project's table that hold `folded` after `label`, or the table's own lines. */
function linesOf(r: ParsedReport, p: Project, folded: string, label: string): number[] {
  const from = Math.min(...p.lines);
  const to = Math.max(...p.lines, p.totalLine ?? 0);
  const inTable = (r.text ?? []).filter((l) => l.n >= from && l.n <= to);
  let joined = '';
  const owner: number[] = [];
  for (const l of inTable) {
    const f = foldText(l.text);
    joined += f;
    for (let k = 0; k < f.length; k += 1) owner.push(l.n);
  }
  // after its label (年初设定目标, …综述): a goal and an outcome can be the same words
  const labelled = joined.indexOf(foldText(label) + folded);
  const start = labelled >= 0 ? labelled + foldText(label).length : joined.indexOf(folded);
  if (start < 0) return p.lines;
  return [...new Set(owner.slice(start, start + folded.length))];
}

function segmentsOf(r: ParsedReport, p: Project): Segment[] {
  const out: Segment[] = [];
  for (const column of ['goal_zh', 'outcome_zh'] as const) {
    const text = p[column];
    if (text) out.push({ project: p, column, row: null, text, folded: foldText(text), lines: [] });
  }
  for (const i of p.indicators) {
    for (const cell of CELLS) {
      const { text, line } = cellOf(i, cell.column);
      if (text) out.push({ project: p, column: cell.column, row: i.row, text, folded: foldText(text), lines: [line] });
    }
  }
  const label = (s: Segment) => (s.column === 'goal_zh' ? '年初设定目标' : '年度总体目标完成情况综述');
  return out.map((s) => (s.lines.length ? s : { ...s, lines: linesOf(r, p, s.folded, label(s)) }));
}

const refOf = (s: Segment): FigureRef[] =>
  s.row === null ? at('projects', [s.project.slug], s.column) : at('indicators', [s.project.slug, s.row], s.column);
const placeZh = (s: Segment) =>
  `${s.row === null ? (s.column === 'goal_zh' ? '年初设定目标' : '目标完成情况综述') : `第${s.row}行指标的${s.column === 'target' ? '指标值' : '实际值'}`}（第${s.lines.join('、')}行）`;
const placeEn = (s: Segment) =>
  `${s.row === null ? (s.column === 'goal_zh' ? 'goal' : 'outcome') : `indicator ${s.row}’s ${s.column}`} (L${s.lines.join(', L')})`;

/**
 * Text repeated across projects: a passage of at least REPEAT_MIN_HAN Han characters (whitespace and punctuation
 * folded) that stands in the goal, outcome or an indicator's target or actual of two different projects' tables —
 * the trace of a table filled in by copying another. One finding per pair of projects and passage, quoting both
 * places. A passage found in at least half the tables (and three or more) is the template's, not a copy, and is
 * skipped.
 */
export const repeatedText: Rule = {
  id: 'repeated-text',
  run: (r) => {
    const n = REPEAT_MIN_HAN;
    const segments = r.projects.flatMap((p) => segmentsOf(r, p));
    // every n-character window → the projects it occurs in
    const windows = new Map<string, Set<string>>();
    for (const s of segments)
      for (let k = 0; k + n <= s.folded.length; k += 1) {
        const w = s.folded.slice(k, k + n);
        windows.set(w, (windows.get(w) ?? new Set()).add(s.project.slug));
      }
    const template = Math.max(3, Math.ceil(r.projects.length / 2));
    const shared = (w: string) => {
      const ps = windows.get(w);
      return !!ps && ps.size >= 2 && ps.size < template;
    };
    // the projects each project shares a window with: a pair that shares none has no passage in common
    const partners = new Map<string, Set<string>>(r.projects.map((p) => [p.slug, new Set()]));
    for (const [w, ps] of windows)
      if (shared(w)) for (const p of ps) for (const q of ps) if (p !== q) partners.get(p)!.add(q);
    const out: CheckResult[] = [];
    const reported = new Set<string>();
    for (const [ai, a] of r.projects.entries()) {
      for (const b of r.projects.slice(ai + 1)) {
        if (!partners.get(a.slug)!.has(b.slug)) continue;
        const aSegs = segments.filter((s) => s.project === a);
        const bSegs = segments.filter((s) => s.project === b);
        const bText = bSegs.map((s) => s.folded);
        for (const sa of aSegs) {
          let k = 0;
          while (k + n <= sa.folded.length) {
            const w = sa.folded.slice(k, k + n);
            // a window of n characters stands in b's text exactly when it is one of b's windows
            if (!shared(w) || !windows.get(w)!.has(b.slug)) {
              k += 1;
              continue;
            }
            let end = k + n;
            while (end < sa.folded.length && bText.some((t) => t.includes(sa.folded.slice(k, end + 1)))) end += 1;
            const passage = sa.folded.slice(k, end);
            k = end;
            if (hanCount(passage) < n || reported.has(`${a.slug}|${b.slug}|${passage}`)) continue;
            reported.add(`${a.slug}|${b.slug}|${passage}`);
            const places = [sa, ...bSegs.filter((s) => s.folded.includes(passage))];
            const aPlaces = [sa, ...aSegs.filter((s) => s !== sa && s.folded.includes(passage))];
            const all = [...aPlaces, ...places.slice(1)];
            const shown = passage.length > 40 ? `${passage.slice(0, 40)}…` : passage;
            const where = (segs: Segment[], zh: boolean) =>
              segs.map((s) => (zh ? placeZh(s) : placeEn(s))).join(zh ? '、' : ' and ');
            out.push(
              assertThat({
                rule: repeatedText,
                subject: key(a.slug, b.slug, passage),
                ok: false,
                severity: 'medium',
                from: all.map((s) => ({ lines: s.lines, quote: s.text })),
                claim_zh: `“${label(a)}”与“${label(b)}”的自评表中有同一段文字`,
                claim_en: `${labelEn(a)} and ${labelEn(b)}: the same passage in both tables`,
                printed: shown,
                expected: null,
                figures: all.flatMap(refOf),
                message_zh: `同一段${hanCount(passage)}字的文字“${shown}”既见于“${label(a)}”的${where(aPlaces, true)}，又见于“${label(b)}”的${where(places.slice(1), true)}（空白与标点不计），疑为照抄另一张表填写。`,
                message_en: `The same passage of ${hanCount(passage)} Chinese characters (“${shown}”) stands in the table of ${labelEn(a)}, ${where(aPlaces, false)}, and in that of ${labelEn(b)}, ${where(places.slice(1), false)} (whitespace and punctuation aside): the trace of one table filled in by copying another.`,
              }),
            );
          }
        }
      }
    }
    // each project's goal and outcome that stand in no other table: passed (a text of it that does is the finding's)
    const flagged = new Set(out.flatMap((x) => x.record.figures).map((f) => `${f.row}|${f.column}`));
    for (const p of r.projects) {
      const figures = (['goal_zh', 'outcome_zh'] as const)
        .filter((c) => p[c] && !flagged.has(`${p.slug}|${c}`))
        .flatMap((c) => at('projects', [p.slug], c));
      if (!figures.length) continue;
      out.push(
        assertThat({
          rule: repeatedText,
          subject: p.slug,
          ok: true,
          severity: 'medium',
          from: [p],
          claim_zh: `“${label(p)}”的${figures.length === 2 ? '年度目标与完成情况' : figures[0]!.column === 'goal_zh' ? '年度目标' : '完成情况'}文字不见于其他自评表`,
          claim_en: `${labelEn(p)}: its ${figures.length === 2 ? 'goal and outcome' : figures[0]!.column === 'goal_zh' ? 'goal' : 'outcome'} found in no other table`,
          printed: null,
          expected: null,
          figures,
          message_zh: '',
          message_en: '',
        }),
      );
    }
    return out;
  },
};

/** Dates are not targets to reach (12月前完成, 2020年8月底). */
const DATES = /\d{4}\s*年(?:度)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*日/g;
const NUMBER = /(\d+(?:\.\d+)?)\s*(%|[\p{Script=Han}A-Za-z]?)/gu;
const AT_LEAST = /≥|>=|不低于|不少于|不小于|以上|至少/;
const AT_MOST = /≤|<=|不超过|不高于|不多于|以内|以下|控制在|低于/;

/** The one number a cell states (dates left out) and its unit, or null where it states none or several. */
function numberIn(text: string | null): { value: number; unit: string } | null {
  if (!text) return null;
  const found = [...text.replace(DATES, '').matchAll(NUMBER)];
  if (found.length !== 1) return null;
  const unit = found[0]![2]!;
  // a Han character after the number is its unit only if it is one (个, 项, 台, 次, 人, 名, 条, 分); else none
  return { value: Number(found[0]![1]), unit: /^(%|[个项台次人名条分家件套])$/.test(unit) ? unit : '' };
}

/**
 * Scores against their own evidence: an indicator with a numeric target and a numeric actual (one number each,
 * the same unit where both print one; dates and the cost row, which is scored by execution, left out) that got
 * full marks although the actual misses the target, or lost points although it meets it. A question for the
 * reader (low), with the reason the table gives quoted.
 */
export const scoreEvidence: Rule = {
  id: 'score-evidence',
  run: (r) =>
    r.projects.flatMap((p) =>
      p.indicators.flatMap((i) => {
        if (!i.score || !i.weight || i.level2_zh === '成本指标') return [];
        const target = numberIn(i.target);
        const actual = numberIn(i.actual);
        if (!target || !actual) return [];
        if (target.unit && actual.unit && target.unit !== actual.unit) return [];
        if ((target.unit === '%') !== (actual.unit === '%')) return [];
        const atMost = !AT_LEAST.test(i.target!) && AT_MOST.test(i.target!);
        const meets = atMost ? actual.value <= target.value : actual.value >= target.value;
        const full = i.score.value >= i.weight.value - 1e-9;
        const reason = i.reason_zh?.trim() || null;
        const t = { zh: i.target!.trim(), a: i.actual!.trim() };
        const name = i.name_zh ?? `第${i.row}行`;
        return [
          assertThat({
            rule: scoreEvidence,
            subject: key(p.slug, `row-${i.row}`),
            ok: meets === full,
            severity: 'low',
            from: [i],
            claim_zh: `“${label(p)}”指标“${name}”的得分与其指标值、实际值`,
            claim_en: `${labelEn(p)}, indicator ${i.row}: the score against its target and actual`,
            printed: i.score.value,
            expected: full ? null : i.weight.value,
            figures: at('indicators', [p.slug, i.row], 'score'),
            inputs: at('indicators', [p.slug, i.row], 'weight', 'target', 'actual'),
            message_zh: full
              ? `“${label(p)}”的指标“${name}”实际值“${t.a}”未达到指标值“${t.zh}”，却得满分${i.score.text}分${reason ? `；表中所写原因：“${reason}”` : '，表中未写原因'}。`
              : `“${label(p)}”的指标“${name}”实际值“${t.a}”已达到指标值“${t.zh}”，却只得${i.score.text}分（分值${i.weight.text}分）${reason ? `；表中所写原因：“${reason}”` : '，表中未写扣分原因'}。`,
            message_en: full
              ? `${labelEn(p)}, indicator ${i.row} (“${name}”): the actual “${t.a}” misses the target “${t.zh}”, yet it scored full marks (${i.score.text})${reason ? `; the reason the table gives: “${reason}”` : '; the table gives no reason'}.`
              : `${labelEn(p)}, indicator ${i.row} (“${name}”): the actual “${t.a}” meets the target “${t.zh}”, yet it scored ${i.score.text} of ${i.weight.text}${reason ? `; the reason the table gives: “${reason}”` : '; the table gives no reason for the points lost'}.`,
          }),
        ];
      }),
    ),
};

export const statementRules = [cellStatements, repeatedText, scoreEvidence];
