import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Glossary } from '../../scripts/lib/glossary.ts';
import { sha256, toLines } from '../../scripts/lib/load-report.ts';
import { recordedSha256, runPipeline, runPipelineOn } from '../../scripts/run-pipeline.ts';
import { FILE, GLOSSARY_PATH, REPORT_PATH } from './helpers.ts';

const DERIVED = fileURLToPath(new URL('../../data/derived/', import.meta.url));
const raw = readFileSync(REPORT_PATH, 'utf8');
const glossary = () => Glossary.load(GLOSSARY_PATH);

function runOn(text: string) {
  return runPipelineOn({ file: FILE, path: REPORT_PATH, sha256: sha256(text), lines: toLines(text) }, glossary());
}
const table = (files: Map<string, string>, name: string) =>
  JSON.parse(files.get(`${name}.json`)!) as Record<string, unknown>[];
const findingIds = (files: Map<string, string>) =>
  (JSON.parse(files.get('findings.json')!) as { findings: { id: string }[] }).findings.map((f) => f.id);

describe('the report copy', () => {
  it('is the one recorded in SOURCES.md, byte for byte', () => {
    expect(sha256(readFileSync(REPORT_PATH))).toBe('f5697529c4bdd6b29a3899abf355e99029a516a8397d6a0a14f8b5ddd6cc98ef');
    expect(recordedSha256(REPORT_PATH)).toBe('f5697529c4bdd6b29a3899abf355e99029a516a8397d6a0a14f8b5ddd6cc98ef');
  });
});

describe('drift', () => {
  it('data/derived/ is exactly what the pipeline produces now (run `npm run data` and commit)', () => {
    const { files } = runPipeline(REPORT_PATH, GLOSSARY_PATH);
    expect(readdirSync(DERIVED).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(readFileSync(`${DERIVED}${name}`, 'utf8'), name).toBe(text);
  });
});

describe('mutation: figures changed in several sections', () => {
  const edits: [string, string][] = [
    ['“科学技术管理事务”（款）2019年度决算4472.46万元', '“科学技术管理事务”（款）2019年度决算4572.46万元'],
    ['政府采购货物支出190.07万元', '政府采购货物支出290.07万元'],
    ['\t年度资金总额：\n\t1040\n', '\t年度资金总额：\n\t1140\n'],
    // a statement in a table cell (cell-statement): the rising-stars table's cost row restates its funds
    ['98.58万元，完成98%', '98.58万元，完成96%'],
  ];
  let text = raw;
  for (const [from, to] of edits) {
    expect(raw.includes(from), from).toBe(true);
    text = text.replace(from, to);
  }
  const before = runOn(raw).files;
  const after = runOn(text).files;

  it('carries the new values into the tables', () => {
    const sub = table(after, 'spending').find((r) => r.name_zh === '科学技术管理事务')!;
    expect([sub.final_wan, sub.change_wan, sub.change_wan_recomputed]).toEqual([4572.46, 4188.1, 4288.1]);
    expect(table(after, 'procurement').find((r) => r.item === 'goods')!.amount_wan).toBe(290.07);
    const cloud = table(after, 'projects').find((r) => r.slug === 'fengtai-unified-government-cloud-data-centre')!;
    expect([
      cloud.budget_wan,
      cloud.exec_rate_pct,
      cloud.exec_rate_pct_recomputed,
      cloud.funds_score,
      cloud.funds_score_recomputed,
    ]).toEqual([1140, 100, 91.23, 10, 9.12]);
    const stars = table(after, 'indicators').find(
      (r) => r.project_slug === 'rising-s-t-stars-programme' && r.row === 4,
    )!;
    expect(stars.actual).toBe('98.58万元，完成96%');
  });

  it('carries the verdicts into the tables: the figures now disputed are conflict, with their findings', () => {
    const cloud = table(after, 'projects').find((r) => r.slug === 'fengtai-unified-government-cloud-data-centre')!;
    const cloudBefore = table(before, 'projects').find(
      (r) => r.slug === 'fengtai-unified-government-cloud-data-centre',
    )!;
    expect([cloudBefore.exec_rate_pct_audit_status, cloud.exec_rate_pct_audit_status]).toEqual([
      'consistent',
      'conflict',
    ]);
    expect(cloud.exec_rate_pct_finding_ids).toBe('project-exec-rate/fengtai-unified-government-cloud-data-centre');
    const stars = table(after, 'indicators').find(
      (r) => r.project_slug === 'rising-s-t-stars-programme' && r.row === 4,
    )!;
    expect([stars.actual_audit_status, stars.actual_finding_ids]).toEqual([
      'conflict',
      'cell-statement/rising-s-t-stars-programme-row-4-actual-rate',
    ]);
  });

  it('flags exactly the sums and rates that no longer agree, and nothing else changes', () => {
    const added = findingIds(after)
      .filter((id) => !findingIds(before).includes(id))
      .sort();
    const gone = findingIds(before).filter((id) => !findingIds(after).includes(id));
    expect(gone).toEqual([]);
    expect(added).toEqual([
      'cell-statement/rising-s-t-stars-programme-row-4-actual-rate',
      'cost-indicator/fengtai-unified-government-cloud-data-centre-budget',
      'procurement-sum/types',
      'project-exec-rate/fengtai-unified-government-cloud-data-centre',
      'project-funds-score/fengtai-unified-government-cloud-data-centre',
      expect.stringMatching(/^spending-change\//),
      expect.stringMatching(/^spending-growth\//),
      expect.stringMatching(/^subcategory-sum\//),
    ]);
  });
});

describe('a row printed twice', () => {
  const lines = raw.split('\n');
  const twice = (n: number) => [...lines.slice(0, n), lines[n - 1]!, ...lines.slice(n)].join('\n');

  it('fails with the line of the repeat and the line it repeats, when the table has a key', () => {
    // line 95 is the first “三公” item; its copy is line 96
    expect(() => runOn(twice(95))).toThrow(
      `${FILE}:96: expected each row of three-public once, found item = "overseas_travel" again (first at line 95)`,
    );
  });

  it('fails for a spending category printed twice, naming the repeat’s line', () => {
    // line 58 is the 教育支出 category's paragraph; its copy is line 59
    expect(() => runOn(twice(58))).toThrow(
      `${FILE}:59: expected each row of spending once, found level, name_zh = "category", "教育支出" again (first at line 58)`,
    );
  });
});
