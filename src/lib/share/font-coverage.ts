/**
 * Which characters a TrueType/OpenType font has glyphs for, read from its cmap table (formats 4 and 12), so the
 * social images can say which characters they would draw as blanks.
 */
import { readFileSync } from 'node:fs';

/**
 * The code points `file` maps to a glyph.
 * @throws if the file is not a single sfnt font or has no Unicode cmap subtable of format 4 or 12
 */
export function fontCoverage(file: string): Set<number> {
  const data = readFileSync(file);
  const tag = data.toString('latin1', 0, 4);
  if (tag !== 'OTTO' && data.readUInt32BE(0) !== 0x00010000)
    throw new Error(`fontCoverage: ${file} is not an OpenType font (${JSON.stringify(tag)})`);
  const tables = data.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (data.toString('latin1', record, record + 4) === 'cmap') cmap = data.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error(`fontCoverage: ${file} has no cmap table`);
  const subtables = new Map<number, number>();
  for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const platform = data.readUInt16BE(record);
    const encoding = data.readUInt16BE(record + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      const offset = cmap + data.readUInt32BE(record + 4);
      subtables.set(data.readUInt16BE(offset), offset);
    }
  }
  const codes = new Set<number>();
  const twelve = subtables.get(12);
  const four = subtables.get(4);
  if (twelve !== undefined) {
    const groups = data.readUInt32BE(twelve + 12);
    for (let g = 0; g < groups; g++) {
      const at = twelve + 16 + 12 * g;
      const [start, end, glyph] = [data.readUInt32BE(at), data.readUInt32BE(at + 4), data.readUInt32BE(at + 8)];
      for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) codes.add(c);
    }
  } else if (four !== undefined) {
    const segments = data.readUInt16BE(four + 6) / 2;
    const ends = four + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const ranges = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const end = data.readUInt16BE(ends + 2 * s);
      const start = data.readUInt16BE(starts + 2 * s);
      const delta = data.readInt16BE(deltas + 2 * s);
      const range = data.readUInt16BE(ranges + 2 * s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (range === 0) glyph = (c + delta) & 0xffff;
        else {
          const raw = data.readUInt16BE(ranges + 2 * s + range + 2 * (c - start));
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (glyph !== 0) codes.add(c);
      }
    }
  } else throw new Error(`fontCoverage: ${file} has no Unicode cmap subtable of format 4 or 12`);
  return codes;
}

/** The characters of `text` (other than white space) that `coverage` lacks, each once, in order. */
export function missingCharacters(text: string, coverage: Set<number>): string[] {
  const missing = new Set<string>();
  for (const c of text) if (!/\s/.test(c) && !coverage.has(c.codePointAt(0)!)) missing.add(c);
  return [...missing];
}
