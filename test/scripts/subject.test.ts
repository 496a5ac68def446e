/**
 * The report's subject read from its text by sentence shape (scripts/lib/subject.ts). The lines below are
 * constructed (not pasted from any real report other than this one); the last test reads this report.
 */
import { describe, expect, test } from 'vitest';
import { formationOf, kindOf, placeOf, subjectOf } from '../../scripts/lib/subject.ts';
import { yearAt } from '../../scripts/parse-report.ts';
import { loadReport } from '../../scripts/lib/load-report.ts';
import { REPORT_PATH } from './helpers.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
const year = { value: 2021, line: 1, lines: [1], quote: '2021年度部门决算' };
const read = (...texts: string[]) => {
  const l = lines(...texts);
  const s = subjectOf(l, l, year);
  return {
    department: s.department?.value ?? null,
    line: s.department?.line ?? null,
    short: s.short ? [s.short.value, s.short.printed] : null,
    place: [s.city, s.district],
  };
};

describe('the department, by the shapes of the template', () => {
  test('a title line `<name>20XX年度部门决算`, its short name from a later 以下简称', () => {
    expect(
      read(
        '北京市朝阳区示例局2021年度部门决算',
        '第一部分 2021年度部门决算说明',
        '北京市朝阳区示例局（以下简称示例局）是…',
      ),
    ).toEqual({
      department: '北京市朝阳区示例局',
      line: 1,
      short: ['示例局', true],
      place: ['北京市', '朝阳区'],
    });
  });

  test('`成立<name>（以下简称<short>）`, the verb and what comes before it left out, in either punctuation', () => {
    for (const text of [
      '根据文件精神，将原两个单位的职责整合，成立北京市示例区城市服务局（以下简称城服局），作为区政府工作部门。',
      '根据文件精神,成立北京市示例区城市服务局(以下简称城服局),作为区政府工作部门。',
    ])
      expect(read('第一部分 2021年度部门决算说明', text)).toEqual({
        department: '北京市示例区城市服务局',
        line: 2,
        short: ['城服局', true],
        place: ['北京市', '示例区'],
      });
  });

  test('`<name>（以下简称<short>）` opening a sentence, with quotes around the short name', () => {
    expect(read('一、部门基本情况', '北京市示例区数据中心（以下简称“数据中心”）成立于2010年。').short).toEqual([
      '数据中心',
      true,
    ]);
  });

  test('`<name>是…` in §一; no 以下简称: the short name is the name without its municipality and district', () => {
    expect(read('一、部门基本情况', '北京市示例区档案馆是区政府直属事业单位。')).toEqual({
      department: '北京市示例区档案馆',
      line: 2,
      short: ['档案馆', false],
      place: ['北京市', '示例区'],
    });
  });

  test('a text that names no department gives none (and no short name)', () => {
    expect(read('第一部分 2021年度部门决算说明', '本部门是负责全区工作的部门。')).toEqual({
      department: null,
      line: null,
      short: null,
      place: [null, null],
    });
  });

  test('kinds and places', () => {
    expect(['示例委员会', '示例局', '示例中心', '示例办公室', '示例'].map(kindOf)).toEqual([
      '委员会',
      '局',
      '中心',
      '办公室',
      null,
    ]);
    expect(placeOf('北京市科学技术委员会')).toEqual({ city: '北京市', district: null });
    expect(placeOf('丰台区科技馆')).toEqual({ city: null, district: '丰台区' });
  });
});

