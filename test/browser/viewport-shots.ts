/**
 * Viewport-sized screenshots down a page (easier to read than one tall image on a phone width).
 * Usage: DIST_DIR=… npx tsx test/browser/viewport-shots.ts <outDir> <path> <width> [height=900] [count=4]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, launch, serve } from './helpers';

const [outDir = '/tmp/vshots', path = '', width = '375', height = '900', count = '4', scheme = 'light'] =
  process.argv.slice(2);
ensureBuilt();
mkdirSync(outDir, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  const context = await browser.newContext({
    colorScheme: scheme as 'light' | 'dark',
    viewport: { width: Number(width), height: Number(height) },
  });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  for (let i = 0; i < Number(count); i++) {
    await page.evaluate((y) => window.scrollTo(0, y), i * (Number(height) - 60));
    const file = join(outDir, `${path.replace(/\W+/g, '') || 'zh'}-${width}-${scheme}-${i}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
