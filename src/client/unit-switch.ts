/**
 * The amount-unit switch: lets the reader show amounts in 万元, 元 or 亿元 (English: CNY million, CNY, CNY billion).
 * The page renders every amount in 万元 and marks it up; this script re-formats, with src/lib/format.ts:
 * - `[data-amount-wan="1434.3"]`: the element's text (add `data-amount-bare` for the number alone, as in chart
 *   labels whose subtitle names the unit, and `data-amount-signed` for a change);
 * - `[data-unit-label]`: the unit's name;
 * - `[data-unit-subtitle="… {unit}"]`: the text of the `.chart-subtitle` inside, from that template;
 * - `[data-tip-template="…{0}…"][data-tip-wan="1434.3"]`: a chart mark's tooltip (data-tip, aria-label, <title>).
 * The radio group `[data-unit-switch]` (shown only when JavaScript runs: `data-needs-js`) sets the unit; the
 * choice goes into the URL (`?unit=yuan`; none for 万元; src/client/lang-switch.ts carries it to the other
 * language) and localStorage. A `?unit=` in the URL wins over the stored choice.
 */
import { formatAmount, unitLabel, type AmountUnit } from '../lib/format';
import { all, replaceUrl } from './dom';

const KEY = 'amount-unit';
const UNITS: readonly string[] = ['wan', 'yuan', 'yi'];
const isUnit = (value: unknown): value is AmountUnit => typeof value === 'string' && UNITS.includes(value);
const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage unavailable: the choice lasts for this page only
  }
}

function apply(unit: AmountUnit): void {
  const amount = (wan: string | undefined, options: { bare?: boolean; signed?: boolean } = {}) =>
    formatAmount(Number(wan), locale, { unit, ...options });
  for (const el of all('[data-amount-wan]')) {
    el.textContent = amount(el.dataset.amountWan, {
      bare: 'amountBare' in el.dataset,
      signed: 'amountSigned' in el.dataset,
    });
  }
  for (const el of all('[data-unit-label]')) el.textContent = unitLabel(locale, unit);
  for (const el of all('[data-unit-subtitle]')) {
    const subtitle = el.querySelector('.chart-subtitle');
    if (subtitle) subtitle.textContent = (el.dataset.unitSubtitle ?? '').replace('{unit}', unitLabel(locale, unit));
  }
  for (const mark of all<SVGElement>('[data-tip-template]')) {
    const wans = (mark.dataset.tipWan ?? '').split(' ');
    const tip = (mark.dataset.tipTemplate ?? '').replace(/\{(\d+)\}/g, (_, i: string) => amount(wans[Number(i)]));
    mark.dataset.tip = tip;
    if (mark.hasAttribute('aria-label')) mark.setAttribute('aria-label', tip);
    const title = mark.querySelector(':scope > title');
    if (title) title.textContent = tip;
  }
  for (const radio of all<HTMLInputElement>('[data-unit-switch] input[type="radio"]'))
    radio.checked = radio.value === unit;
  document.documentElement.dataset.amountUnit = unit;
}

function withUnit(href: string, unit: AmountUnit): URL {
  const url = new URL(href, location.href);
  if (unit === 'wan') url.searchParams.delete('unit');
  else url.searchParams.set('unit', unit);
  return url;
}

/** Shows `unit` and puts it in the URL (which the language switch carries along), so a shared link opens the same view. */
function show(unit: AmountUnit): void {
  apply(unit);
  const url = withUnit(location.href, unit);
  replaceUrl(url);
}

function choose(unit: AmountUnit): void {
  show(unit);
  try {
    localStorage.setItem(KEY, unit);
  } catch {
    // see stored()
  }
}

const fromUrl = new URL(location.href).searchParams.get('unit');
const initial = isUnit(fromUrl) ? fromUrl : stored();
if (isUnit(initial) && initial !== 'wan') show(initial);

for (const group of all<HTMLFieldSetElement>('[data-unit-switch]')) {
  group.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (isUnit(value)) choose(value);
  });
}
