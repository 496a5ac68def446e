/**
 * The download files under /data/: every file in data/derived/, served byte for byte by the static endpoint
 * src/pages/data/[file].ts, and the report's text, rebuilt from report-lines.json and served only when it is
 * byte-identical to the published file (its sha256 is in the manifest). Reads data/derived/ at build time; never
 * data/raw/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { derivedDir } from './data';
import type { Locale } from './i18n';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * The Content-Type a download is served with.
 * @throws for a file type the site does not serve
 * @example contentType('spending.csv') // 'text/csv; charset=utf-8'
 */
export function contentType(file: string): string {
  const type = TYPES[/\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''];
  if (!type) throw new Error(`contentType: no download type for ${file}`);
  return type;
}

export interface DerivedFile {
  name: string;
  bytes: number;
}

/**
 * The CSV and JSON files in `dir`, sorted by name, with their sizes.
 * @param [dir=derivedDir()] the folder to list
 * @throws if the folder is missing or holds no file
 */
export function derivedFiles(dir: string = derivedDir()): DerivedFile[] {
  const files = readdirSync(dir)
    .filter((name) => /\.(csv|json)$/.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
  if (files.length === 0) throw new Error(`derivedFiles: no CSV or JSON file in ${dir}`);
  return files;
}

/**
 * The exact bytes of one file of `dir`.
 * @throws for a name that is not one of derivedFiles(dir) (no paths, no other folders)
 */
export function readDerivedFile(name: string, dir: string = derivedDir()): Uint8Array<ArrayBuffer> {
  if (!derivedFiles(dir).some((f) => f.name === name))
    throw new Error(`readDerivedFile: ${name} is not a file of ${dir}`);
  return new Uint8Array(readFileSync(join(dir, name)));
}

/** The hex sha256 of `bytes`. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The report's text rebuilt from its lines (joined with LF, no newline added at the end), or null when that is
 * not byte-identical to the published file, i.e. when its sha256 differs from the manifest's.
 * @example reportText(data.reportLines, data.manifest.source)?.byteLength // 71941
 */
export function reportText(
  lines: readonly { text: string }[],
  source: { sha256: string },
): Uint8Array<ArrayBuffer> | null {
  const bytes = new TextEncoder().encode(lines.map((line) => line.text).join('\n'));
  return sha256(bytes) === source.sha256.toLowerCase() ? bytes : null;
}

/**
 * A file size for a download link: `103 B`, `9.1 KB`, `1.2 MB` (1 KB = 1,024 bytes).
 * @example formatBytes(9344, 'en') // '9.1 KB'
 */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`formatBytes: invalid size ${bytes}`);
  const tag = locale === 'zh' ? 'zh-CN' : 'en-US';
  if (bytes < 1024) return `${bytes.toLocaleString(tag)} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${value.toLocaleString(tag, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} ${unit}`;
}
