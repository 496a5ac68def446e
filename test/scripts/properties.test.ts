import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Glossary } from '../../scripts/lib/glossary.ts';
import { sha256, toLines } from '../../scripts/lib/load-report.ts';
import { readNumber, readPercent } from '../../scripts/lib/read-figures.ts';
import { ReportError, ReportErrors } from '../../scripts/lib/report-error.ts';
import { runPipelineOn } from '../../scripts/run-pipeline.ts';
import { FILE, GLOSSARY_PATH, REPORT_PATH } from './helpers.ts';

/** Runs of the damaged-report property; each run parses, audits and renders the whole report. */
const DAMAGED_RUNS = Number(process.env.DAMAGED_RUNS ?? 1000);

const withThousands = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('readNumber / readPercent', () => {
  it('read back any amount printed with or without thousands separators, at its printed precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (n, decimals, sep, negative) => {
          const int = String(Math.floor(n / 10 ** decimals));
          const frac = decimals ? String(n % 10 ** decimals).padStart(decimals, '0') : '';
          const text = `${negative ? '-' : ''}${sep ? withThousands(int) : int}${decimals ? `.${frac}` : ''}`;
          const fig = readNumber(`${text}万元`, FILE, 1, 'an amount');
          expect(fig.value).toBeCloseTo((negative ? -1 : 1) * (n / 10 ** decimals), 6);
          expect(fig.decimals).toBe(decimals);
          expect(readPercent(`${text}%`, FILE, 1, 'a rate').value).toBe(fig.value);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('on any text either read a finite number or fail with a ReportError naming the line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 5000 }), (text, line) => {
        for (const read of [readNumber, readPercent]) {
          try {
            expect(Number.isFinite(read(text, FILE, line, 'a figure').value)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(ReportError);
            expect((e as ReportError).message.startsWith(`${FILE}:${line}: expected `)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('randomly damaged reports', () => {
  const lines = toLines(readFileSync(REPORT_PATH, 'utf8')).map((l) => l.text);
  const glossary = Glossary.load(GLOSSARY_PATH);
  const damage = fc.record({
    line: fc.integer({ min: 0, max: lines.length - 1 }),
    at: fc.nat(),
    kind: fc.constantFrom('char', 'digit', 'delete-line', 'tab', 'blank', 'duplicate-line', 'cut'),
    char: fc.constantFrom(
      'O',
      '　',
      '\t',
      '，',
      '。',
      '%',
      '万元',
      '-',
      '.',
      ',',
      '9',
      '',
      '：',
      '（',
      '总分',
      '项目名称',
    ),
  });
  const apply = (src: string[], d: { line: number; at: number; kind: string; char: string }) => {
    const out = [...src];
    const text = out[d.line] ?? '';
    const i = text.length ? d.at % text.length : 0;
    if (d.kind === 'char') out[d.line] = text.slice(0, i) + d.char + text.slice(i + 1);
    else if (d.kind === 'digit') out[d.line] = text.replace(/\d/, d.char);
    else if (d.kind === 'delete-line') out.splice(d.line, 1);
    else if (d.kind === 'tab') out[d.line] = `\t${text}`;
    else if (d.kind === 'blank') out.splice(d.line, 0, '');
    else if (d.kind === 'duplicate-line') out.splice(d.line, 0, text);
    else out[d.line] = text.slice(0, i);
    return out;
  };

  it('end in valid tables or in a clean error with file and line, never a crash', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (damages) => {
        const text = damages.reduce(apply, lines).join('\n');
        try {
          const { files } = runPipelineOn(
            { file: FILE, path: REPORT_PATH, sha256: sha256(text), lines: toLines(text) },
            glossary,
          );
          const manifest = JSON.parse(files.get('manifest.json')!) as { tables: { files: { json: string } }[] };
          expect(manifest.tables.length).toBe(21);
          for (const {
            files: { json: name },
          } of manifest.tables) {
            for (const row of JSON.parse(files.get(name)!) as Record<string, unknown>[]) {
              expect(
                Array.isArray(row.source_lines) &&
                  (row.source_lines as number[]).every((n) => Number.isInteger(n) && n >= 1),
                `${name} source_lines`,
              ).toBe(true);
              for (const [k, v] of Object.entries(row))
                if (typeof v === 'number') expect(Number.isFinite(v), `${name}.${k}`).toBe(true);
            }
          }
        } catch (e) {
          if (!(e instanceof ReportErrors)) throw e;
          expect(e.errors.length).toBeGreaterThan(0);
          for (const err of e.errors)
            expect(err.message).toMatch(new RegExp(`^${FILE.replace('.', '\\.')}(:\\d+)?: expected .+`));
        }
      }),
      { numRuns: DAMAGED_RUNS },
    );
  }, 300_000);
});

describe('punctuation printed either way, and thousands separators', () => {
  const glossary = Glossary.load(GLOSSARY_PATH);
  const variantsDir = new URL('./fixtures/variants/', import.meta.url);
  const PAIRS: Record<string, string> = { '，': ',', ',': '，', '（': '(', '(': '（', '）': ')', ')': '）' };
  Object.assign(PAIRS, { '：': ':', ':': '：', '；': ';', ';': '；', '%': '％', '％': '%' });
  /** the report's prose: every line up to the project evaluation report (tables and their cells are left alone) */
  const reports: [string, string, number][] = [
    ['this report', readFileSync(REPORT_PATH, 'utf8'), 128],
    ['toc-four-parts', readFileSync(new URL('toc-four-parts.txt', variantsDir), 'utf8'), Infinity],
    ['ascii-2018', readFileSync(new URL('ascii-2018.txt', variantsDir), 'utf8'), Infinity],
    ['municipal-2020', readFileSync(new URL('municipal-2020.txt', variantsDir), 'utf8'), Infinity],
  ];

  /** Positions of punctuation that can be printed the other way: not a comma between digits (a separator). */
  const swappable = (text: string) =>
    [...text.matchAll(/[，,（(）)：:；;%％]/g)]
      .map((m) => m.index)
      .filter((i) => !(/[,，]/.test(text[i]!) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
  /** Amounts of four or more whole digits before 万元/元, printed without separators. */
  const AMOUNT = /(?<![\d.,])(\d{4,})(?=(?:\.\d+)?万?元)/g;

  const change = (text: string, upTo: number, swaps: boolean[], seps: boolean[]) =>
    toLines(text)
      .map((l) => {
        if (l.n > upTo || l.text.startsWith('\t')) return l.text;
        let t = l.text;
        const at = new Set(swappable(t).filter((_, k) => swaps[(l.n * 7 + k) % swaps.length]));
        t = [...t].map((c, i) => (at.has(i) ? PAIRS[c]! : c)).join('');
        let k = 0;
        return t.replace(AMOUNT, (d) => (seps[(l.n + k++) % seps.length] ? withThousands(d) : d));
      })
      .join('\n');

  /** Every table without its quotes (printed text), and the audit's verdicts. */
  const outcome = (text: string) => {
    const { files } = runPipelineOn({ file: FILE, path: FILE, sha256: sha256(text), lines: toLines(text) }, glossary);
    const manifest = JSON.parse(files.get('manifest.json')!) as { tables: { name: string }[] };
    const tables = Object.fromEntries(
      manifest.tables.map(({ name }) => [
        name,
        (JSON.parse(files.get(`${name}.json`)!) as Record<string, unknown>[]).map(({ quote: _, ...rest }) => rest),
      ]),
    );
    const checks = (JSON.parse(files.get('checks.json')!) as { id: string; status: string }[]).map(
      (c) => `${c.id} ${c.status}`,
    );
    return { tables, checks };
  };

  for (const [name, text, upTo] of reports) {
    it(`give the same tables and verdicts for ${name}`, () => {
      const expected = outcome(text);
      expect(Object.values(expected.tables).flat().length).toBeGreaterThan(10);
      fc.assert(
        fc.property(
          fc.array(fc.boolean(), { minLength: 1, maxLength: 13 }),
          fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
          (swaps, seps) => {
            const changed = change(text, upTo, swaps, seps);
            expect(outcome(changed)).toEqual(expected);
          },
        ),
        { numRuns: name === 'this report' ? 40 : 150 },
      );
    }, 120_000);
  }

  it('do change the text the property runs on (all swapped, all separated)', () => {
    const [, text, upTo] = reports[0]!;
    const changed = change(text, upTo, [true], [true]);
    expect(changed).toContain('7,661.60万元,比上年995.40万元增加6,666.20万元,增长669.70％,其中:');
    expect(changed).toContain('83.17％；上缴'); // the printed ASCII semicolon, full-width
  });
});
