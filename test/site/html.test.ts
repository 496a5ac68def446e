import { describe, expect, test } from 'vitest';
import { escapeHtml, fillHtml, linkHtml, placeholders } from '../../src/lib/html';

describe('escapeHtml', () => {
  test('escapes markup, quotes and ampersands for text and double-quoted attributes', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  test("leaves ' as it is (the site writes no single-quoted attributes)", () => {
    expect(escapeHtml("the report's figures")).toBe("the report's figures");
  });
});

describe('fillHtml', () => {
  test('escapes the template and inserts the parts as HTML', () => {
    expect(fillHtml('执行率{rate}<br>', { rate: '<b>60%</b>' })).toBe('执行率<b>60%</b>&lt;br&gt;');
    expect(fillHtml('"A" & {b}\'s', { b: '<i>B</i>' })).toBe("&quot;A&quot; &amp; <i>B</i>'s");
    expect(fillHtml('{x} and {x}', { x: '<b>1</b>' })).toBe('<b>1</b> and <b>1</b>');
  });

  test('a template with <script> stays text', () => {
    expect(fillHtml('<script>alert({n})</script>', { n: '1' })).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('throws on a placeholder without a part', () => {
    expect(() => fillHtml('{missing}', {})).toThrow('fillHtml: no value for {missing} in "{missing}"');
  });
});

describe('placeholders and linkHtml', () => {
  test('placeholders lists the names in order', () => {
    expect(placeholders('{a} and {b}, {a}')).toEqual(['a', 'b', 'a']);
    expect(placeholders('none')).toEqual([]);
  });

  test('linkHtml escapes the href and the text', () => {
    expect(linkHtml('/en/scores/?a=1&b="2"', 'Scores & <more>')).toBe(
      '<a href="/en/scores/?a=1&amp;b=&quot;2&quot;">Scores &amp; &lt;more&gt;</a>',
    );
  });
});
