/**
 * A site built from another report (issue 12): a constructed variant of this report (test/other-site.ts says how
 * it is rewritten — another department, 北京市朝阳区科技创新服务局 (科创局), the year 2021 compared with 2020, the two
 * largest spending categories' names swapped) run through `npm run data` and built with DERIVED_DIR into
 * .out/other/site/. No page, embed, briefing, download or data file names this report's department or year;
 * the titles, the JSON-LD and the ledes name the other report's; English names the glossary lacks are the Chinese
 * ones, and `npm run data` lists them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { sitePages } from '../../scripts/bench';
import {
  buildOtherSite,
  OTHER_DERIVED,
  OTHER_FACTS,
  OTHER_REPORT as R,
  OTHER_SITE as SITE,
  otherReportText,
} from '../other-site';
import { builtSite, SECTION_ROUTES } from './built-site';
import { root } from '../browser/helpers';

let warnings = '';
beforeAll(() => {
  ({ warnings } = buildOtherSite());
}, 900_000);

const { read, doc } = builtSite(SITE);

/** Every text file of the site (pages, embeds, the briefing, chart downloads, data files), site-relative. */
function textFiles(dir = SITE): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : textFiles(path);
    return /\.(html|json|csv|svg|txt|xml|md)$/.test(name) ? [relative(SITE, path)] : [];
  });
}

/**
 * The report's own text, which the site quotes as printed: the /report/ pages and the data files that copy it
 * (report-lines.json, report-blocks.json, the report file itself). The rewrite leaves no 丰台 or 2019 in it either,
 * so everything else must not say them at all.
 */
