import type { ReportLine } from '../lib/load-report.ts';
import type { Term } from '../lib/model.ts';

/** `1.“三公”经费：是指…` — a number, the term, a colon (full-width or ASCII), the definition. */
const ITEM = /^\s*(\d+)\s*[.．、]\s*(.+?)\s*[：:]\s*(\S.*?)\s*$/;

/**
 * The report's own glossary (专业名词解释): one term per numbered item, as printed, with its line. Lines that are
 * not numbered items (blank lines, a heading) are passed over; a report without the section has no terms.
 * @example parseTerms([{ n: 118, text: '1.政府采购：指…' }]) // [{ number: 1, term_zh: '政府采购', definition_zh: '指…', … }]
 */
export function parseTerms(body: ReportLine[] | undefined): Term[] {
  const terms: Term[] = [];
  for (const line of body ?? []) {
    const m = ITEM.exec(line.text);
    if (!m) continue;
    terms.push({
      number: Number(m[1]),
      term_zh: m[2]!,
      definition_zh: m[3]!,
      lines: [line.n],
      quote: line.text.trim(),
    });
  }
  return terms;
}
