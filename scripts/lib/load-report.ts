import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ReportError } from './report-error.ts';

export interface ReportLine {
  /** 1-based line number */
  n: number;
  text: string;
}

export interface Report {
  /** file name used in messages (`fengtai-sti-2019.txt`) */
  file: string;
  path: string;
  sha256: string;
  lines: ReportLine[];
}

/** Splits report text into numbered lines (LF; a final newline adds no line). */
export function toLines(text: string): ReportLine[] {
  const parts = text.split('\n');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((t, i) => ({ n: i + 1, text: t.replace(/\r$/, '') }));
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a report file; it must be UTF-8 text. */
export function loadReport(path: string): Report {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const why =
      { ENOENT: 'there is no such file', EISDIR: 'it is a folder', EACCES: 'permission denied' }[code] ?? code;
    throw new ReportError(file, null, `cannot read the report at ${path}: ${why}`);
  }
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw new ReportError(file, null, 'expected UTF-8 text, found bytes that are not UTF-8');
  return { file, path, sha256: sha256(bytes), lines: toLines(text.replace(/^\uFEFF/, '')) };
}
