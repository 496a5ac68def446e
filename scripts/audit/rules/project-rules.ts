import type { Indicator, Project } from '../../lib/model.ts';
import type { Fig } from '../../lib/read-figures.ts';
import type { Rule } from '../check.ts';
import { assertThat, at, compare, couldNotCheck, enName, key, quoted, sum, sumSlack } from '../check.ts';

const label = (p: Project) => p.name_zh ?? p.quote;
/** the project's English name for English messages (the untitled table has none) */
const labelEn = (p: Project) => ((p.name_en ?? p.name_zh) ? quoted((p.name_en ?? p.name_zh)!) : 'the untitled table');
const fig = (value: number): Fig => ({ value, decimals: 0, text: String(value), line: 0 });
const scored = (p: Project) => p.indicators.flatMap((i) => (i.score ? [i.score] : []));
const hasGaps = (p: Project) => p.table_kind === 'fragment' || p.indicators.some((i) => !i.complete);

export const execRate: Rule = {
  id: 'project-exec-rate',
  run: (r) =>
    r.projects
      .filter((p) => p.exec_rate && p.budget && p.executed && p.budget.value > 0)
      .map((p) =>
        compare({
          rule: execRate,
          subject: p.slug,
          severity: 'high',
          from: [p],
          unit: '%',
          claim_zh: `“${label(p)}”预算执行率`,
          claim_en: `${labelEn(p)}: execution rate`,
          printed: p.exec_rate!,
          recomputed: (p.executed!.value / p.budget!.value) * 100,
          figures: at('projects', [p.slug], 'exec_rate_pct'),
          inputs: at('projects', [p.slug], 'budget_wan', 'executed_wan'),
        }),
      ),
};

export const fundsScore: Rule = {
  id: 'project-funds-score',
  run: (r) =>
    r.projects
      .filter((p) => p.funds_score && p.funds_weight && p.budget && p.executed && p.budget.value > 0)
      .map((p) =>
        compare({
          rule: fundsScore,
          subject: p.slug,
          severity: 'medium',
          from: [p],
          claim_zh: `“${label(p)}”资金执行得分`,
          claim_en: `${labelEn(p)}: funds score`,
          printed: p.funds_score!,
          recomputed: Math.min(p.executed!.value / p.budget!.value, 1) * p.funds_weight!.value,
          figures: at('projects', [p.slug], 'funds_score'),
          inputs: at('projects', [p.slug], 'budget_wan', 'executed_wan', 'funds_weight'),
        }),
      ),
};

export const totalScore: Rule = {
  id: 'project-total-score',
  run: (r) =>
    r.projects.map((p) => {
      if (!p.total)
        return couldNotCheck(
          totalScore,
          p.slug,
          `“${label(p)}”没有总分，无法核对`,
          `${labelEn(p)}: the table prints no total score`,
          [p],
          [],
        );
      if (!p.funds_score) {
        return couldNotCheck(
          totalScore,
          p.slug,
          `“${label(p)}”自评表缺少资金执行得分行（表格残缺），总分${p.total.text}分无法核对；现存指标得分合计${sum(scored(p))}分`,
          `${labelEn(p)}: the table lost its funds row, so the total of ${p.total.text} cannot be checked; the indicator scores that remain add up to ${sum(scored(p))}`,
          [p],
          at('projects', [p.slug], 'total_score'),
        );
      }
      const parts = [p.funds_score, ...scored(p)];
      return compare({
        rule: totalScore,
        subject: p.slug,
        severity: 'high',
        from: [p],
        claim_zh: `“${label(p)}”总分`,
        claim_en: `${labelEn(p)}: total score`,
        printed: p.total,
        recomputed: sum(parts),
        slack: Math.min(sumSlack(parts, p.total), 0.05),
        figures: at('projects', [p.slug], 'total_score'),
        inputs: [
          ...at('projects', [p.slug], 'funds_score'),
          ...p.indicators.filter((i) => i.score).flatMap((i) => at('indicators', [p.slug, i.row], 'score')),
        ],
      });
    }),
};