const REPORT_TEXT = /^(en\/)?report\/|^data\/(report-lines|report-blocks)\.json$|^data\/report\.txt$/;
// 2019 as a year (2019年, in 2019, the 2019 accounts, (2019)), not as a line number (#L2019, 2018;2019) or a size
const THIS_REPORT = /丰台|Fengtai|科信局|STI Bureau|2019\s*年|[A-Za-z]\s+2019\b|\(2019\b|\b2019\s+[a-z]/;

describe('the constructed variant', () => {
  test('is this report with another department, year and largest category (and nothing of this one’s left)', () => {
    const raw = readFileSync(join(root, 'data/raw/fengtai-sti-2019.txt'), 'utf8');
    const text = otherReportText(raw);
    expect(text.split('\n')).toHaveLength(raw.split('\n').length);
    expect(text).not.toMatch(THIS_REPORT);
    // §一 no longer says how the department was formed (the variant's change: OTHER_FACTS.formation)
    expect(text).toContain(`${R.department}（以下简称${R.short}）是区政府工作部门`);
    expect(text.split('\n').slice(0, 34).join('\n')).not.toMatch(/(?:整合|合并)，?成立|组建[^和]/);
    expect(text.split('\n')[OTHER_FACTS.lowScore.line - 1]).toBe(OTHER_FACTS.lowScore.variant);
    expect(text.split('\n')[0]!.trim()).toBe('第一部分 2021年度部门决算说明');
  });

  test('npm run data reads its subject from the text and lists the names the glossary has no English for', () => {
    const [subject] = JSON.parse(read('data/subject.json')) as Record<string, unknown>[];
    expect(subject).toMatchObject({
      department_zh: R.department,
      department_en: null,
      short_zh: R.short,
      short_printed: true,
      headline_zh: R.headline,
      place_zh: R.place,
      year: R.year,
      prior_year: R.prior,
      evaluation_year: R.year + 1,
      // §一 does not say how it was formed
      formed_from_zh: null,
      formed_year: null,
      formed_line: null,
    });
    expect(warnings).toMatch(
      /name\(s\) have no English in the glossary \(pages show the Chinese\): .*北京市朝阳区科技创新服务局/,
    );
    const manifest = JSON.parse(readFileSync(join(OTHER_DERIVED, 'manifest.json'), 'utf8')) as {
      untranslated_names: string[];
    };
    expect(manifest.untranslated_names).toEqual(expect.arrayContaining([R.department, R.headline, R.place]));
  });
});

describe('a site built from another report', () => {
  test('no page, embed, briefing, chart download or data file names this report’s department or year', () => {
    const files = textFiles();
    expect(files.filter((f) => f.endsWith('index.html')).length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith('embed/'))).toBe(true);
    expect(files.some((f) => f.startsWith('en/charts/'))).toBe(true);
    const naming = files
      .filter((f) => !REPORT_TEXT.test(f))
      .flatMap((f) => {
        const hit = THIS_REPORT.exec(read(f));
        return hit ? [`${f}: …${read(f).slice(Math.max(0, hit.index - 40), hit.index + 20)}…`] : [];
      });
    expect(naming).toEqual([]);
  });

  test('the report’s own text is the variant’s: /report/ quotes it as printed', () => {
    expect(doc('report/index.html').body.textContent).toContain(
      `${R.department}（以下简称${R.short}）是区政府工作部门`,
    );
  });

  test('every page title names the other department and 2021, in both languages', () => {
    const site = { zh: `${R.headline}2021年决算`, en: `${R.headline}: the 2021 accounts` };
    // a title too long for the site's name (pageTitle, max 70) drops it: the sections' titles all keep it
    for (const prefix of ['', 'en/'] as const)
      for (const route of SECTION_ROUTES) {
        const title = doc(`${prefix}${route}index.html`).querySelector('title')!.textContent!;
        expect(title, `${prefix}${route}`).toContain(site[prefix ? 'en' : 'zh']);
      }
    for (const page of sitePages(SITE)) {
      const title = doc(page).querySelector('title')!.textContent!;
      if (title.includes(' · '))
        expect(title.split(' · ').at(-1), page).toBe(site[page.startsWith('en/') ? 'en' : 'zh']);
    }
    expect(doc('briefing/index.html').querySelector('title')!.textContent).toBe(`简报：${R.headline}2021年决算要点`);
    expect(doc('en/briefing/index.html').querySelector('title')!.textContent).toBe(
      `Briefing: ${R.headline}’s 2021 accounts`,
    );
    expect(doc('embed/overview-spending/index.html').body.textContent).toContain(
      `数据来源：${R.department}《2021年度部门决算》`,
    );
  });

  test('the JSON-LD covers 2021 and the other district; the data package names the department', () => {
    for (const page of ['data/index.html', 'en/data/index.html']) {
      const ld = JSON.parse(doc(page).querySelector('script[type="application/ld+json"]')!.textContent!) as {
        temporalCoverage: string;
        spatialCoverage: { name: string };
        creator: { name: string };
      };
      expect(ld.temporalCoverage, page).toBe('2021');
      expect(ld.spatialCoverage.name, page).toBe(R.place);
      expect(ld.creator.name, page).toContain(R.headline);
    }
    expect((JSON.parse(read('datapackage.json')) as { title: string }).title).toBe(
      `${R.department}2021年度部门决算说明：数据表 / the 2021 final accounts of ${R.department} as tables`,
    );
  });

  test('the ledes name the other report’s largest spending category, and the years compared are its own', () => {
    const zh = doc('spending/index.html');
    expect(zh.querySelector('h1')!.textContent).toMatch(new RegExp(`^\\s*${R.largest.zh}占全年`));
    expect(zh.querySelector('.lede')!.textContent).toContain(
      `其中${R.largest.zh}5,504.37 万元，科学技术支出1,434.30 万元`,
    );
    const en = doc('en/spending/index.html');
    expect(en.querySelector('h1')!.textContent!.trim()).toMatch(new RegExp(`^${R.largest.en} took`));
    expect(doc('index.html').querySelector('.lede')!.parentElement!.textContent).toContain(
      `用于${R.largest.zh.replace(/支出$/, '')}`,
    );
    expect(doc('data/index.html').body.textContent).toContain('2020年数');
  });
});

/** A page's text, whitespace folded. */
const text = (page: string, selector = 'body') =>
  [...doc(page).querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim()).join(' ');

