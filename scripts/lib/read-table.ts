import type { ReportLine } from './load-report.ts';

export interface Cell {
  /** the cell's text; lines of a wrapped cell are joined with \n */
  text: string;
  /** the line the cell starts on */
  line: number;
  /** the last line the cell's text runs to */
  end: number;
}

export interface Row {
  cells: Cell[];
  /** first and last line the row spans */
  from: number;
  to: number;
}

/**
 * Reads a flattened table (see the source README): a line starting with a tab starts a cell (more tabs on the
 * line start more cells), a line without a tab continues the cell above, and a blank line followed by a tabbed
 * line ends a row. A blank line followed by untabbed text is a paragraph break inside a cell.
 * Lines before the first tabbed line are ignored.
 */
export function readTable(lines: ReportLine[]): Row[] {
  const rows: Row[] = [];
  let row: Row | null = null;
  let blankSeen = false;
  for (const { n, text } of lines) {
    if (text.trim() === '' && !text.includes('\t')) {
      blankSeen = true;
      continue;
    }
    if (text.startsWith('\t')) {
      if (row && blankSeen) {
        rows.push(row);
        row = null;
      }
      row ??= { cells: [], from: n, to: n };
      for (const part of text.split('\t').slice(1)) row.cells.push({ text: part, line: n, end: n });
      row.to = n;
    } else if (row) {
      const last = row.cells[row.cells.length - 1]!;
      last.text += '\n' + text;
      last.end = n;
      row.to = n;
    }
    blankSeen = false;
  }
  if (row) rows.push(row);
  return rows;
}

/** A cell's text with all white space removed (for labels broken over lines, like 产\n出\n指\n标). */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/** A cell's text trimmed of spaces and full-width spaces, inner line breaks kept. */
export function tidy(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}
