/**
 * Printed scores as printed, on the built site (dist/, or DIST_DIR; built first if missing): every weight and score
 * a project page's indicator table shows, and every total on /projects/, is the report's own digits (the
 * `*_printed` columns of data/derived/) with the locale's unit — `6.0 分` where the report prints `6.0`, never a
 * number formatted back from the float.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import indicatorsFile from '../../data/derived/indicators.json';
import projectsFile from '../../data/derived/projects.json';
import { dist, ensureBuilt } from '../browser/helpers';

beforeAll(() => ensureBuilt(), 600_000);

const prefix = (locale: string) => (locale === 'en' ? 'en/' : '');
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
/** A printed figure as a page writes it: the digits, then 分 or pts (pt for 1). */
const shown = (printed: string | null, locale: 'zh' | 'en') =>
  printed === null ? '—' : locale === 'zh' ? `${printed} 分` : `${printed} ${printed === '1' ? 'pt' : 'pts'}`;

describe('printed scores as printed', () => {
  test('each project page’s indicator table: the funds row and every indicator row', () => {
    let trailingZero = 0;
    for (const locale of ['zh', 'en'] as const)
      for (const p of projectsFile) {
        const doc = page(`${prefix(locale)}projects/${p.slug}`);
        const rows = [...doc.querySelectorAll('.indicator-table tbody tr')];
        const indicators = indicatorsFile.filter((i) => i.project_slug === p.slug);
        const expected = [
          ...(p.funds_weight_printed !== null && p.funds_score_printed !== null
            ? [[p.funds_weight_printed, p.funds_score_printed]]
            : []),
          ...indicators.map((i) => [i.weight_printed, i.score_printed]),
        ];
        expect(rows.length, p.slug).toBe(expected.length);
        rows.forEach((tr, k) => {
          const cells = [...tr.children].map((c) => c.textContent!.trim());
          const [weight, score] = expected[k]!;
          expect([cells[4], cells[7]], `${p.slug} row ${k} (${locale})`).toEqual([
            shown(weight!, locale),
            shown(score!, locale),
          ]);
          if (/\.\d*0$/.test(score ?? '')) trailingZero += 1;
        });
      }
    // the report prints one score with a trailing zero: the funds score 6.0 (line 2067), in both languages
    expect(trailingZero).toBe(2);
  });

  test('the key facts of a project page and the totals on /projects/', () => {
    for (const locale of ['zh', 'en'] as const) {
      const list = [...page(`${prefix(locale)}projects`).querySelectorAll('table.projects-table tbody tr')];
      expect(list.length).toBe(projectsFile.length);
      list.forEach((tr, k) => {
        expect(tr.querySelector('td:nth-of-type(2) .figure')?.textContent?.trim()).toBe(
          shown(projectsFile[k]!.total_score_printed, locale),
        );
      });
      const p = projectsFile.find((x) => x.funds_score_line === 2067)!;
      const facts = page(`${prefix(locale)}projects/${p.slug}`).querySelector('#funds-heading')!.parentElement!;
      expect(facts.textContent!.replace(/\s+/g, ' ')).toContain(shown('6.0', locale));
    }
  });
});
