import { describe, expect, it } from 'vitest';
import { parseOtherMatters } from '../../../scripts/parsers/parse-other-matters.ts';
import { fig, FILE, fixture, otherMattersSections, parsed } from '../helpers.ts';

function parse(...edits: [string, string][]) {
  const lines = fixture('other-matters', ...edits);
  return parsed((p) => parseOtherMatters(otherMattersSections(lines), FILE, p));
}

describe('parseOtherMatters', () => {
  it('reads the “三公” costs, converting 元 to 万元 and keeping “same as budget” as a null budget', () => {
    const { out, errors } = parse();
    expect(errors).toEqual([]);
    expect(
      out.threePublic.map((i) => [i.item, i.item_zh, fig(i.final), fig(i.budget), fig(i.change), i.reason_zh, i.lines]),
    ).toEqual([
      ['total', '“三公”经费', '0@4', '1.15@2', '-1.15@2', null, [93]],
      ['overseas_travel', '因公出国（境）费用', '0@4', null, null, '市里统一安排出国调研，区内无经费安排', [95]],
      ['official_reception', '公务接待费', '0@4', '1.15@2', '-1.15@2', '无此项支出', [96]],
      ['vehicles', '公务用车购置及运行维护费', '0@0', null, null, null, [98]],
    ]);
  });

  it('reads agency running costs with the prior year and the reason', () => {
    const { out } = parse();
    const c = out.runningCosts!;
    expect([fig(c.amount), fig(c.prior), fig(c.change), c.lines]).toEqual(['84.1@2', '75.09@2', '9.01@2', [102]]);
    expect(c.reason_zh).toBe('机构合并后人员增多，费用相应增加');
  });

  it('reads procurement by type and the SME and small-and-micro shares', () => {
    const { out } = parse();
    expect(out.procurement.map((x) => [x.item, fig(x.amount), fig(x.share), x.lines])).toEqual([
      ['total', '2148.92@2', null, [106]],
      ['goods', '190.07@2', null, [106]],
      ['works', '0@4', null, [106]],
      ['services', '1958.85@2', null, [106]],
      ['sme', '1074.18@2', '49.99@2', [106]],
      ['small_micro', '205.93@2', '9.58@2', [106]],
    ]);
    expect(fig(out.purchasedServices!.amount)).toBe('3091.68@2');
    expect(out.purchasedServices!.lines).toEqual([116]);
  });

  it('reports a damaged procurement figure precisely', () => {
    const { errors } = parse(['政府采购货物支出190.07万元', '政府采购货物支出19O.07万元']);
    expect(errors).toEqual([`${FILE}:106: expected an amount after 政府采购货物支出, found "19O.07"`]);
  });
});
