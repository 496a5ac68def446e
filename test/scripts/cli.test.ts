import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPORT_PATH } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const raw = readFileSync(REPORT_PATH, 'utf8');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function copy(text: string, name = 'report.txt') {
  const dir = mkdtempSync(join(tmpdir(), 'fengtai-'));
  writeFileSync(join(dir, name), text);
  return { dir, path: join(dir, name) };
}
/** Runs `npm run data` on `text` into a fresh out/: its exit code, its warnings line by line, and out/'s manifest. */
function runInto(text: string) {
  const { path, dir } = copy(text);
  const out = join(dir, 'out');
  const r = run('--input', path, '--out', out);
  const manifest = () => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  return { out, code: r.code, warnings: r.stderr.trim().split('\n'), manifest };
}

describe('npm run data', () => {
  it('writes every file and prints a one-line summary', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fengtai-out-')), 'derived');
    const r = run('--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(
      /^data: 21 tables, \d+ rows; \d+ checks \(\d+ passed, \d+ failed, \d+ could not run\); \d+ findings → .+ in \d+\.\d\d s\n$/,
    );
    expect(readdirSync(out)).toContain('manifest.json');
  });

  it('names a report it cannot read, and why, in one line', () => {
    const { dir } = copy('');
    const missing = run('--input', join(dir, 'absent.txt'), '--out', join(dir, 'out'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `absent.txt: cannot read the report at ${join(dir, 'absent.txt')}: there is no such file; nothing was written to ${join(dir, 'out')}\n`,
    );
    expect(run('--input', dir, '--out', join(dir, 'out')).stderr).toContain(
      `cannot read the report at ${dir}: it is a folder`,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('fails on a malformed figure with file:line and what was expected, no stack trace, and leaves the output folder as it was', () => {
    const { path, dir } = copy(
      raw.replace('科学技术支出5504.37万元，占总支出', '科学技术支出55O4.37万元，占总支出'),
      'fengtai-sti-2019.txt',
    );
    const out = join(dir, 'derived');
    run('--out', out);
    const before = readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    const r = run('--input', path, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      'fengtai-sti-2019.txt:49: expected an amount after 科学技术支出, found "55O4.37"',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])).toEqual(before);
  });

  it('reports every problem of a bad input, one line each', () => {
    const { path, dir } = copy(
      raw
        .replace('政府采购货物支出190.07万元', '政府采购货物支出19O.07万元')
        .replace('评定得分为12.98分', '评定得分为I2.98分'),
    );
    const r = run('--input', path, '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'report.txt:106: expected an amount after 政府采购货物支出, found "19O.07"',
      'report.txt:268: expected a score after 项目决策指标得分为, found "I2.98"',
      `data: 2 problem(s) in the input; nothing was written to ${join(dir, 'out')}`,
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('writes what it can when an optional section is missing, and lists it', () => {
    const { out, code, warnings, manifest } = runInto(raw.replace(/三、政府采购支出情况\n\n.*\n/, ''));
    expect(code).toBe(0);
    expect(warnings).toEqual([
      'warning: report.txt: no section “政府采购支出情况” (procurement): written without it, its tables are empty',
    ]);
    expect(manifest().missing_sections).toEqual(['procurement', 'procurement_figures']);
    expect(JSON.parse(readFileSync(join(out, 'procurement.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(out, 'procurement.csv'), 'utf8')).toBe(
      '\uFEFFitem,item_zh,item_en,parent,amount_wan,share_pct,share_pct_recomputed,amount_wan_audit_status,amount_wan_finding_ids,share_pct_audit_status,share_pct_finding_ids,source_lines,quote\n\n',
    );
  });

  it('writes the other sections when the spending section is missing, one warning for it, and its tables empty', () => {
    const { out, code, warnings, manifest } = runInto(
      raw.replace('四、一般公共预算财政拨款支出决算情况说明', '四、（删去）'),
    );
    expect(code).toBe(0);
    expect(warnings).toEqual([
      'warning: report.txt: no section “一般公共预算财政拨款支出决算情况说明” (spending): written without it, its tables are empty',
    ]);
    expect(manifest().missing_sections).toEqual(['spending']);
    for (const t of ['spending', 'spending-total'])
      expect(JSON.parse(readFileSync(join(out, `${t}.json`), 'utf8')), t).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'overview-totals.json'), 'utf8'))).toHaveLength(4);
    const checks = JSON.parse(readFileSync(join(out, 'checks.json'), 'utf8')) as { rule: string }[];
    expect(checks.filter((c) => c.rule.startsWith('spending-') || c.rule === 'subcategory-sum')).toEqual([]);
  });

  it('fails with one line, no stack trace, and writes nothing, on a file with no section of the template', () => {
    const { path, dir } = copy('2019年度部门决算\n这不是一份决算说明。\n');
    const r = run('--input', path, '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `report.txt: expected a section of the 部门决算 template (headings such as “一、部门基本情况” or “二、收入支出决算总体情况说明”), found none; nothing was written to ${join(dir, 'out')}\n`,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('says when the input is not the report as received', () => {
    const { path, dir } = copy(raw, 'fengtai-sti-2019.txt');
    writeFileSync(join(dir, 'SOURCES.md'), '| `fengtai-sti-2019.txt` | x | y | `' + '0'.repeat(64) + '` |\n');
    const r = run('--input', path, '--out', join(dir, 'out'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: fengtai-sti-2019\.txt: sha256 f5697529\S+ differs from the one recorded in SOURCES\.md \(0{64}\)/,
    );
  });
});
