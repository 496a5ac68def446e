import { describe, expect, it } from 'vitest';
import { ReportError } from '../../../scripts/lib/report-error.ts';
import { parseOverview, readPart } from '../../../scripts/parsers/parse-overview.ts';
import { fig, FILE, fixture, parsed } from '../helpers.ts';

/** Part 1 §一–§三 of the report: staff, totals with the prior year, income and expenditure lists. */
function parse(...edits: [string, string][]) {
  const lines = fixture('overview', ...edits);
  const totals = lines.filter((l) => l.n >= 36 && l.n <= 42);
  return parsed((p) =>
    parseOverview(
      { basic_info: lines.filter((l) => l.n === 35), totals, fiscal_totals: lines.filter((l) => l.n === 44) },
      FILE,
      p,
    ),
  );
}

describe('parseOverview', () => {
  it('reads every total with its prior year, change, growth, reason and line', () => {
    const { out, errors } = parse();
    expect(errors).toEqual([]);
    expect(
      out.totals.map((t) => [
        t.metric,
        t.name_zh,
        fig(t.amount),
        fig(t.prior),
        fig(t.change),
        fig(t.growth),
        t.reason_zh,
        t.lines,
      ]),
    ).toEqual([
      [
        'income_expenditure_total',
        '收、支总计',
        '8375.64@2',
        '1075.56@2',
        '7300.08@2',
        '678.72@2',
        '科信局（本级）为新组建单位，无往年预决算',
        [37],
      ],
      ['income_total', '本年收入合计', '7661.6@2', '995.4@2', '6666.2@2', '669.7@2', null, [39]],
      ['expenditure_total', '本年支出合计', '7266.76@2', '995.74@2', '6271.02@2', '629.78@2', null, [41]],
      [
        'fiscal_total',
        '财政拨款收、支总计',
        '8285.4@2',
        '982.22@2',
        '7303.18@2',
        '743.54@2',
        '科信局（本级）为新组建单位，无往年预决算',
        [44],
      ],
    ]);
  });

  it('reads the 其中 lists of income by source and expenditure by type, with shares where printed', () => {
    const { out } = parse();
    expect(
      out.breakdowns.map((b) => [
        b.kind,
        fig(b.total),
        b.parts.map((p) => [p.name_zh, fig(p.amount), fig(p.share), p.lines[0]]),
      ]),
    ).toEqual([
      [
        'income',
        '7661.6@2',
        [
          ['财政拨款收入', '7650.49@2', '99.85@2', 39],
          ['上级补助收入', '0@0', null, 39],
          ['事业收入', '11.12@2', '0.15@2', 39],
          ['经营收入', '0@0', null, 39],
          ['附属单位上缴收入', '0@0', null, 39],
          ['其他收入', '0@0', null, 39],
        ],
      ],
      [
        'expenditure',
        '7266.76@2',
        [
          ['基本支出', '1223.17@2', '16.83@2', 41],
          ['项目支出', '6043.59@2', '83.17@2', 41],
          ['上缴上级支出', '0@0', null, 41],
          ['经营支出', '0@0', null, 41],
          ['对附属单位补助支出', '0@0', null, 41],
        ],
      ],
    ]);
  });

  it('reads the staff establishment', () => {
    const { out } = parse();
    expect(out.staff.map((s) => [s.establishment_zh, fig(s.authorised), fig(s.actual), s.lines])).toEqual([
      ['行政编制', '27@0', '23@0', [35]],
      ['事业编制', '30@0', '26@0', [35]],
    ]);
  });

  it('names the file, line and the damaged figure', () => {
    const { errors } = parse(['事业收入11.12万元', '事业收入11,1.2万元']);
    expect(errors).toEqual([`${FILE}:39: expected an amount after 事业收入, found "11,1.2"`]);
  });

  it('says which sentence it expected when a total lost its shape', () => {
    const { errors } = parse(['比上年995.40万元增加', '较上年995.40万元增加']);
    expect(errors).toEqual([
      `${FILE}:39: expected “本年收入合计X万元，比上年Y万元增加Z万元，增长G%”, found "2019年度本年收入合计7661.60万元，较上年995.40万元增加6666.20万元，增长669.70%，其中：财政"`,
    ]);
  });

  it('readPart rejects a clause with no figure', () => {
    expect(() => readPart('财政拨款收入若干', FILE, 39)).toThrow(ReportError);
  });
});
