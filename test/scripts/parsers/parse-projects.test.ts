import { describe, expect, it } from 'vitest';
import type { Indicator, Project } from '../../../scripts/lib/model.ts';
import { parseProjects } from '../../../scripts/parsers/parse-projects.ts';
import { fig, FILE, fixture, parsed } from '../helpers.ts';

function parse(name: string, ...edits: [string, string][]) {
  return parsed((p) => parseProjects(fixture(name, ...edits), FILE, p));
}
const row = (i: Indicator) => [
  i.row,
  i.level1_zh,
  fig(i.level1_max),
  i.level2_zh,
  fig(i.level2_max),
  i.name_zh,
  fig(i.weight),
  i.target,
  i.actual,
  fig(i.score),
  i.reason_zh,
  i.complete,
  i.lines,
];
/** `row` without the row number, the maxima and the reason */
const fewerColumns = (i: Indicator) => [
  i.level1_zh,
  i.level2_zh,
  i.name_zh,
  fig(i.weight),
  i.target,
  i.actual,
  fig(i.score),
  i.complete,
  i.lines,
];

/** A table's name, kind and year, and its budget and spending, as every table test starts them. */
const heading = (t: Omit<Project, 'name_en' | 'slug'>) => [
  t.name_zh,
  t.table_kind,
  t.table_year,
  fig(t.budget),
  fig(t.executed),
];

