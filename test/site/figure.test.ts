import { describe, expect, test } from 'vitest';
import { figureHtml, linesTitle } from '../../src/lib/figure';

describe('figureHtml', () => {
  test('an amount without lines is a span with data-amount-wan, read in the locale’s unit', () => {
    expect(figureHtml({ locale: 'zh', wan: 1040 })).toBe(
      '<span class="amount" data-amount-wan="1040">1,040.00 万元</span>',
    );
    expect(figureHtml({ locale: 'en', wan: 352.97 })).toBe(
      '<span class="amount" data-amount-wan="352.97">CNY 3.53 million</span>',
    );
  });

  test('a missing amount is a dash', () => {
    expect(figureHtml({ locale: 'en', wan: null })).toBe('—');
    expect(figureHtml({ locale: 'zh', wan: undefined, lines: [49] })).toBe('—');
  });

  test('bare and signed amounts carry the attributes the unit switch reads', () => {
    expect(figureHtml({ locale: 'zh', wan: 1074.18, bare: true })).toBe(
      '<span class="amount" data-amount-wan="1074.18" data-amount-bare>1,074.18</span>',
    );
    expect(figureHtml({ locale: 'zh', wan: 3.58, signed: true })).toBe(
      '<span class="amount" data-amount-wan="3.58" data-amount-signed>+3.58 万元</span>',
    );
  });

  test('with lines, a link to the first line with a title naming them all', () => {
    expect(figureHtml({ locale: 'zh', wan: 1040, lines: [49] })).toBe(
      '<a class="amount" href="/report/#L49" title="来源：《2019年度部门决算》第 49 行" data-amount-wan="1040">1,040.00 万元</a>',
    );
    expect(figureHtml({ locale: 'en', text: '75.77%', lines: [41, 52], cite: true, base: '/fengtai/' })).toBe(
      `<a class="cite" href="/fengtai/en/report/#L41" title="${linesTitle('en', [41, 52])}">75.77%</a>`,
    );
    expect(linesTitle('zh', [41, 52])).toBe('来源：《2019年度部门决算》第 41、52 行');
  });

  test('the text is escaped', () => {
    expect(figureHtml({ locale: 'zh', text: '<script>"1"&\'', lines: [1], cite: true })).toBe(
      '<a class="cite" href="/report/#L1" title="来源：《2019年度部门决算》第 1 行">&lt;script&gt;&quot;1&quot;&amp;\'</a>',
    );
  });

  test('a figure said to come from the report must name a line', () => {
    expect(() => figureHtml({ locale: 'zh', text: '1', lines: [] })).toThrow('figureHtml 1: no source line');
  });
});

describe('figureHtml with the audit’s verdict', () => {
  test('a figure in conflict is followed by a ≠ linking its first finding, its meaning in words', () => {
    // two findings of this report (findingAnchor reads their anchors from findings.json)
    const verdict = {
      status: 'conflict' as const,
      finding_ids: 'project-total-score/support-for-major-s-t-projects project-exec-rate/rising-s-t-stars-programme',
    };
    expect(figureHtml({ locale: 'zh', text: '94', verdict })).toBe(
      '<span class="amount">94</span><a class="conflict-mark" href="/audit/#finding-project-total-score-support-for-major-s-t-projects">≠' +
        '<span class="visually-hidden">（与报告其他数字对不上，见核算说明）</span></a>',
    );
    expect(figureHtml({ locale: 'en', text: '94', lines: [1], cite: true, verdict, base: '/f/' })).toContain(
      '</a><a class="conflict-mark" href="/f/en/audit/#finding-project-total-score-support-for-major-s-t-projects">≠<span class="visually-hidden"> (does not agree',
    );
  });

  test('any other verdict adds nothing', () => {
    for (const status of ['consistent', 'could-not-check', 'not-checked'] as const)
      expect(figureHtml({ locale: 'zh', text: '94', verdict: { status, finding_ids: '' } })).toBe(
        '<span class="amount">94</span>',
      );
    expect(figureHtml({ locale: 'zh', text: '94', verdict: null })).toBe('<span class="amount">94</span>');
  });
});
