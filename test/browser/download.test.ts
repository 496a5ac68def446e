/**
 * Downloads of every chart, as a reader gets them, with the site's Content-Security-Policy (public/_headers):
 * the CSV starts with a byte-order mark and holds exactly the rows of the chart's data table (numbers
 * unformatted, in 万元), the JSON the same rows with each column's unit, the SVG is a standalone, well-formed file
 * that shows the chart at its size with its title, subtitle (the unit), source and credit as text around it, and
 * the PNG, drawn in the browser from that file, is twice its size (read from the PNG header); the links say that
 * amounts are in 万元.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dist, expectNoProblems, hostHeaders, root, siteUnderTest } from './helpers';
import { parseCsv } from '../site/parse-csv';

const { open } = siteUnderTest({ serve: { headers: hostHeaders(join(root, 'public/_headers')) } });

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

interface TableRow {
  header: string;
  cells: { text: string; wan: string | null }[];
}

/** The chart's data table as the page renders it (rows, with each amount cell's value in 万元). */
function dataTable(page: Page, id: string): Promise<{ columns: number; rows: TableRow[] }> {
  return page.evaluate((id) => {
    const table = document.querySelector(`#${id} .chart-data table`)!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
      const cells = [...tr.children].slice(0, -1); // the last column is the source link
      return {
        header: cells[0]!.textContent!.trim(),
        cells: cells.map((c) => ({ text: c.textContent!.trim(), wan: c.getAttribute('data-amount-wan') })),
      };
    });
    return { columns: table.querySelectorAll('thead th').length - 1, rows };
  }, id);
}

const CHARTS = [
  { path: 'spending/', id: 'spending-budget-vs-final', locale: 'zh' },
  { path: 'en/spending/', id: 'spending-budget-vs-final', locale: 'en' },
  { path: 'en/', id: 'overview-spending', locale: 'en' },
  { path: 'projects/', id: 'projects-execution', locale: 'zh' },
] as const;

