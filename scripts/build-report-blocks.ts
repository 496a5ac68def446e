import type { ReportLine } from './lib/load-report.ts';
import { readTable } from './lib/read-table.ts';
import { splitSections, type SectionId } from './lib/split-sections.ts';

export type ReportBlock =
  | { kind: 'heading'; n: number; text: string; section: SectionId | null; part: number | null }
  | { kind: 'text'; n: number; text: string }
  | {
      kind: 'table';
      from: number;
      to: number;
      rows: { from: number; to: number; cells: { from: number; to: number; text: string }[] }[];
    };

/**
 * The report as blocks for the site's line-anchored copy: headings, lines of text, and flattened tables put
 * back into rows of cells (each cell with the lines it spans, so every line keeps its anchor).
 * A section's table runs from its first tabbed line to its last one.
 */
export function buildReportBlocks(lines: ReportLine[], file: string): ReportBlock[] {
  const { sections } = splitSections(lines, file);
  const headingAt = new Map<number, { id: SectionId; part: number }>();
  const tableRanges: [number, number][] = [];
  for (const s of sections.values()) {
    headingAt.set(s.heading.n, { id: s.id, part: s.part });
    const tabbed = s.body.filter((l) => l.text.startsWith('\t'));
    if (tabbed.length) tableRanges.push([tabbed[0]!.n, tabbed[tabbed.length - 1]!.n]);
  }
  const blocks: ReportBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const range = tableRanges.find(([a]) => a === line.n);
    if (range) {
      let j = i;
      while (
        j + 1 < lines.length &&
        (lines[j + 1]!.n <= range[1] ||
          (lines[j + 1]!.text.trim() !== '' && !lines[j + 1]!.text.startsWith('\t') && lines[j]!.text.trim() !== ''))
      )
        j++;
      const rows = readTable(lines.slice(i, j + 1)).map((r) => ({
        from: r.from,
        to: r.to,
        cells: r.cells.map((c) => ({ from: c.line, to: c.end, text: c.text })),
      }));
      blocks.push({ kind: 'table', from: line.n, to: lines[j]!.n, rows });
      i = j;
      continue;
    }
    const h = headingAt.get(line.n);
    const isPart = /^\s*第[一二三四五六七八九]部分/.test(line.text);
    if (h || isPart)
      blocks.push({
        kind: 'heading',
        n: line.n,
        text: line.text.trim(),
        section: h?.id ?? null,
        part: h?.part ?? null,
      });
    else blocks.push({ kind: 'text', n: line.n, text: line.text });
  }
  return blocks;
}
