/**
 * The share control of every chart: the permalink, the embed code (iframe with a title, and the embed.js line)
 * and the citation (GB/T 7714 in Chinese, plain in English) are correct, absolute and carry the reader's view
 * (?unit=…); the citation is dated today by the reader's clock (the built page holds no date); copying works
 * from the keyboard; without JavaScript the control shows the same fields, root-relative and undated. (Pages with
 * every share control open pass axe in both themes in spending.test.ts and projects.test.ts.)
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUnderTest, type OpenOptions } from './helpers';

const TODAY = new Date('2026-11-27T10:00:00');
const site = siteUnderTest({
  defaults: { width: 1100 },
  prepare: async (context, { javaScriptEnabled }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    if (javaScriptEnabled) await context.clock.setFixedTime(TODAY);
  },
});

/** Opens `path` with clipboard access and today's date fixed; `errors` are those of the page's loading. */
async function open(
  path: string,
  options: OpenOptions = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const { page, context, problems } = await site.open(path, options);
  const { errors, failed } = await problems();
  return { page, context, errors: [...errors, ...failed] };
}

/** Opens the share control of chart `id` and returns its fields' values. */
async function share(page: Page, id: string): Promise<{ link: string; embed: string; cite: string }> {
  await page.locator(`#${id} .chart-share > summary`).click();
  return {
    link: await page.inputValue(`#${id}-share-link`),
    embed: await page.inputValue(`#${id}-share-embed`),
    cite: await page.inputValue(`#${id}-share-cite`),
  };
}

/** The chart's title and source lines, as its figure shows them. */
async function chart(page: Page, id: string): Promise<{ title: string; lines: string[] }> {
  return {
    title: (await page.locator(`#${id}-title`).textContent())!.trim(),
    lines: await page.locator(`#${id} .chart-source a`).allTextContents(),
  };
}

