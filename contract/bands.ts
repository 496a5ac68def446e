/**
 * The evaluation's score bands, as data: the pipeline assigns them (score_band columns), the site draws and
 * names them. Each band holds the scores from `min` (included) up to the next band's `min`.
 */

/** The bands, best first. */
export const SCORE_BANDS = [
  { band: '90+', min: 90 },
  { band: '75-90', min: 75 },
  { band: '60-75', min: 60 },
  { band: '<60', min: -Infinity },
] as const;

/** A band's code: `90+`, `75-90`, `60-75`, `<60`. */
export type ScoreBand = (typeof SCORE_BANDS)[number]['band'];

/** The band codes, best first. */
export const BANDS: readonly ScoreBand[] = SCORE_BANDS.map((b) => b.band);
