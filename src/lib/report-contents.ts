/**
 * The report's table of contents for /report/: its parts (第一部分…) with their numbered sections (一、…), each
 * with the line it starts on.
 */
import type { ReportBlock } from './data';

export interface ContentsEntry {
  n: number;
  text: string;
  sections: { n: number; text: string }[];
}

/**
 * Headings grouped under the part heading before them; sections before any part heading get a part of their own
 * with `n` 0 and no text.
 * @example reportContents(data.reportBlocks)[0] // { n: 1, text: '第一部分 2019年度部门决算说明', sections: [{ n: 2, text: '一、部门基本情况' }, …] }
 */
export function reportContents(blocks: readonly ReportBlock[]): ContentsEntry[] {
  const parts: ContentsEntry[] = [];
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const text = block.text.trim();
    if (block.section === null) {
      parts.push({ n: block.n, text, sections: [] });
    } else {
      if (parts.length === 0) parts.push({ n: 0, text: '', sections: [] });
      parts[parts.length - 1]!.sections.push({ n: block.n, text });
    }
  }
  return parts;
}

/**
 * The section headings (一、…) whose text holds any of `lines`: a section runs from its heading to the line before
 * the next heading. In report order, without repeats.
 * @example sectionsFor([49, 61], data.reportBlocks) // [{ n: 45, text: '四、一般公共预算财政拨款支出决算情况说明' }]
 */
export function sectionsFor(lines: readonly number[], blocks: readonly ReportBlock[]): { n: number; text: string }[] {
  const headings = blocks
    .filter((b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading')
    .sort((a, b) => a.n - b.n);
  const found = new Map<number, { n: number; text: string }>();
  for (const line of lines) {
    let current: (typeof headings)[number] | undefined;
    for (const heading of headings) {
      if (heading.n > line) break;
      current = heading;
    }
    if (current && current.section !== null) found.set(current.n, { n: current.n, text: current.text.trim() });
  }
  return [...found.values()].sort((a, b) => a.n - b.n);
}