describe('share control', () => {
  test('Chinese: permalink, embed code and GB/T 7714 citation, absolute and dated today', async () => {
    const { page, context, errors } = await open('spending/');
    const { link, embed, cite } = await share(page, 'spending-by-category');
    const { title, lines } = await chart(page, 'spending-by-category');
    const url = `${site.url}spending/#spending-by-category`;
    expect(link).toBe(url);
    const height = /height="(\d+)"/.exec(embed)?.[1];
    expect(Number(height)).toBeGreaterThan(300);
    expect(embed).toBe(
      `<iframe src="${site.url}embed/spending-by-category/" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>\n` +
        `<script src="${site.url}embed.js" async></script>`,
    );
    // the bureau's report as printed (no URL of this site), then the chart as a dataset quoting the site's copy
    expect(cite).toBe(
      `北京市丰台区科学技术和信息化局. 北京市丰台区科学技术和信息化局2019年度部门决算[R]. 北京: 北京市丰台区科学技术和信息化局, 2020. ` +
        `转引自: 丰台区科信局2019年决算. ${title}[DS/OL]. 第${lines.join('、')}行（本站转录本）[2026-11-27]. ${url}.`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a citation of several lines lists them all', async () => {
    const { page, context } = await open('scores/');
    const { cite } = await share(page, 'scores-vs-execution');
    const { lines } = await chart(page, 'scores-vs-execution');
    expect(lines.length).toBeGreaterThan(1);
    expect(cite).toContain(
      `[DS/OL]. 第${lines.join('、')}行（本站转录本）[2026-11-27]. ${site.url}scores/#scores-vs-execution.`,
    );
    await context.close();
  });

  test('English: the plain citation, and the English embed page', async () => {
    const { page, context } = await open('en/procurement/');
    const { link, embed, cite } = await share(page, 'procurement-by-type');
    const { title, lines } = await chart(page, 'procurement-by-type');
    const url = `${site.url}en/procurement/#procurement-by-type`;
    expect(link).toBe(url);
    expect(embed).toContain(`<iframe src="${site.url}en/embed/procurement-by-type/" title="`);
    const where =
      lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
    const bureau = 'Science, Technology and Informatization Bureau of Fengtai District, Beijing';
    expect(cite).toBe(
      `${bureau}. 2020. 2019 final accounts of the ${bureau} [北京市丰台区科学技术和信息化局2019年度部门决算]. Beijing: ${bureau}. ` +
        `Quoted in Fengtai STI Bureau: the 2019 accounts, “${title}” (dataset), ${where} of this site’s transcription. ` +
        `${url} (accessed 27 November 2026).`,
    );
    await context.close();
  });

  test('the permalink and embed URL carry the reader’s view, and follow it when it changes', async () => {
    const { page, context } = await open('spending/?unit=yuan');
    let fields = await share(page, 'spending-by-category');
    expect(fields.link).toBe(`${site.url}spending/?unit=yuan#spending-by-category`);
    expect(fields.embed).toContain(`src="${site.url}embed/spending-by-category/?unit=yuan"`);
    expect(fields.cite).toContain(`${site.url}spending/?unit=yuan#spending-by-category.`);
    await page.locator('[data-unit-switch] input[value="yi"]').check();
    await expect
      .poll(() => page.inputValue('#spending-by-category-share-link'))
      .toBe(`${site.url}spending/?unit=yi#spending-by-category`);
    await page.locator('[data-unit-switch] input[value="wan"]').check();
    await expect
      .poll(() => page.inputValue('#spending-by-category-share-link'))
      .toBe(`${site.url}spending/#spending-by-category`);
    await page.locator('[data-drilldown-control] input[value="spending-sub-education"]').check();
    fields = await share(page, 'spending-sub-education');
    expect(fields.link).toBe(`${site.url}spending/#spending-sub-education`);
    await context.close();
  });

  test('copies the link, the embed code and the citation from the keyboard', async () => {
    const { page, context } = await open('spending/');
    const fields = await share(page, 'spending-by-category');
    const status = page.locator('#spending-by-category [data-share-status]');
    for (const [name, key] of [
      ['link', 'Enter'],
      ['embed', 'Space'],
      ['cite', 'Enter'],
    ] as const) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.focus(`#spending-by-category-share-${name}`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.copy)).toBe(
        `spending-by-category-share-${name}`,
      );
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(fields[name]);
      await expect.poll(() => status.textContent()).toBe('已复制到剪贴板。');
    }
    await context.close();
  });

  test('a chart with a disputed figure: the citation gives each finding’s URL on the reader’s host', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await open('en/projects/', { javaScriptEnabled });
      const { cite } = await share(page, 'projects-execution');
      const findings = [...cite.matchAll(/\(([^()\s]*\/audit\/#finding-[^()\s]+)\)/g)].map((m) => m[1]!);
      expect(findings.length, 'findings named').toBeGreaterThan(0);
      const host = javaScriptEnabled ? site.url : new URL(site.url).pathname;
      for (const url of findings)
        expect(url.startsWith(`${host}en/audit/#finding-`), `${url} (with JavaScript: ${javaScriptEnabled})`).toBe(
          true,
        );
      expect(cite).not.toContain('{at:');
      await context.close();
    }
  });

  test('without JavaScript the control is in the page: root-relative URLs, no date, no copy buttons', async () => {
    const { page, context } = await open('spending/', { javaScriptEnabled: false });
    const { link, embed, cite } = await share(page, 'spending-by-category');
    const base = new URL(site.url).pathname;
    expect(link).toBe(`${base}spending/#spending-by-category`);
    expect(embed).toContain(`<iframe src="${base}embed/spending-by-category/" title="`);
    expect(embed).toContain(`<script src="${base}embed.js" async></script>`);
    expect(cite).toMatch(/\[DS\/OL\]\. 第[\d、]+行（本站转录本）\[引用日期\]\. \/.*spending\/#spending-by-category\.$/);
    expect(
      await page.locator('#spending-by-category .share-copy:visible, #spending-by-category .chart-png:visible').count(),
    ).toBe(0);
    expect(await page.locator('#spending-by-category a[download]:visible').count()).toBe(3);
    await context.close();
  });
});
