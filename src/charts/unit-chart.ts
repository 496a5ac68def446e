/** The subtitle of a chart whose amounts follow the unit switch: `… · 单位：万元`, and its `{unit}` template. */
import { unitLabel } from '../lib/format';
import { t, type Locale } from '../lib/i18n';

export function unitSubtitles(locale: Locale, subtitle: string): { subtitle: string; unitSubtitle: string } {
  const withUnit = (unit: string) => `${subtitle} · ${t(locale, 'chart.unit', { unit })}`;
  return { subtitle: withUnit(unitLabel(locale)), unitSubtitle: withUnit('{unit}') };
}