export const scoreWithinWeight: Rule = {
  id: 'indicator-score-within-weight',
  run: (r) =>
    r.projects.flatMap((p) =>
      p.indicators
        .filter((i) => i.score && i.weight)
        .map((i) =>
          assertThat({
            rule: scoreWithinWeight,
            subject: key(p.slug, `row-${i.row}`),
            ok: i.score!.value <= i.weight!.value + 1e-9,
            severity: 'high',
            from: [i],
            claim_zh: `“${label(p)}”指标“${i.name_zh}”得分不超过分值`,
            claim_en: `${labelEn(p)}, indicator ${i.row}: score within its points`,
            printed: i.score!.value,
            expected: i.weight!.value,
            figures: at('indicators', [p.slug, i.row], 'score'),
            inputs: at('indicators', [p.slug, i.row], 'weight'),
            message_zh: `“${label(p)}”的指标“${i.name_zh}”分值为${i.weight!.text}分，得分却为${i.score!.text}分。`,
            message_en: `${labelEn(p)}: indicator “${i.name_zh}” is worth ${i.weight!.text} points but scored ${i.score!.text}.`,
          }),
        ),
    ),
};

function groupWeights(p: Project, level: 'level1' | 'level2') {
  const groups = new Map<string, { max: Fig; rows: Indicator[] }>();
  for (const i of p.indicators) {
    const name = i[`${level}_zh`];
    const max = i[`${level}_max`];
    if (!name || !max) continue;
    const g = groups.get(name) ?? { max, rows: [] };
    g.rows.push(i);
    groups.set(name, g);
  }
  return groups;
}

export const weights: Rule = {
  id: 'project-weights',
  run: (r) =>
    r.projects.flatMap((p) => {
      if (hasGaps(p)) {
        return [
          couldNotCheck(
            weights,
            p.slug,
            `“${label(p)}”自评表有残缺的指标行，无法核对分值结构`,
            `${labelEn(p)}: the table has indicator rows with missing cells; its points cannot be checked`,
            [p],
            p.indicators.filter((i) => i.weight).flatMap((i) => at('indicators', [p.slug, i.row], 'weight')),
          ),
        ];
      }
      const w = p.indicators.flatMap((i) => (i.weight ? [i.weight] : []));
      const out = [
        compare({
          rule: weights,
          subject: key(p.slug, 'total'),
          severity: 'medium',
          from: [p, ...p.indicators],
          claim_zh: `“${label(p)}”各项分值之和`,
          claim_en: `${labelEn(p)}: points of all rows`,
          printed: fig(100),
          recomputed: sum(w) + (p.funds_weight?.value ?? 0),
          figures: [
            ...(p.funds_weight ? at('projects', [p.slug], 'funds_weight') : []),
            ...p.indicators.filter((i) => i.weight).flatMap((i) => at('indicators', [p.slug, i.row], 'weight')),
          ],
        }),
      ];
      for (const level of ['level1', 'level2'] as const) {
        for (const [name, g] of groupWeights(p, level)) {
          out.push(
            compare({
              rule: weights,
              subject: key(p.slug, level, name),
              severity: 'medium',
              from: g.rows,
              claim_zh: `“${label(p)}”${name}（${g.max.text}分）下各指标分值之和`,
              claim_en: `${labelEn(p)}: points under ${enName(r, name)} (${name}, labelled ${g.max.text})`,
              printed: g.max,
              recomputed: sum(g.rows.flatMap((i) => (i.weight ? [i.weight] : []))),
              // the group's label (产出指标（50分）) is in no column; its rows' points are
              figures: g.rows.filter((i) => i.weight).flatMap((i) => at('indicators', [p.slug, i.row], 'weight')),
            }),
          );
        }
      }
      return out;
    }),
};