describe('parseProjects', () => {
  it('reads a full self-evaluation table: name, year, funds row, indicators and total', () => {
    const { out, errors } = parse('table-full');
    expect(errors).toEqual([]);
    expect(out).toHaveLength(1);
    const t = out[0]!;
    expect([
      ...heading(t),
      t.executed_from,
      fig(t.funds_weight),
      fig(t.exec_rate),
      fig(t.funds_score),
      fig(t.total),
      t.totalLine,
      t.lines,
    ]).toEqual([
      '科普活动',
      'full',
      2019,
      '351.74@2',
      '345.66@2',
      'funds_row',
      '10@0',
      '98.27@2',
      '9.8@1',
      '99.6@1',
      708,
      [504, 519, 538, 539, 541, 542, 708],
    ]);
    expect(t.goal_zh).toBe('完成2019年科普项目申报工作，拟支持项目15个左右，开展科普宣传活动。');
    expect(t.outcome_zh).toBe('组织开展科技周活动，组织开展2019年科普项目评审活动，支持项目18个。');
    // the first four rows are quantity indicators under the outputs
    const quantity = ['产出指标', '50@0', '数量指标', '20@0'];
    expect(t.indicators.map(row)).toEqual([
      [1, ...quantity, '科普活动类项目', '5@0', '支持不少于3项', '支持3', '5@0', null, true, [594, 595, 599]],
      [2, ...quantity, '能力提升类项目', '5@0', '支持不少于10项', '支持10', '5@0', null, true, [605, 606, 610]],
      [3, ...quantity, '科学探索实验室类项目', '5@0', '支持不少于2项', '支持2', '5@0', null, true, [616, 617, 621]],
      [
        4,
        ...quantity,
        '科普基地创建、科普活动站类项目',
        '5@0',
        '支持不少于2项',
        '支持2',
        '5@0',
        null,
        true,
        [627, 628, 632],
      ],
      [
        5,
        '产出指标',
        '50@0',
        '质量指标',
        '10@0',
        '申报单位资质',
        '10@0',
        '申报单位必须为丰台区纳税注册的企事业单位和科普基地、科普活动站、科普行社区村等单位。',
        '申报单位必须为丰台区纳税注册的企事业单位和科普基地、科普活动站、科普行社区村等单位。',
        '10@0',
        null,
        true,
        [640, 641, 647],
      ],
      [
        6,
        '产出指标',
        '50@0',
        '进度指标',
        null,
        '支付时间',
        '10@0',
        '当年12月前完成',
        '当年11月完成',
        '10@0',
        null,
        true,
        [653, 654, 658],
      ],
      [
        7,
        '产出指标',
        '50@0',
        '成本指标',
        null,
        '项目预算控制数',
        '10@0',
        '351.74',
        '345.66',
        '9.8@1',
        null,
        true,
        [664, 665, 669],
      ],
      [
        8,
        '效果指标',
        '40@0',
        '效益指标',
        null,
        '提升区域公民科学素质',
        '20@0',
        '提升了区域公民科学素质',
        '达到预期目标',
        '20@0',
        null,
        true,
        [685, 686, 692],
      ],
      [
        9,
        '效果指标',
        '40@0',
        '服务对象满意度指标',
        null,
        '立项单位满意度',
        '20@0',
        '项目单位对此项工作好评',
        '一致好评',
        '20@0',
        null,
        true,
        [700, 701, 705],
      ],
    ]);
  });

  it('reads a short table (自评简表), whose indicators are named by their kind', () => {
    const { out, errors } = parse('table-short');
    expect(errors).toEqual([]);
    const t = out[0]!;
    expect([...heading(t), fig(t.exec_rate), fig(t.funds_score), fig(t.total)]).toEqual([
      '科技新星计划',
      'short',
      2019,
      '100@0',
      '98.58@2',
      '98@0',
      '9.8@1',
      '99.6@1',
    ]);
    expect(t.indicators.map(fewerColumns)).toEqual([
      [
        '产出指标',
        '数量指标',
        '数量指标',
        '20@0',
        '支持科技新星人员10名。',
        '完成预期指标',
        '20@0',
        true,
        [2511, 2512],
      ],
      [
        '产出指标',
        '质量指标',
        '质量指标',
        '10@0',
        '申报人员必须依托科研项目，实现培养目标，提升科研能力水平',
        '实现预期指标',
        '10@0',
        true,
        [2520, 2521],
      ],
      ['产出指标', '进度指标', '进度指标', '10@0', '12月前完成', '11月完成', '10@0', true, [2529, 2530]],
      [
        '产出指标',
        '成本指标',
        '成本指标',
        '10@0',
        '项目预算控制数100万元',
        '98.58万元，完成98%',
        '9.8@1',
        true,
        [2538, 2539],
      ],
      [
        '效果指标',
        '效益指标',
        '效益指标',
        '40@0',
        '实现区域科技人才科研能力水平提升',
        '达到预期目标',
        '40@0',
        true,
        [2551, 2552],
      ],
    ]);
  });

  it('reads a table that lost its header: rows cut apart again, the budget taken from the cost indicator', () => {
    const { out, errors } = parse('table-fragment');
    expect(errors).toEqual([]);
    expect(out.map((t) => [...heading(t), t.executed_from, fig(t.funds_score), fig(t.total)])).toEqual([
      [null, 'fragment', null, '200@0', '200@0', 'cost_indicator', null, '88@0'],
    ]);
    expect(out[0]!.indicators.map(fewerColumns)).toEqual([
      [null, null, null, null, null, null, '10@0', false, [1994]],
      [
        null,
        '进度指标',
        '计划12月前完成',
        '10@0',
        '当年12月前完成20%',
        '当年12月完成',
        '10@0',
        true,
        [1998, 1999, 2002],
      ],
      [null, '成本指标', '项目预算控制数', '10@0', '200', '200', '10@0', true, [2005, 2006, 2009]],
      [
        '效果指标',
        '效益指标',
        '以健全的信用管理制度为保障，以全覆盖的信用信息和信用产品应用为依托，为相关工作人员日常工作提供便利',
        '20@0',
        '提高了工作效率',
        '基本达到当年预期目标',
        '18@0',
        true,
        [2018, 2019, 2025],
      ],
      [
        '效果指标',
        '服务对象满意度指标',
        '系统操作及预期效果好评',
        '20@0',
        '系统操作及预期效果好评',
        '好评率达90%',
        '18@0',
        true,
        [2029, 2030, 2035],
      ],
    ]);
  });

  it('keeps a row that lost its first cells, with its score, as incomplete', () => {
    const { out, errors } = parse('table-lost-cells');
    expect(errors).toEqual([]);
    const broken = out[0]!.indicators.filter((i) => !i.complete);
    expect(broken.map(row)).toEqual([
      [5, '产出指标', '50@0', null, null, null, null, null, null, '5@0', null, false, [433]],
    ]);
    expect(out[0]!.indicators).toHaveLength(10);
    expect(fig(out[0]!.total)).toBe('99.6@1');
  });

  it('names the cell of a damaged score', () => {
    const { errors } = parse('table-full', [
      '\t立项单位满意度\n\t20\n\t项目单位对此项工作好评\n\t一致好评\n\t同效益指标得分计算方式。\n\t20',
      '\t立项单位满意度\n\t20\n\t项目单位对此项工作好评\n\t一致好评\n\t同效益指标得分计算方式。\n\t2O',
    ]);
    expect(errors).toEqual([`${FILE}:705: expected the score (得分) of an indicator, found "2O"`]);
  });
});
