import { readFileSync } from 'node:fs';

/** zh → en names, kept as data in data/glossary.json (the only hand-written text in the tables). */
export class Glossary {
  readonly untranslated = new Set<string>();
  constructor(readonly terms: Record<string, string>) {}

  static load(path: string): Glossary {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { terms: Record<string, string> };
    return new Glossary(json.terms);
  }

  /** The English name, or null (and remembered) when the glossary has none. */
  en(zh: string | null): string | null {
    if (zh === null) return null;
    const hit = this.terms[zh];
    if (hit === undefined) this.untranslated.add(zh);
    return hit ?? null;
  }
}
