/**
 * The declared translation texts (src/lib/translations.ts, TRANSLATIONS[kind].texts) are no more than the pages
 * translate: our English of every declared text of data/derived is shown on a built English page. With
 * test/site/translations.test.ts (each table's keys are exactly its declared texts, and a page translating an
 * undeclared text needs a key) the lists are exact both ways: a list declaring a text no page shows fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import { dist, ensureBuilt, root } from '../browser/helpers';
import { readTranslationSource } from '../../src/lib/translation-check';
import { TRANSLATIONS, translationTexts, type TranslationKind } from '../../src/lib/translations';

beforeAll(() => ensureBuilt(), 600_000);

/** whitespace folded, as a reader sees it */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

test('our English of every declared text is shown on an English page', () => {
  const text = sitePages(dist)
    .filter((p) => p.startsWith('en/'))
    .map((p) => fold(parseHTML(readFileSync(join(dist, p), 'utf8')).document.body?.textContent ?? ''))
    .join('\n');
  expect(text.length).toBeGreaterThan(0);
  const source = readTranslationSource(join(root, 'data/derived'));
  const unseen = (Object.keys(TRANSLATIONS) as TranslationKind[]).flatMap((kind) => {
    const table = TRANSLATIONS[kind].table as Readonly<Record<string, string>>;
    return translationTexts(kind, source)
      .filter((zh) => !text.includes(fold(table[zh] ?? zh)))
      .map((zh) => `${kind}: ${zh}`);
  });
  expect(unseen).toEqual([]);
});