describe('the facts the variant changes are the ones its pages tell', () => {
  test('§一 does not say the department was formed: no page says it is new, merged or its predecessors’', () => {
    expect(text('index.html', 'h1')).toBe(`${R.headline}2021年花了多少钱，花在哪里`);
    expect(text('en/index.html', 'h1')).toBe(`How ${R.headline} spent its money in 2021`);
    // the overview's own words (its ledes and key figures; the report's reasons are quoted elsewhere)
    const zh = text('index.html', '.overview header, .overview .keyfigures');
    const en = text('en/index.html', '.overview header, .overview .keyfigures');
    expect(zh).toContain('本年支出合计');
    expect(zh).not.toMatch(/新组建|合并|前身|口径不同/);
    expect(en).toContain('projects took');
    expect(en).not.toMatch(/formed|merg|predecessor|new unit|first year/i);
    const spending = { zh: text('spending/index.html', 'header p'), en: text('en/spending/index.html', 'header p') };
    expect(spending.zh).toContain('最常见的说法是');
    expect(spending.zh).not.toContain('新组建的单位');
    expect(spending.en).toContain('the report most often says');
    expect(spending.en).not.toMatch(/was formed in|institutional reform\. /);
    expect(text('briefing/index.html', '.slide--spent h2')).toMatch(new RegExp(`^${R.headline}2021年支出`));
    expect(text('en/briefing/index.html', '.slide--spent h2')).toMatch(new RegExp(`^${R.headline} spent .* in 2021$`));
  });

  test('its commonest reason has no translation of ours: /en/spending/ quotes it in Chinese, marked, alone', () => {
    const p = [...doc('en/spending/index.html').querySelectorAll('header p')].find((e) =>
      e.textContent!.includes('the report most often says'),
    )!;
    const quote = p.querySelector('q[lang="zh-CN"]')!;
    expect(quote.textContent).toMatch(new RegExp(`^${R.short}本级为机构改革单位`));
    expect(p.textContent).not.toMatch(/bureau itself|institutional reform|“/);
  });

  test('a project scored below 75: /scores/, the overview’s chart and the briefing count it', () => {
    const score = String(OTHER_FACTS.lowScore.score);
    const zh = text('scores/index.html');
    expect(zh).toContain(`最低的得${score} 分：60–75分1个，60分以下0个。`);
    expect(zh).not.toMatch(/没有一个项目落入|60–75分和60分以下没有项目/);
    const en = text('en/scores/index.html');
    expect(en).toContain(`The lowest score is ${score} pts: 1 in the 60–75 band and 0 below 60.`);
    expect(en).not.toMatch(/no project fell in the 60–75|No project is in the 60–75/);
    expect(text('index.html')).toContain('个得分90分以上，1个低于75分');
    expect(text('index.html')).not.toContain('没有低于75分的');
    expect(text('en/index.html')).toContain('scored 90 or more; 1 scored below 75');
    expect(text('briefing/index.html', '.slide--scores h2')).toMatch(/1个项目低于75分$/);
    expect(text('en/briefing/index.html', '.slide--scores h2')).toMatch(/; 1 below 75$/);
    expect(text('briefing/index.html') + text('en/briefing/index.html')).not.toMatch(/没有项目低于75分|none below 75/);
  });

  test('the summary counts two projects evaluated by a third party: /scores/ and the briefing say two, not one', () => {
    // (the lede marks 自评 as a glossary term: its tip is part of the text)
    expect(text('scores/index.html', '.lede')).toMatch(/12个按简易程序自评.*，2个按普通程序由第三方评价，其中/);
    expect(text('en/scores/index.html', '.lede')).toContain(
      '12 evaluated themselves under the simplified procedure, and 2 were evaluated by an outside evaluator',
    );
    expect(text('scores/index.html', '.lede')).not.toMatch(/1个——/);
    expect(text('briefing/index.html')).toContain('按普通程序由第三方评价的项目有2个');
    expect(text('briefing/index.html')).not.toContain('只有孵化专项资金由第三方');
    expect(text('en/briefing/index.html')).not.toContain('only the incubation fund was evaluated by a third party');
  });

  test('the second-largest category had no initial budget, for the reason its text gives: so said, quoted', () => {
    // (the swap gives the second-largest, now named 科学技术支出, the data of this report's second: budget 0)
    const zh = text('index.html', '.overview header');
    expect(zh).toContain('19.74%用于科学技术支出，年初没有预算（报告的解释：年中追加预算，用于区级重点项目）。');
    expect(zh).not.toMatch(/企业奖励/);
    const en = text('en/index.html', '.overview header');
    expect(en).toMatch(/none of it in the initial budget.*; the report’s reason: 年中追加预算，用于区级重点项目\./);
    expect(en).not.toMatch(/mid-year|enterprise awards/);
    expect(text('briefing/index.html')).toContain('报告给出的原因：年中追加预算，用于区级重点项目。');
    expect(text('briefing/index.html') + text('en/briefing/index.html')).not.toMatch(/企业兑现奖励|enterprise awards/);
  });

  test('the job-growth rates the evaluation prints match its figures: the briefing says so, and quotes no −96%', () => {
    expect(text('briefing/index.html')).toContain('它印出的增长率（−3.61%、−46.42%）与所引人数相符');
    expect(text('en/briefing/index.html')).toContain(
      'the growth rates it prints (−3.61%, −46.42%) match the numbers it cites',
    );
    expect(text('briefing/index.html') + text('en/briefing/index.html')).not.toMatch(/−96%|−54%|不符|do not match/);
  });
});
