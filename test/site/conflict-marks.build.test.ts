/**
 * The built pages mark a disputed figure in its chart's data table: a "≠" after the value, linking its finding on
 * /audit/, with visually hidden words in the page's language — in exactly the cells whose printed figure the
 * derived tables call `conflict`, and nowhere else (dist/, or DIST_DIR; built first if missing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import zh from '../../src/i18n/zh.json';
import en from '../../src/i18n/en.json';
import { chart, chartDefinitions } from '../../src/charts/registry';
import { findingAnchor, figureVerdict } from '../../src/lib/data';
import { dist, ensureBuilt } from '../browser/helpers';

beforeAll(() => ensureBuilt(), 600_000);

const page = (route: string) => parseHTML(readFileSync(join(dist, route, 'index.html'), 'utf8')).document;
const all = chartDefinitions().flatMap((d) => (['zh', 'en'] as const).map((locale) => chart(d.id, locale)));

/** The marks a chart's table should carry: row, column and the first finding's anchor, from the tables. */
function expected(spec: (typeof all)[number]): string[] {
  return spec.rows.flatMap((row, r) =>
    spec.columns.slice(1).flatMap((c) => {
      const ref = row.figures?.[c.key];
      if (!ref || row.recomputedColumns?.includes(c.key) || row[c.key] === null) return [];
      const v = figureVerdict(ref);
      return v?.status === 'conflict' ? [`${r}:${c.key}:#${findingAnchor(v.finding_ids.split(' ')[0]!)}`] : [];
    }),
  );
}

describe('disputed figures in the charts’ data tables', () => {
  test.each(all.map((c) => [`${c.id} (${c.locale})`, c] as const))('%s', (_, spec) => {
    const prefix = spec.locale === 'en' ? 'en/' : '';
    const figure = page(`${prefix}${spec.route.replace(/^\//, '')}`).getElementById(spec.id);
    expect(figure, `#${spec.id} on ${spec.route}`).not.toBeNull();
    const rows = [...figure!.querySelectorAll('.data-table tbody tr')];
    const found = rows.flatMap((tr, r) =>
      [...tr.children].slice(1, spec.columns.length).flatMap((cell, k) => {
        const mark = cell.querySelector('a.conflict-mark');
        if (!mark) return [];
        const words = mark.querySelector('.visually-hidden')?.textContent;
        expect(words, 'the mark says what it means').toBe((spec.locale === 'zh' ? zh : en)['chart.conflict']);
        expect(mark.textContent!.startsWith('≠')).toBe(true);
        return [`${r}:${spec.columns[k + 1]!.key}:${mark.getAttribute('href')!.replace(/^.*(?=#)/, '')}`];
      }),
    );
    expect(found).toEqual(expected(spec));
  });

  test('the report’s disputed figures are marked where the charts show them', () => {
    const marks = all.flatMap((spec) => expected(spec).map((m) => `${spec.id}(${spec.locale}) ${m}`));
    expect(marks).toEqual(
      expect.arrayContaining([
        'projects-execution(zh) 9:rate_printed:#finding-project-exec-rate-big-data-aggregation-platform-phase-2',
        expect.stringMatching(/^spending-sub-science-and-technology\(en\) \d+:growth_pct:#finding-spending-growth-/),
        expect.stringMatching(
          /^project-800-mhz-wireless-government-network-operations-points-lost\(zh\) \d+:score:#finding-score-evidence-/,
        ),
      ]),
    );
  });
});
