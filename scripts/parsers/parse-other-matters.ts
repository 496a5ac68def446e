import type { ReportLine } from '../lib/load-report.ts';
import type { OtherMatters, ThreePublicItem } from '../lib/model.ts';
import type { Fig } from '../lib/read-figures.ts';
import { ReportError, type Problems } from '../lib/report-error.ts';
import { amountIn, findLine, percentIn, T } from '../lib/sentence.ts';
import { reasonIn } from './parse-overview.ts';

/** An amount printed in 元 is converted to 万元, keeping its precision (0元 → 0 万元 at 4 more decimals). */
function inWan(fig: Fig, unit: string | undefined): Fig {
  return unit === '元' ? { ...fig, value: fig.value / 10_000, decimals: fig.decimals + 4 } : fig;
}
function signed(fig: Fig | null, word: string | undefined): Fig | null {
  return fig && word && /减少|下降/.test(word) ? { ...fig, value: -fig.value } : fig;
}

const U = '(万元|元)';
const TP_TOTAL = new RegExp(`“三公”经费财政拨款决算数${T}${U}，比.*?年初预算${T}${U}?(增加|减少)${T}${U}`);
const TP_ITEM = new RegExp(
  `^\\s*\\d+[.．、]\\s*(.+?)。\\d{4}年决算数${T}${U}，(?:(与\\d{4}年年初预算数一致)|比\\d{4}年年初预算数${T}${U}(增加|减少)${T}${U})`,
);
const TP_KEYS: [RegExp, ThreePublicItem['item']][] = [
  [/出国/, 'overseas_travel'],
  [/接待/, 'official_reception'],
  [/公务用车/, 'vehicles'],
];

function parseThreePublic(body: ReportLine[], file: string, problems: Problems): ThreePublicItem[] {
  const items: ThreePublicItem[] = [];
  const total = findLine(body, TP_TOTAL);
  if (total) {
    const { line, match: m } = total;
    problems.attempt(() => {
      const budget = inWan(amountIn(m, 3, file, line.n, '年初预算'), m[4] ?? m[8]);
      items.push({
        item: 'total',
        item_zh: '“三公”经费',
        final: inWan(amountIn(m, 1, file, line.n, '决算数'), m[2]),
        budget,
        change: signed(inWan(amountIn(m, 6, file, line.n, m[5]!), m[7]), m[5]),
        reason_zh: null,
        lines: [line.n],
        quote: line.text.trim(),
      });
    }, undefined);
  }
  for (const line of body) {
    const m = TP_ITEM.exec(line.text);
    if (!m) continue;
    const key = TP_KEYS.find(([re]) => re.test(m[1]!));
    if (!key) continue;
    problems.attempt(() => {
      const same = m[4] !== undefined;
      items.push({
        item: key[1],
        item_zh: m[1]!,
        final: inWan(amountIn(m, 2, file, line.n, '决算数'), m[3]),
        budget: same ? null : inWan(amountIn(m, 5, file, line.n, '年初预算数'), m[6]),
        change: same ? null : signed(inWan(amountIn(m, 8, file, line.n, m[7]!), m[9]), m[7]),
        reason_zh: reasonIn(line.text),
        lines: [line.n],
        quote: line.text.trim(),
      });
    }, undefined);
  }
  return items;
}

const RUNNING = new RegExp(`日常公用经费支出，合计${T}万元，比上年${T}(?:万元)?(增加|减少)${T}万元[，。](.*)$`);

function parseRunningCosts(body: ReportLine[], file: string): OtherMatters['runningCosts'] {
  const found = findLine(body, RUNNING);
  if (!found) {
    const mention = body.find((l) => /合计/.test(l.text));
    if (mention)
      throw new ReportError(
        file,
        mention.n,
        `expected “合计X万元，比上年Y增加Z万元”, found "${mention.text.trim().slice(0, 50)}"`,
      );
    return null;
  }
  const { line, match: m } = found;
  const reason = /(?:增加|减少|主要)原因[：:](.+?)(?:。|$)/.exec(m[5] ?? '');
  return {
    amount: amountIn(m, 1, file, line.n, '合计'),
    prior: amountIn(m, 2, file, line.n, '比上年'),
    change: signed(amountIn(m, 4, file, line.n, m[3]!), m[3])!,
    reason_zh: reason ? reason[1]!.trim() : null,
    lines: [line.n],
    quote: line.text.trim(),
  };
}

type ProcurementItem = OtherMatters['procurement'][number]['item'];
/** Each item's label as the sentence prints it: `政府采购支出总额X万元，其中：政府采购货物支出Y万元，…` */
const PROCUREMENT: Record<ProcurementItem, string> = {
  total: '政府采购支出总额',
  goods: '政府采购货物支出',
  works: '政府采购工程支出',
  services: '政府采购服务支出',
  sme: '授予中小企业合同金额',
  small_micro: '授予小微企业合同金额',
};

function parseProcurement(body: ReportLine[], file: string, problems: Problems): OtherMatters['procurement'] {
  const line = body.find((l) => l.text.includes('政府采购支出总额'));
  if (!line) return [];
  const rows: OtherMatters['procurement'] = [];
  for (const [item, label] of Object.entries(PROCUREMENT) as [ProcurementItem, string][]) {
    const m = new RegExp(`${label}${T}${U}(?:，占[^%，。]*?的?${T}%)?`).exec(line.text);
    if (!m) {
      problems.error(line.n, `expected “${label}X万元”, found none`);
      continue;
    }
    problems.attempt(() => {
      rows.push({
        item,
        item_zh: label,
        amount: inWan(amountIn(m, 1, file, line.n, label), m[2]),
        share: m[3] !== undefined ? percentIn(m, 3, file, line.n, `${label}的占比`) : null,
        lines: [line.n],
        quote: m[0],
      });
    }, undefined);
  }
  return rows;
}

const PURCHASED = new RegExp(`政府购买服务决算${T}万元`);

/** Parses Part 2: “三公” costs, agency running costs, procurement, government-purchased services. */
export function parseOtherMatters(
  sections: {
    three_public?: ReportLine[];
    running_costs?: ReportLine[];
    procurement?: ReportLine[];
    purchased_services?: ReportLine[];
  },
  file: string,
  problems: Problems,
): Omit<OtherMatters, 'terms'> {
  const purchased = sections.purchased_services && findLine(sections.purchased_services, PURCHASED);
  return {
    threePublic: sections.three_public ? parseThreePublic(sections.three_public, file, problems) : [],
    runningCosts: sections.running_costs
      ? problems.attempt(() => parseRunningCosts(sections.running_costs!, file), null)
      : null,
    procurement: sections.procurement ? parseProcurement(sections.procurement, file, problems) : [],
    purchasedServices: purchased
      ? problems.attempt(
          () => ({
            amount: amountIn(purchased.match, 1, file, purchased.line.n, '政府购买服务决算'),
            lines: [purchased.line.n],
            quote: purchased.line.text.trim(),
          }),
          null,
        )
      : null,
  };
}
