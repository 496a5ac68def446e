import { readFileSync } from 'node:fs';

/** The year of the report the glossary's English names were written for. */
const GLOSSARY_YEAR = 2019;

/** zh → en names, kept as data in data/glossary.json (the only hand-written text in the tables). */
export class Glossary {
  readonly untranslated = new Set<string>();
  constructor(readonly terms: Record<string, string>) {}

  static load(path: string): Glossary {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { terms: Record<string, string> };
    return new Glossary(json.terms);
  }

  /**
   * The year of the report being read. The glossary is written for the 2019 report: a year in an English name
   * that its Chinese name does not print (本年收入合计 → “Income in 2019”) is the report's year, and is written as
   * this report's (“Income in 2021”); a year the Chinese prints (2018年科技奖励…) stays.
   */
  year = GLOSSARY_YEAR;

  /** The English name, or null (and remembered) when the glossary has none. */
  en(zh: string | null): string | null {
    if (zh === null) return null;
    const hit = this.terms[zh];
    if (hit === undefined) this.untranslated.add(zh);
    if (hit === undefined || this.year === GLOSSARY_YEAR) return hit ?? null;
    return hit.replace(/\b(20\d\d)\b/g, (y) => (zh.includes(y) ? y : String(this.year + (Number(y) - GLOSSARY_YEAR))));
  }
}