describe('chart downloads', () => {
  for (const { path, id, locale } of CHARTS) {
    test(`/${path}#${id}: CSV, JSON, SVG and PNG`, async () => {
      const { page, context, problems, close } = await open(path, { width: 1100 });
      await page.locator(`#${id} .chart-share > summary`).click();
      const table = await dataTable(page, id);
      const suffix = locale === 'en' ? '-en' : '';

      expect(await page.locator(`#${id} a[download][href$=".csv"]`).textContent()).toBe(
        locale === 'zh' ? '数据 CSV（金额单位：万元）' : 'data CSV (amounts in 10,000 yuan)',
      );
      const csv = await download(page, () => page.locator(`#${id} a[download][href$=".csv"]`).click());
      expect(csv.name).toBe(`${id}${suffix}.csv`);
      expect([...csv.bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...records] = parseCsv(csv.bytes.toString('utf8').slice(1));
      expect(header!.at(-1)).toBe('source_lines');
      // the table's columns, then the audit's verdict on each figure it shows (a status and finding ids), then
      // source_lines
      const audit = header!.slice(table.columns, -1);
      expect(audit.length, 'the audit columns come in pairs').toBeGreaterThan(0);
      expect(audit.length % 2).toBe(0);
      for (let k = 0; k < audit.length; k += 2) {
        const of = audit[k]!.replace(/_?audit_status$/, '');
        expect([audit[k], audit[k + 1]]).toEqual([
          of ? `${of}_audit_status` : 'audit_status',
          of ? `${of}_finding_ids` : 'finding_ids',
        ]);
        if (of) expect(header!.slice(0, table.columns), `${of} is a column of the table`).toContain(of);
      }
      const statuses = records.flatMap((r) => audit.filter((_, k) => k % 2 === 0).map((a) => r[header!.indexOf(a)]));
      for (const v of statuses) expect(['consistent', 'conflict', 'could-not-check', 'not-checked', '']).toContain(v);
      expect(header!.length, 'the table’s columns, the audit columns and source_lines').toBe(
        table.columns + audit.length + 1,
      );
      expect(records.length, 'one line per table row').toBe(table.rows.length);
      for (const [i, row] of table.rows.entries()) {
        expect(records[i]![0], `row ${i + 1} name`).toBe(row.header);
        for (const [j, cell] of row.cells.entries()) {
          if (cell.wan !== null)
            expect(records[i]![j], `row ${i + 1}, column ${header![j]}: the amount unformatted`).toBe(cell.wan);
          else if (cell.text === '—') expect(records[i]![j], `row ${i + 1}, column ${header![j]}: missing`).toBe('');
        }
        expect(records[i]!.at(-1), `row ${i + 1} source lines`).toMatch(/^(\d+(;\d+)*)?$/);
      }

      const json = await download(page, () => page.locator(`#${id} a[download][href$=".json"]`).click());
      const data = JSON.parse(json.bytes.toString('utf8'));
      expect(data.id).toBe(id);
      expect(data.locale).toBe(locale);
      expect(data.rows.length).toBe(table.rows.length);
      expect(data.columns.map((c: { key: string }) => c.key)).toEqual(header!.slice(0, table.columns));
      expect(
        data.audit_columns.flatMap((a: { status: string; finding_ids: string }) => [a.status, a.finding_ids]),
      ).toEqual(header!.slice(table.columns, -1));
      expect(data.amount_unit).toBe('万元');
      expect(data.note).toContain('10,000');
      for (const c of data.columns as { key: string; kind: string; unit?: string; about: string }[]) {
        expect(c.about, c.key).toBeTruthy();
        if (c.kind === 'amount') expect(c.unit, c.key).toBe('万元');
        if (c.kind === 'percent') expect(c.unit, c.key).toBe('%');
        if (c.key.endsWith('_printed')) expect(c.about, c.key).toMatch(/printed|所印/);
      }
      expect(data.rows.map((r: Record<string, unknown>) => String(r[header![0]!]))).toEqual(
        table.rows.map((r) => r.header),
      );

      const wide = await page
        .locator(`#${id} .chart-graphic--wide svg`)
        .evaluate((svg) => ({ width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }));
      const svg = await download(page, () => page.locator(`#${id} a[download][href$=".svg"]`).click());
      const text = svg.bytes.toString('utf8');
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
        true,
      );
      expect(text).toContain('<style>');
      expect(text).not.toContain('var(--');
      // parsed in a blank page: the site's CSP would report the file's <style> as an inline style
      const blank = await context.newPage();
      const parsed = await blank.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const root = doc.documentElement;
        const chart = root.querySelector(':scope > svg');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          chart: { width: Number(chart?.getAttribute('width')), height: Number(chart?.getAttribute('height')) },
        };
      }, text);
      // the chart at its size, inside a margin with its words above and below
      expect(parsed.error).toBeNull();
      expect(parsed.chart).toEqual(wide);
      expect(parsed.width).toBeGreaterThan(wide.width);
      expect(parsed.height).toBeGreaterThan(wide.height + 100);

      const png = await download(page, () => page.locator(`#${id} button.chart-png`).click());
      expect(png.name).toBe(`${id}${suffix}.png`);
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({
        width: 2 * parsed.width,
        height: 2 * parsed.height,
      });

      await expectNoProblems(problems);
      await close();
    });
  }

  test('the PNG is the chart, not a blank canvas', async () => {
    const { page, context, close } = await open('spending/', { height: 720 });
    await page.locator('#spending-by-category .chart-share > summary').click();
    const png = await download(page, () => page.locator('#spending-by-category button.chart-png').click());
    // count the pixels of the bars' colour (the light theme's --c1, #0072b2) by drawing the PNG on a canvas
    const blank = await context.newPage(); // the site's CSP allows no data: image
    const share = await blank.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
      let blue = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - 0x00) < 8 && Math.abs(data[i + 1]! - 0x72) < 8 && Math.abs(data[i + 2]! - 0xb2) < 8)
          blue++;
      return blue / (data.length / 4);
    }, png.bytes.toString('base64'));
    expect(share).toBeGreaterThan(0.02);
    await close();
  });

  test('every chart’s SVG shows its title, subtitle (the unit), source and credit as text', async () => {
    const { page, close } = await open('404.html');
    for (const prefix of ['', 'en/']) {
      const folder = join(dist, prefix, 'charts');
      const files = readdirSync(folder).filter((f) => f.endsWith('.svg'));
      expect(files.length).toBeGreaterThan(30);
      for (const file of files) {
        const data = JSON.parse(readFileSync(join(folder, file.replace(/\.svg$/, '.json')), 'utf8'));
        const words = await page.evaluate(
          (markup) => {
            const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
            // the frame's own text (not the chart's), read without line breaks and spaces
            return [...root.children]
              .filter((el) => el.tagName === 'text')
              .map((el) => el.textContent ?? '')
              .join('')
              .replace(/\s+/g, '');
          },
          readFileSync(join(folder, file), 'utf8'),
        );
        const flat = (text: string) => text.replace(/\s+/g, '');
        expect(words, `${prefix}${file}: title`).toContain(flat(data.title));
        expect(words, `${prefix}${file}: subtitle`).toContain(flat(data.subtitle));
        expect(words, `${prefix}${file}: the report`).toContain('北京市丰台区科学技术和信息化局2019年度部门决算');
        expect(words, `${prefix}${file}: the site's copy's lines`).toMatch(/本站转录本|thissite’stranscription/);
        expect(words, `${prefix}${file}: credit`).toContain(
          prefix ? flat('Fengtai STI Bureau: the 2019 accounts') : '丰台区科信局2019年决算',
        );
      }
    }
    await close();
  });
});
