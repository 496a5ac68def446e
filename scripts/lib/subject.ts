/**
 * The report's subject, read from its text by the shapes of the template's sentences (never by one department's
 * name): the department's full name, its short name, the year of the accounts, the year it is compared with, the
 * municipality and district, and the year the projects were evaluated — each with the line it is printed on.
 */
import type { ReportLine } from './load-report.ts';
import type { Quoted } from './model.ts';
import { fold } from './fold.ts';

/** A name or year as printed, with its line and the words it was read from. */
export interface Named<T = string> extends Quoted {
  value: T;
  line: number;
}

export interface Subject {
  /** the department's full name (北京市丰台区科学技术和信息化局); null where the text does not name it */
  department: Named | null;
  /**
   * its short name: as the report abbreviates it (`（以下简称科信局）`, `printed`), else the full name without its
   * municipality and district (北京市朝阳区某某局 → 某某局); null with the department
   */
  short: (Named & { printed: boolean }) | null;
  /** the municipality (北京市) and district or county (丰台区) the department's name begins with, where it does */
  city: string | null;
  district: string | null;
  /** the year of the accounts (`2019年度部门决算`) */
  year: Named<number>;
  /** the year the report compares with: `比上年` is the year before, `比2017年` the year printed */
  prior: Named<number> & { label: string | null };
  /** the year the projects were evaluated (`2020年，…对2019年度部门项目支出实施了绩效评价`), where it is printed */
  evaluated: Named<number> | null;
  /**
   * how §一 says the department was formed, where it does: what it was formed from (`将<A>与<B>整合，成立…` →
   * `<A>与<B>`; null where the sentence does not say, `组建<name>`), the year the sentence prints (`YYYY年`, else
   * the year of the document it cites, `〔YYYY〕`; null where it prints none), its line and the sentence
   */
  formed: (Named<string | null> & { year: number | null }) | null;
}

/** How a department's or unit's name ends (the kind of body it is). */
export const UNIT_KINDS = ['委员会', '办公室', '局', '委', '中心', '院', '所', '馆', '站', '厅', '处', '会', '政府'];
const KIND = UNIT_KINDS.join('|');
const NAME = `[\\u4e00-\\u9fa5（）]{2,40}?(?:${KIND})`;
/** words that come before a name in the sentences that name it (`成立…`, `组建…`) */
const LEAD = /^(?:.*?[，。；：])?(?:新?成立|组建|设立|改设|更名为)?/;

/** The kind a name ends with (`局`, `委员会`), longest first. */
export const kindOf = (name: string): string | null =>
  [...UNIT_KINDS].sort((a, b) => b.length - a.length).find((k) => name.endsWith(k)) ?? null;

/** The municipality and district a name begins with: 北京市丰台区科学技术和信息化局 → 北京市, 丰台区. */
export function placeOf(name: string): { city: string | null; district: string | null } {
  const m = /^([\u4e00-\u9fa5]{2,3}市)?([\u4e00-\u9fa5]{1,4}?(?:区|县))?/.exec(name)!;
  // a district is a place only when a name follows it (不是 “…社区服务中心” 的一部分)
  const district = m[2] && name.length > (m[1] ?? '').length + m[2].length + 1 ? m[2] : null;
  return { city: m[1] ?? null, district };
}

const found = <T>(value: T, l: ReportLine, quote: string): Named<T> => ({
  value,
  line: l.n,
  lines: [l.n],
  quote,
});

/**
 * The department as the report names itself, by the template's shapes, in this order: the title line
 * (`北京市丰台区XX局2019年度部门决算`), a name followed by `（以下简称…）` (after `成立`, `组建` or at the start of a
 * sentence), a name that opens a sentence of §一 with `是` (`XX局是…`). Its short name is the `以下简称` one where
 * the text gives it.
 */
function departmentOf(lines: ReportLine[], basicInfo: ReportLine[]): { department: Named; short: Named | null } | null {
  const title = new RegExp(`^\\s*(${NAME})\\s*\\d{4}\\s*年度?(?:部门|单位)?决算`);
  for (const l of lines) {
    const m = title.exec(l.text);
    if (m) {
      const abbreviated = shortOf(lines, m[1]!);
      return { department: found(m[1]!, l, m[0].trim()), short: abbreviated };
    }
  }
  const named = new RegExp(`(${NAME})（以下简称[“"]?([\\u4e00-\\u9fa5]{1,12}?)[”"]?）`);
  for (const l of lines) {
    const m = named.exec(l.text);
    if (m) {
      const name = m[1]!.replace(LEAD, '');
      const quote = m[0].slice(m[0].indexOf(name));
      return { department: found(name, l, quote), short: found(m[2]!, l, quote) };
    }
  }
  const opens = new RegExp(`^\\s*(${NAME})是`);
  for (const l of basicInfo) {
    const m = opens.exec(l.text);
    if (m) return { department: found(m[1]!, l, m[0].trim()), short: null };
  }
  return null;
}

/** `<name>（以下简称<short>）` for a name already known (from the title line). */
function shortOf(lines: ReportLine[], name: string): Named | null {
  const re = new RegExp(`${name.replace(/[（）]/g, '\\$&')}（以下简称[“"]?([\\u4e00-\\u9fa5]{1,12}?)[”"]?）`);
  for (const l of lines) {
    const m = re.exec(l.text);
    if (m) return found(m[1]!, l, m[0]);
  }
  return null;
}

