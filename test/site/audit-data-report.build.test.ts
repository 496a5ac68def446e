/**
 * Checks the built /audit/, /data/ and /report/ pages (dist/, or DIST_DIR; built first if missing) in both
 * languages: every finding with its anchor and line links, every report line anchored exactly once with its text
 * intact, and every download byte-identical to data/derived/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import auditZh from '../../src/i18n/pages/audit.zh.json';
import auditEn from '../../src/i18n/pages/audit.en.json';
import findingsFile from '../../data/derived/findings.json';
import type { Finding } from '../../contract/files';
import checks from '../../data/derived/checks.json';
import manifest from '../../data/derived/manifest.json';
import lines from '../../data/derived/report-lines.json';
import blocks from '../../data/derived/report-blocks.json';
import { findingAnchor } from '../../src/lib/data';
import { formatFindingValue } from '../../src/lib/audit-value';
import { englishNames, translation } from '../../src/lib/translations';
import { dist, ensureBuilt, root } from '../browser/helpers';

const LOCALES = [
  { locale: 'zh', prefix: '', lang: 'zh-CN', words: auditZh },
  { locale: 'en', prefix: 'en/', lang: 'en', words: auditEn },
] as const;
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const html = (route: string) => readFileSync(join(dist, route, 'index.html'), 'utf8');
const doc = (route: string) => parseHTML(html(route)).document;
const findings = findingsFile.findings;

beforeAll(() => ensureBuilt(), 600_000);

describe.each(LOCALES)('/$prefix audit/', ({ locale, prefix, lang, words }) => {
  test('has its language, one h1, a title and a description that give the counts', () => {
    const d = doc(`${prefix}audit`);
    expect(d.documentElement.getAttribute('lang')).toBe(lang);
    expect(d.querySelectorAll('h1')).toHaveLength(1);
    expect(d.querySelector('title')?.textContent).toContain(words.title);
    const description = d.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description).toContain(String(findingsFile.checks_failed));
  });

  test('sums up the checks: run, passed, failed, could not run', () => {
    const stats = [...doc(`${prefix}audit`).querySelectorAll('.audit-stats > div')].map((div) => [
      div.querySelector('dt')?.textContent,
      div.querySelector('dd')?.textContent,
    ]);
    expect(stats).toEqual([
      // every check, as the overview counts them: passed + failed + could not run
      [words['summary.run'], String(findingsFile.checks_run + findingsFile.checks_could_not_run)],
      [words['summary.passed'], String(findingsFile.checks_passed)],
      [words['summary.failed'], String(findingsFile.checks_failed)],
      [words['summary.couldNot'], String(findingsFile.checks_could_not_run)],
    ]);
  });

  test('the audit page, the overview and the briefing give the same number of checks', () => {
    const total = String(findingsFile.checks_run + findingsFile.checks_could_not_run);
    const format = (n: string) => Number(n).toLocaleString('en-US');
    expect(doc(`${prefix}audit`).querySelector('.audit-stat--run dd')?.textContent).toBe(total);
    for (const page of ['', 'briefing']) {
      const text = doc(`${prefix}${page}`).body.textContent ?? '';
      expect(text, `${prefix}${page} names ${total} checks`).toContain(format(total));
    }
  });

  test('shows every finding in the audit’s order, at its anchor, with severity in words, values, quote and line links', () => {
    const d = doc(`${prefix}audit`);
    const cards = [...d.querySelectorAll('article.finding')];
    expect(cards.map((c) => c.id)).toEqual(findings.map((f) => findingAnchor(f.id)));
    for (const f of findings) {
      const card = d.querySelectorAll(`[id="${findingAnchor(f.id)}"]`);
      expect(card, f.id).toHaveLength(1);
      const el = card[0]!;
      const severity = words[`severity.${f.severity}` as keyof typeof words];
      expect(el.querySelector('.badge')?.textContent, `${f.id} badge`).toBe(`${words['severity.label']}${severity}`);
      // English names a Chinese indicator in English, the Chinese beside it
      expect(el.querySelector('.finding-title')?.textContent, `${f.id} message`).toBe(
        locale === 'zh' ? f.message_zh : englishNames(f.message_en),
      );
      // the claim (and a value in words) as the audit writes it in Chinese; in English, our translation after it
      const ours = (v: unknown) =>
        locale === 'en' && typeof v === 'string' ? `Our translation: ${translation('claim', v)}` : '';
      expect(el.querySelector('.finding-claim dd')?.textContent, `${f.id} claim`).toBe(`${f.claim}${ours(f.claim)}`);
      const values = [...el.querySelectorAll('dd.value')].map((dd) => dd.textContent);
      const expected =
        f.printed === null && f.recomputed === null
          ? []
          : [f.printed, f.recomputed].map(
              (v) => `${formatFindingValue(v, f.unit as Finding['unit'], locale)}${ours(v)}`,
            );
      expect(values, `${f.id} printed and recomputed`).toEqual(expected);
      // an amount reads as the finding's message gives it: CNY million in English (“The report prints CNY 6.8792 million”)
      if (locale === 'en' && f.unit === '万元') expect(f.message_en, `${f.id} message`).toContain(values[0]);
      expect(el.querySelector('blockquote')?.textContent, `${f.id} quote`).toBe(f.quote);
      expect(el.querySelector('blockquote')?.getAttribute('lang') ?? lang, `${f.id} quote language`).toBe('zh-CN');
      const links = [...el.querySelectorAll('figcaption a[href*="/report/"]')].map((a) => a.getAttribute('href'));
      expect(links, `${f.id} line links`).toEqual(f.source_lines.map((n) => `${base}${prefix}report/#L${n}`));
      // the rule's code is for the curious: beside the permalink, not in the rule's name or the sentence
      expect(el.querySelector('.finding-meta')?.textContent, `${f.id} meta without the code`).not.toContain(f.rule);
      expect(el.querySelector('.finding-rule')?.textContent, `${f.id} rule`).toBe(
        words['finding.rule'].replace('{name}', words[`rule.${f.rule}` as keyof typeof words]),
      );
      expect(el.querySelector('figcaption .rule-code code')?.textContent, `${f.id} rule code`).toBe(f.rule);
    }
  });

  test('lists every passed check under its rule, with its description and line links', () => {
    const d = doc(`${prefix}audit`);
    const passed = checks.filter((c) => c.status === 'passed');
    const items = [...d.querySelectorAll('details.rule li')];
    expect(items).toHaveLength(passed.length);
    const rules = [...d.querySelectorAll('details.rule')].map((r) => r.id);
    expect(rules).toEqual([...new Set(passed.map((c) => `rule-${c.rule}`))]);
    expect(d.querySelectorAll('.rule-unknown'), 'rules without words').toHaveLength(0);
    for (const r of d.querySelectorAll('details.rule')) {
      const code = r.id.replace(/^rule-/, '');
      expect(r.querySelector('.rule-about')?.textContent, `${code} about without the code`).not.toContain(code);
      expect(r.querySelector('.rule-code code')?.textContent, `${code} code`).toBe(code);
    }
    passed.forEach((c, i) => {
      const li = items[i]!;
      expect(li.closest('details')?.id, c.id).toBe(`rule-${c.rule}`);
      expect(li.querySelector('span')?.textContent, c.id).toBe(
        locale === 'zh' ? c.description_zh : c.description_en || c.description_zh,
      );
      expect(
        [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        c.id,
      ).toEqual(c.source_lines.map((n) => `${base}${prefix}report/#L${n}`));
    });
  });
});

describe.each(LOCALES)('/$prefix report/', ({ prefix, lang }) => {
  const text = (el: Element) =>
    [...el.childNodes]
      .filter((n) => !(n.nodeName === 'A' && n === el.firstChild))
      .map((n) => n.textContent)
      .join('');

  test('has every line L1…L2556 as an anchor exactly once, each with its own number link', () => {
    const d = doc(`${prefix}report`);
    expect(d.documentElement.getAttribute('lang')).toBe(lang);
    const anchors = [...d.querySelectorAll('[id^="L"]')].filter((el) => /^L\d+$/.test(el.id));
    expect(anchors.map((el) => el.id)).toEqual(lines.map((l) => `L${l.n}`));
    // one lookup table: linkedom's getElementById walks the whole document each time
    const byId = new Map(anchors.map((el) => [el.id, el]));
    for (const l of lines) {
      const a = byId.get(`L${l.n}`)?.firstElementChild;
      expect(a?.getAttribute('href'), `L${l.n}`).toBe(`#L${l.n}`);
      expect(a?.textContent, `L${l.n}`).toBe(String(l.n));
    }
  });

  test('keeps the text: without line numbers and tabs, the page’s copy is the report', () => {
    const d = doc(`${prefix}report`);
    const copy = d.querySelector('.report')!;
    expect(copy.getAttribute('lang') ?? lang).toBe('zh-CN');
    const parts: string[] = [];
    for (const el of copy.querySelectorAll('p, .h, .rt span, .rr span')) {
      if (el.classList.contains('h')) parts.push(el.querySelector('h2, h3')!.textContent!);
      else parts.push(el.id ? text(el) : el.textContent!);
    }
    const page = parts.join('');
    const report = lines.map((l) => l.text.replaceAll('\t', '')).join('');
    const at = [...report].findIndex((c, i) => page[i] !== c);
    expect(page.slice(Math.max(0, at - 30), at + 30), 'the first difference').toBe(
      report.slice(Math.max(0, at - 30), at + 30),
    );
    expect(page).toBe(report);
    for (const l of lines.slice(0, 152)) {
      const el = d.getElementById(`L${l.n}`)!;
      expect(el.classList.contains('h') ? el.querySelector('h2, h3')!.textContent : text(el), `L${l.n}`).toBe(l.text);
    }
  });

  test('marks the report’s headings as headings and its 3-column table as a table', () => {
    const d = doc(`${prefix}report`);
    const headings = blocks.filter((b) => b.kind === 'heading') as { n: number; section: string | null }[];
    for (const h of headings) {
      const tag = d.getElementById(`L${h.n}`)?.querySelector('h2, h3')?.tagName;
      expect(tag, `L${h.n}`).toBe(h.section === null ? 'H2' : 'H3');
    }
    const table = d.getElementById('L153')?.closest('table');
    expect(table?.querySelectorAll('tr:not(.gap)')).toHaveLength(10);
    expect(table?.querySelectorAll('thead th')).toHaveLength(3);
  });

  test('stays light: no script of its own, no inline style, under 300 KB', () => {
    const page = html(`${prefix}report`);
    const home = html(prefix.replace(/\/$/, ''));
    const scripts = (s: string) => [...s.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(
      scripts(page).filter((src) => !scripts(home).includes(src)),
      'scripts only the report page loads',
    ).toEqual([]);
    expect(page).not.toMatch(/\sstyle="|<style\b/);
    expect(page).not.toMatch(/data-astro-cid/);
    expect(page.length).toBeLessThan(300_000);
  });
});

describe.each(LOCALES)('/$prefix data/', ({ prefix }) => {
  const derived = readdirSync(join(root, 'data/derived')).filter((f) => /\.(csv|json)$/.test(f));

  test('links every download to a built file byte-identical to data/derived/ (and the report text to data/raw/)', () => {
    const d = doc(`${prefix}data`);
    const hrefs = [...d.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href')!)
      .filter((h) => h.startsWith(`${base}data/`) && /\.(csv|json|txt)$/.test(h));
    expect(hrefs.length).toBeGreaterThan(manifest.tables.length * 2);
    for (const href of hrefs) {
      const file = href.slice(`${base}data/`.length);
      const built = join(dist, 'data', file);
      expect(existsSync(built), href).toBe(true);
      const source = file === manifest.source.file ? join(root, 'data/raw', file) : join(root, 'data/derived', file);
      expect(readFileSync(built).equals(readFileSync(source)), `${href} is byte-identical to ${source}`).toBe(true);
    }
    expect(hrefs).toContain(`${base}data/${manifest.source.file}`);
    for (const file of ['manifest.json', ...Object.keys(manifest.other_files)])
      expect(hrefs, file).toContain(`${base}data/${file}`);
  });

  test('lists every table with its CSV, JSON, row count and every column with a meaning', () => {
    const d = doc(`${prefix}data`);
    for (const table of manifest.tables) {
      const el = d.getElementById(`table-${table.name}`);
      expect(el, table.name).not.toBeNull();
      const links = [...el!.querySelectorAll('.dataset-files a')].map((a) => a.getAttribute('href'));
      expect(links, table.name).toEqual([`${base}data/${table.files.csv}`, `${base}data/${table.files.json}`]);
      expect(el!.querySelector('.dataset-count')?.textContent, table.name).toContain(String(table.rows));
      const columns = [...el!.querySelectorAll('.dict-row')];
      expect(
        columns.map((c) => c.querySelector('dt')?.textContent),
        table.name,
      ).toEqual(table.columns.map((c) => c.name));
    }
    expect(d.querySelectorAll('.dict-missing'), 'columns without a meaning').toHaveLength(0);
    expect(d.querySelector('#source')?.textContent).toContain(manifest.source.sha256);
    expect(d.querySelector(`#source a[href="${base}${prefix}report/"]`)).not.toBeNull();
  });

  test('every file of data/derived is built under /data/', () => {
    for (const file of derived) {
      expect(readFileSync(join(dist, 'data', file)).equals(readFileSync(join(root, 'data/derived', file))), file).toBe(
        true,
      );
    }
  });
});
