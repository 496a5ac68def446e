/**
 * Lays the report out for the line-anchored copy on /report/: every line of report-lines.json exactly once, in
 * order, as a heading, a line of text, or part of a table (report-blocks.json). Table cells show the text of
 * each of their lines as published, so nothing is re-joined or re-read; only the tabs that mark where a cell
 * starts (see data/raw/SOURCES.md) are taken out.
 */
import type { ReportBlock } from './data';

export interface ReportLine {
  n: number;
  text: string;
}

/** One line of a table cell. `anchor` is false when an earlier cell on the same line carries the line's id. */
export interface CellLine extends ReportLine {
  anchor: boolean;
}

export interface LayoutCell {
  from: number;
  to: number;
  lines: CellLine[];
}

export interface LayoutRow {
  from: number;
  to: number;
  cells: LayoutCell[];
  /** lines between this row and the next (the blank lines that end a row) */
  after: ReportLine[];
}

export type ReportSegment =
  | { kind: 'line'; n: number; text: string }
  | { kind: 'heading'; n: number; text: string; level: 2 | 3 }
  | {
      kind: 'table';
      from: number;
      to: number;
      /** the cell count when every row has the same number of cells (a grid); null when rows differ */
      columns: number | null;
      /** lines inside the table before its first row */
      before: ReportLine[];
      rows: LayoutRow[];
    };

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

/**
 * The report as a sequence of segments covering lines 1…N exactly once. Part headings (第一部分…) get level 2,
 * section headings (一、…) level 3.
 * @throws if the lines are not numbered 1…N, or a block disagrees with the lines (names the line)
 * @example reportLayout([{ n: 1, text: '一、概况' }], [{ kind: 'heading', n: 1, text: '一、概况', section: 'a', part: 1 }])
 * // [{ kind: 'heading', n: 1, text: '一、概况', level: 3 }]
 */
export function reportLayout(lines: readonly ReportLine[], blocks: readonly ReportBlock[]): ReportSegment[] {
  lines.forEach((line, i) => {
    if (line.n !== i + 1) throw new Error(`report-lines.json: expected line ${i + 1}, found line ${line.n}`);
  });
  const text = (n: number): string => {
    const line = lines[n - 1];
    if (!line) throw new Error(`report-blocks.json: line ${n} is past the end of the report (${lines.length} lines)`);
    return line.text;
  };
  const headings = new Map<number, Extract<ReportBlock, { kind: 'heading' }>>();
  const tables = new Map<number, TableBlock>();
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (text(block.n).trim() !== block.text.trim()) {
        throw new Error(
          `report-blocks.json: heading on line ${block.n} reads "${block.text}", the line reads "${text(block.n)}"`,
        );
      }
      headings.set(block.n, block);
    } else if (block.kind === 'table') {
      text(block.to);
      tables.set(block.from, block);
    }
  }

  const out: ReportSegment[] = [];
  const laidOut = new Set<number>();
  for (let n = 1; n <= lines.length;) {
    const table = tables.get(n);
    if (table) {
      out.push(layoutTable(table, text));
      laidOut.add(table.from);
      n = table.to + 1;
      continue;
    }
    const heading = headings.get(n);
    out.push(
      heading
        ? { kind: 'heading', n, text: text(n), level: heading.section === null ? 2 : 3 }
        : { kind: 'line', n, text: text(n) },
    );
    n += 1;
  }
  for (const table of tables.values()) {
    if (!laidOut.has(table.from))
      throw new Error(`report-blocks.json: table ${table.from}–${table.to} overlaps another table`);
    const inside = [...headings.keys()].find((n) => n >= table.from && n <= table.to);
    if (inside !== undefined)
      throw new Error(`report-blocks.json: heading on line ${inside} is inside table ${table.from}–${table.to}`);
  }
  return out;
}

function layoutTable(table: TableBlock, text: (n: number) => string): Extract<ReportSegment, { kind: 'table' }> {
  const where = `report-blocks.json: table ${table.from}–${table.to}`;
  const seen = new Set<number>();
  const mark = (n: number) => {
    if (n < table.from || n > table.to) throw new Error(`${where}: line ${n} is outside the table`);
    if (seen.has(n)) throw new Error(`${where}: line ${n} is laid out twice`);
    seen.add(n);
  };
  const plain = (from: number, to: number): ReportLine[] => {
    const run: ReportLine[] = [];
    for (let n = from; n <= to; n++) {
      mark(n);
      run.push({ n, text: text(n) });
    }
    return run;
  };

  const sorted = [...table.rows].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  const before = plain(table.from, (first?.from ?? table.to + 1) - 1);
  const rows: LayoutRow[] = sorted.map((row, i) => {
    const cells: LayoutCell[] = [];
    const starts = new Map<number, typeof row.cells>();
    for (const cell of row.cells) starts.set(cell.from, [...(starts.get(cell.from) ?? []), cell]);
    for (const [start, group] of starts) {
      const parts = text(start).split('\t');
      if (parts[0] !== '' || parts.length - 1 !== group.length) {
        throw new Error(
          `${where}: line ${start} has ${parts.length - 1} cell(s) marked by tabs, the blocks have ${group.length}`,
        );
      }
      group.forEach((cell, k) => {
        if (k < group.length - 1 && cell.to !== cell.from) {
          throw new Error(
            `${where}: cell ${k + 1} on line ${start} runs on to line ${cell.to}, but another cell follows it on its line`,
          );
        }
        if (k === 0) mark(start);
        const cellLines: CellLine[] = [{ n: start, text: parts[k + 1]!, anchor: k === 0 }];
        for (let n = cell.from + 1; n <= cell.to; n++) {
          if (text(n).startsWith('\t'))
            throw new Error(`${where}: line ${n} starts a new cell but is read as part of the cell from line ${start}`);
          mark(n);
          cellLines.push({ n, text: text(n), anchor: true });
        }
        cells.push({ from: cell.from, to: cell.to, lines: cellLines });
      });
    }
    const next = sorted[i + 1];
    return { from: row.from, to: row.to, cells, after: plain(row.to + 1, (next?.from ?? table.to + 1) - 1) };
  });
  for (let n = table.from; n <= table.to; n++) {
    if (!seen.has(n)) throw new Error(`${where}: line ${n} is in no cell and between no rows`);
  }
  const counts = new Set(rows.map((r) => r.cells.length));
  return {
    kind: 'table',
    from: table.from,
    to: table.to,
    columns: counts.size === 1 ? [...counts][0]! : null,
    before,
    rows,
  };
}