describe('the years', () => {
  test('the prior year: 比上年 is the year before, 比2019年 the year printed, 比2021年年初预算 is no prior year', () => {
    const prior = (...t: string[]) => {
      const p = subjectOf(lines(...t), [], year).prior;
      return [p.value, p.label, p.lines];
    };
    expect(
      prior('支出决算5.35万元，比2021年年初预算1.77万元增加3.58万元。', '收入合计10万元，比上年8万元增加2万元。'),
    ).toEqual([2020, '上年', [2]]);
    expect(prior('收入合计10万元，比2019年8万元增加2万元。')).toEqual([2019, '2019年', [1]]);
    expect(prior('收入合计10万元。')).toEqual([2020, null, []]);
  });

  test('the year the projects were evaluated', () => {
    const s = subjectOf(lines('2022年，示例局对2021年度部门项目支出实施了绩效评价，评价项目3个。'), [], year);
    expect([s.evaluated?.value, s.evaluated?.line]).toEqual([2022, 1]);
    expect(subjectOf(lines('没有评价。'), [], year).evaluated).toBeNull();
  });
});

describe('how §一 says the department was formed (constructed sentences)', () => {
  const DEPT = '北京市示例区城市服务局';
  const formed = (text: string, dept: string | null = DEPT) => {
    const f = formationOf(lines('一、部门基本情况', text), dept);
    return f && { from: f.value, year: f.year, line: f.line, quote: f.quote };
  };

  test('`将<A>与<B>整合，成立<name>`: formed from the clause before the verb (将 left out), the document’s year', () => {
    expect(
      formed(`根据示发〔2021〕3号文件精神，将原区甲委的职责与原区乙委的部分职责整合，成立${DEPT}（以下简称城服局）。`),
    ).toEqual({
      from: '原区甲委的职责与原区乙委的部分职责',
      year: 2021,
      line: 2,
      quote: `根据示发〔2021〕3号文件精神，将原区甲委的职责与原区乙委的部分职责整合，成立${DEPT}（以下简称城服局）。`,
    });
  });

  test('`<A>及<B>…合并，成立<local name>`, and `由<A>与<B>合并而成`, the year as printed (`YYYY年`)', () => {
    expect(formed('2021年3月，原示例区甲委员会及原示例区乙委员会部分职能合并，成立示例区城市服务局。')).toMatchObject({
      from: '原示例区甲委员会及原示例区乙委员会部分职能',
      year: 2021,
    });
    expect(formed('城服局由原区甲委与原区乙委合并而成，是区政府工作部门。')).toMatchObject({
      from: '原区甲委与原区乙委',
      year: null,
    });
  });

  test('`组建<name>` and `<name>成立于YYYY年`: formed, from nothing the text says', () => {
    expect(formed(`2020年，根据机构改革方案组建${DEPT}。`)).toMatchObject({ from: null, year: 2020 });
    expect(formed(`${DEPT}（以下简称城服局）成立于2010年，是区政府工作部门。`)).toMatchObject({
      from: null,
      year: 2010,
    });
  });

  test('no formation: a department that only is, a merger that forms something else, the verb for other bodies', () => {
    expect(formed(`${DEPT}（以下简称城服局）是负责全区城市服务工作的区政府工作部门。`)).toBeNull();
    expect(formed('城服局将两个科室的职责整合，成立数据工作组。')).toBeNull();
    expect(formed('鼓励支持相关科研机构的组建和调整，培育发展民办科研机构。')).toBeNull();
    expect(formed('没有部门名称的一句话。', null)).toBeNull();
  });
});

test('this report: 北京市丰台区科学技术和信息化局 (科信局), 2019 compared with 上年 (2018), evaluated in 2020', () => {
  const r = loadReport(REPORT_PATH);
  const s = subjectOf(r.lines, r.lines.slice(1, 34), yearAt(r.lines)!);
  expect(s.department).toMatchObject({ value: '北京市丰台区科学技术和信息化局', line: 3 });
  expect(s.short).toMatchObject({ value: '科信局', printed: true, line: 3 });
  expect([s.city, s.district]).toEqual(['北京市', '丰台区']);
  expect([s.year.value, s.year.line, s.prior.value, s.prior.label, s.prior.line]).toEqual([2019, 1, 2018, '上年', 37]);
  expect([s.evaluated?.value, s.evaluated?.line]).toEqual([2020, 128]);
  expect(s.formed).toMatchObject({ value: '原区科委的职责与原区经信委的信息化职责', year: 2019, line: 3 });
});