/** a clause (no punctuation inside) */
const CLAUSE = '[^，。；：]';
/** `…<A>与<B>整合，成立<name>`, `将<A>和<B>合并组建…`: what it was formed from is the clause before the verb */
const MERGED = new RegExp(
  `(?:^|[，。；：])(${CLAUSE}{2,80}?)(?:进行)?(?:整合|合并|合署)[，]?(?:后)?[，]?(?:新)?(?:成立|组建|设立)`,
);
/** `由<A>与<B>合并而成`, `由<A>和<B>整合组建` */
const MERGED_FROM = new RegExp(`由(${CLAUSE}{2,80}?)(?:整合|合并)(?:而成|组建|成立)`);

/**
 * The sentence of §一 that says the department was formed, by the template's shapes (never by one department's
 * name): `将<A>与<B>整合，成立<name>` and `<A>及<B>…合并，成立<name>` (formed from `<A>与<B>`, a leading 将 left
 * out), `由<A>与<B>合并而成` (from `<A>与<B>`), and `组建<name>`, `成立<name>`, `<name>成立于YYYY年` for the
 * department's own name (from null). The year is the one the sentence prints: `YYYY年`, else its document's
 * `〔YYYY〕`. A merger followed by another name than the department's (`整合资源，成立工作组`) is not its formation.
 */
export function formationOf(
  basicInfo: ReportLine[],
  department: string | null,
): (Named<string | null> & { year: number | null }) | null {
  const names = department ? [department, department.replace(/^[\u4e00-\u9fa5]{2,3}市/, '')] : [];
  const own = (rest: string) => names.some((n) => rest.startsWith(n));
  for (const l of basicInfo) {
    for (const sentence of l.text.split(/(?<=。)/)) {
      let from: string | null = null;
      let at = -1;
      // a merger that forms the department itself (not `整合资源，成立工作组`)
      const into = MERGED.exec(sentence);
      const merged =
        into && (!names.length || own(sentence.slice(into.index + into[0].length))) ? into : MERGED_FROM.exec(sentence);
      if (merged) {
        from = merged[1]!.replace(/^将/, '').trim();
        at = merged.index;
      } else {
        const verb = /(?:新)?(?:成立|组建)(?!于)/g;
        for (let m = verb.exec(sentence); m; m = verb.exec(sentence))
          if (own(sentence.slice(m.index + m[0].length))) {
            at = m.index;
            break;
          }
        if (at < 0 && names.length) {
          const since = /^(.*?)成立于\s*\d{4}\s*年/.exec(sentence);
          if (since && names.some((n) => since[1]!.endsWith(n) || since[1]!.includes(`${n}（`))) at = 0;
        }
      }
      if (at < 0) continue;
      const printed = /(\d{4})\s*年(?!度)/.exec(sentence) ?? /〔(\d{4})〕/.exec(sentence);
      return { ...found(from, l, sentence.trim()), year: printed ? Number(printed[1]) : null };
    }
  }
  return null;
}

/**
 * The report's subject from its lines (`basicInfo`: the body of §一 部门基本情况, where there is one).
 * @param year the year of the accounts and its line (parse-report.ts `yearAt`)
 * @example subjectOf(lines, basicInfo, { value: 2019, line: 1, … }).short // { value: '科信局', printed: true, line: 3, … }
 */
export function subjectOf(printed: ReportLine[], basicInfo: ReportLine[], year: Named<number>): Subject {
  const lines = printed.map((l) => ({ ...l, text: fold(l.text) }));
  const body = basicInfo.map((l) => ({ ...l, text: fold(l.text) }));
  const d = departmentOf(lines, body);
  const place = d ? placeOf(d.department.value) : { city: null, district: null };
  const short = d
    ? d.short
      ? { ...d.short, printed: true }
      : {
          ...d.department,
          value: d.department.value.slice((place.city ?? '').length + (place.district ?? '').length),
          printed: false,
        }
    : null;

  // the first comparison with a prior year (`比上年`, `比2017年`), not with the year's initial budget (`比2019年年初预算`)
  const compared = /比(上年|(\d{4})\s*年)(?!\s*年?初)/;
  const pl = lines.find((l) => compared.test(l.text));
  const pm = pl ? compared.exec(pl.text)! : null;
  const prior = pm
    ? { ...found(pm[2] ? Number(pm[2]) : year.value - 1, pl!, pm[0]), label: pm[1]! }
    : { value: year.value - 1, line: year.line, lines: [], quote: '', label: null };

  const evaluation = /(\d{4})\s*年[，,]?[^。]{0,40}?对\s*\d{4}\s*年度[^。]{0,20}?(?:实施|开展)了?绩效评价/;
  const el = lines.find((l) => evaluation.test(l.text));
  const em = el ? evaluation.exec(el.text)! : null;

  return {
    department: d?.department ?? null,
    short,
    ...place,
    year,
    prior,
    evaluated: em ? found(Number(em[1]), el!, em[0]) : null,
    formed: formationOf(body, d?.department.value ?? null),
  };
}
