/**
 * Full-page screenshots of pages at several widths, light and dark, for looking at layout and Chinese text.
 * Usage: npx tsx test/browser/screenshots.ts [outDir=/tmp/shots] [path …]   (builds dist/ if it is missing)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, launch, serve } from './helpers';

const [outDir = '/tmp/shots', ...args] = process.argv.slice(2);
const paths = args.length ? args : ['', 'en/'];
const widths = [375, 1280, 1920];

ensureBuilt();
mkdirSync(outDir, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    for (const path of paths) {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/\W+/g, '') || 'zh'}-${width}-${scheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        console.log(join(outDir, name));
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