export const tableYear: Rule = {
  id: 'table-year',
  run: (r) =>
    r.projects
      .filter((p) => p.table_year !== null)
      .map((p) =>
        assertThat({
          rule: tableYear,
          subject: p.slug,
          ok: p.table_year === r.year,
          severity: 'low',
          from: [p],
          claim_zh: `“${label(p)}”自评表年度`,
          claim_en: `${labelEn(p)}: year label`,
          printed: p.table_year,
          expected: r.year,
          figures: at('projects', [p.slug], 'table_year'),
          message_zh: `“${label(p)}”自评表标注为“（${p.table_year}年度）”，而本报告是${r.year}年度决算。`,
          message_en: `The table for ${labelEn(p)} is dated ${p.table_year} in its heading, but the report covers ${r.year}.`,
        }),
      ),
};

export const tableComplete: Rule = {
  id: 'table-complete',
  run: (r) =>
    r.projects.map((p) => {
      const broken = p.indicators.filter((i) => !i.complete);
      const missing = [
        ...(p.table_kind === 'fragment' ? ['表头与项目名称'] : []),
        ...(!p.funds_score ? ['资金执行行'] : []),
        ...(broken.length ? [`${broken.length}行指标的名称或分值`] : []),
      ];
      const missingEn = [
        ...(p.table_kind === 'fragment' ? ['its header and project name'] : []),
        ...(!p.funds_score ? ['its funds row'] : []),
        ...(broken.length ? [`the name or points of ${broken.length} indicator row(s)`] : []),
      ];
      return assertThat({
        rule: tableComplete,
        subject: p.slug,
        ok: missing.length === 0,
        severity: 'medium',
        from: [p, ...broken],
        claim_zh: `“${label(p)}”自评表完整`,
        claim_en: `${labelEn(p)}: table is complete`,
        printed: missing.join('、') || null,
        expected: null,
        // the table's shape, not a figure: what it lacks is not shown
        figures: [],
        message_zh: `“${label(p)}”自评表缺少${missing.join('、')}（原文表格残缺），相关数字无法完整核对。`,
        message_en: `The table for ${labelEn(p)} lacks ${missingEn.join(', ')} in the published text, so its figures cannot all be checked.`,
      });
    }),
};

const firstNumber = (s: string | null): Fig | null => {
  const m = s ? /(\d+(?:\.\d+)?)/.exec(s.replace(/,/g, '')) : null;
  return m ? { value: Number(m[1]), decimals: (m[1]!.split('.')[1] ?? '').length, text: m[1]!, line: 0 } : null;
};

export const costIndicator: Rule = {
  id: 'cost-indicator',
  run: (r) =>
    r.projects
      .filter((p) => p.executed_from === 'funds_row')
      .flatMap((p) => {
        const cost = p.indicators.find(
          (i) => i.level2_zh === '成本指标' && /项目预算控制数/.test(`${i.name_zh ?? ''}${i.target ?? ''}`),
        );
        if (!cost) return [];
        const target = firstNumber(cost.target);
        const actual = firstNumber(cost.actual);
        const out = [];
        if (target && p.budget) {
          out.push(
            compare({
              rule: costIndicator,
              subject: key(p.slug, 'budget'),
              severity: 'medium',
              from: [cost, p],
              unit: '万元',
              claim_zh: `“${label(p)}”成本指标的预算控制数与年初预算数`,
              claim_en: `${labelEn(p)}: cost indicator target against the budget (A)`,
              printed: target,
              recomputed: p.budget.value,
              figures: at('indicators', [p.slug, cost.row], 'target'),
              inputs: at('projects', [p.slug], 'budget_wan'),
            }),
          );
        }
        if (actual && p.executed) {
          out.push(
            compare({
              rule: costIndicator,
              subject: key(p.slug, 'executed'),
              severity: 'medium',
              from: [cost, p],
              unit: '万元',
              claim_zh: `“${label(p)}”成本指标的实际值与全年执行数`,
              claim_en: `${labelEn(p)}: cost indicator actual against executed (B)`,
              printed: actual,
              recomputed: p.executed.value,
              figures: at('indicators', [p.slug, cost.row], 'actual'),
              inputs: at('projects', [p.slug], 'executed_wan'),
            }),
          );
        }
        return out;
      }),
};

export const projectRules = [
  execRate,
  fundsScore,
  totalScore,
  scoreWithinWeight,
  weights,
  tableYear,
  tableComplete,
  costIndicator,
];
