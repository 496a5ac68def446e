import { describe, expect, it } from 'vitest';
import { parseSpending } from '../../../scripts/parsers/parse-spending.ts';
import { fig, FILE, fixture, parsed } from '../helpers.ts';

function parse(...edits: [string, string][]) {
  const lines = fixture('spending', ...edits);
  return parsed((p) => parseSpending(lines.slice(1), lines[0]!, FILE, p));
}

describe('parseSpending', () => {
  it('reads the category list: total, amounts and shares as printed', () => {
    const { out, errors } = parse();
    expect(errors).toEqual([]);
    expect(fig(out.total)).toBe('7264.44@2');
    expect(out.overview.map((o) => [o.name_zh, fig(o.amount), fig(o.share), o.lines])).toEqual([
      ['一般公共服务支出', '15.3@2', '0.21@2', [49]],
      ['教育支出', '5.35@2', '0.07@2', [49]],
      ['科学技术支出', '5504.37@2', '75.77@2', [49]],
      ['社会保障和就业', '104.37@2', '1.44@2', [49]],
      ['农林水支出', '4.42@2', '0.06@2', [49]],
      ['资源勘探信息等支出', '1434.3@1', '19.74@2', [49]],
      ['住房保障支出', '170.96@2', '2.35@2', [49]],
      ['安全监管支出', '25.37@2', '0.35@2', [49]],
    ]);
  });

  it('reads every 类 and 款 with final, budget (null where none), change, growth and line', () => {
    const { out } = parse();
    expect(
      out.items.map((i) => [
        i.level,
        i.category_zh,
        i.name_zh,
        fig(i.final),
        fig(i.budget),
        fig(i.change),
        fig(i.growth),
        i.lines[0],
      ]),
    ).toEqual([
      ['category', '一般公共服务支出', '一般公共服务支出', '15.3@2', null, null, null, 52],
      ['subcategory', '一般公共服务支出', '政府办公厅（室）及相关机构事务', '8.33@2', null, null, '100@0', 54],
      ['subcategory', '一般公共服务支出', '组织事务', '6.97@2', null, null, '100@0', 56],
      ['category', '教育支出', '教育支出', '5.35@2', '1.77@2', '3.58@2', '202.26@2', 58],
      ['subcategory', '教育支出', '进修及培训', '5.35@2', '1.77@2', '3.58@2', '202.26@2', 60],
      ['category', '科学技术支出', '科学技术支出', '5504.37@2', '687.92@2', '4816.45@2', '700.15@2', 61],
      ['subcategory', '科学技术支出', '科学技术管理事务', '4472.46@2', '284.36@2', '4188.1@2', '1472.82@2', 63],
      ['subcategory', '科学技术支出', '应用研究', '232.54@2', '232.54@2', null, '100@0', 64],
      ['subcategory', '科学技术支出', '科学技术普及', '799.37@2', '403.56@2', '395.81@2', '98.08@2', 65],
      ['category', '社会保障和就业支出', '社会保障和就业支出', '104.37@2', '87.81@2', '16.56@2', '18.86@2', 67],
      ['subcategory', '社会保障和就业支出', '行政事业单位离退休', '104.37@2', '87.81@2', '16.56@2', '18.86@2', 69],
      ['category', '农林水支出', '农林水支出', '4.42@2', null, '4.42@2', '100@0', 71],
      ['subcategory', '农林水支出', '一般行政管理事务', '4.42@2', null, '4.42@2', '100@0', 73],
      ['category', '资源勘探信息等支出', '资源勘探信息等支出', '1434.3@2', null, '1434.3@2', '100@0', 75],
      ['subcategory', '资源勘探信息等支出', '其他资源勘探信息等支出', '1434.3@2', null, '1434.3@2', '100@0', 77],
      ['category', '住房保障支出', '住房保障支出', '170.96@2', '101.08@2', '69.88@2', '69.13@2', 79],
      ['subcategory', '住房保障支出', '住房改革支出', '170.96@2', '101.08@2', '69.88@2', '69.13@2', 81],
      ['category', '安全监管支出', '安全监管支出', '25.37@2', null, '25.37@2', '100@0', 82],
      ['subcategory', '安全监管支出', '应急管理事务', '25.37@2', null, '25.37@2', '100@0', 84],
    ]);
  });

  it('keeps the reason the report gives for each sub-category', () => {
    const { out } = parse();
    const reasons = out.items.filter((i) => i.level === 'subcategory').map((i) => i.reason_zh?.slice(0, 12));
    expect(reasons).toEqual([
      '新组建单位，第一年填报，',
      '新组建单位，第一年填报，',
      '科信局本级为机构改革单位',
      '科信局本级为机构改革单位',
      '科信局本级为机构改革单位',
      '科信局本级为机构改革单位',
      '科信局本级为机构改革单位',
      '科信局本级为机构改革单位',
      '年中追加预算，支付企业兑',
      '科信局本级为机构改革单位',
      '科信局本级为机构改革单位',
    ]);
    expect(out.items.find((i) => i.name_zh === '科学技术管理事务')!.reason_zh).toBe(
      '科信局本级为机构改革单位，资金为两个单位的合并经费，无年初预算，预算为两个二级单位经费。该款项主要为信用、信息、数据、网络委托运维费',
    );
  });

  it('reports a damaged amount with file, line and what it found', () => {
    const { errors } = parse(['科学技术支出5504.37万元，占总支出', '科学技术支出55O4.37万元，占总支出']);
    expect(errors).toEqual([`${FILE}:49: expected an amount after 科学技术支出, found "55O4.37"`]);
  });

  it('reports a sub-category sentence with no budget clause', () => {
    const { errors } = parse([
      '“组织事务”2019年度决算6.97万元， 2019年年初无预算，',
      '“组织事务”2019年度决算6.97万元，',
    ]);
    expect(errors).toEqual([
      `${FILE}:56: expected “比…年初预算…” or “年初无预算” after “组织事务”, found "2019年度决算6.97万元，增长率为100%，主要原因是新组建单位，第一年填报，无年初预算。"`,
    ]);
  });
});
