/**
 * What a chart is, whatever shows it: the page's figure, its embed page, its downloads (CSV, JSON, SVG), its
 * social card. A chart module (src/charts/<id>.ts) builds one from the data; src/charts/registry.ts lists them.
 * ChartFigure renders it.
 */
import type { BriefingBar, BriefingBarOptions, LegendSwatch } from '../lib/charts/briefing-bars';
import type { FigureRef } from '../../contract/files';
import type { Column } from '../lib/format-cell';
import type { Locale } from '../lib/i18n';
import type { Disputed } from './disputed';

/**
 * A data table row: the columns' values, the report lines the row's figures come from, and which figure of the
 * derived tables each column shows (`figures`, src/charts/figure-refs.ts), for the audit verdicts of its download.
 */
export type TableRow = Record<string, unknown> & {
  source_lines?: readonly number[];
  figures?: Readonly<Record<string, FigureRef>>;
  /** the columns that show a value recomputed from the report's (their figure's verdict is the printed one's) */
  recomputedColumns?: readonly string[];
};

/** A numbered key the chart needs to be read (e.g. what the scatter's numbered points are). */
export interface ChartKey {
  heading: string;
  items: readonly { value: number; name: string; href: string; figures: string }[];
}

/**
 * The chart as a briefing slide: the same figures as large bars with every value written on its bar (sized for a
 * projector by src/lib/charts/briefing-bars.ts), and what its colours mean when a bar is highlighted.
 */
export interface ChartSlide {
  bars: readonly BriefingBar[];
  options?: BriefingBarOptions;
  /** what the bars' colours and lines mean, wherever they encode something */
  legend?: readonly { swatch: LegendSwatch; text: string }[];
}

export interface ChartSpec {
  /** stable anchor id, the same in both locales, e.g. `spending-by-category` */
  id: string;
  locale: Locale;
  /** the route of the page that shows the chart, without locale or base (`/spending/`) */
  route: string;
  /** the finding, as a sentence */
  title: string;
  /** [level=2] heading level of the title */
  level?: 2 | 3;
  /** what is measured, including the unit */
  subtitle: string;
  /**
   * For charts whose amounts follow the unit switch: the subtitle with `{unit}` where the unit goes
   * (src/client/unit-switch.ts rewrites it)
   */
  unitSubtitle?: string;
  /** the chart from renderPlot, for wide screens */
  svg: string;
  /** the same chart rendered NARROW_WIDTH (276) units wide for phones and embeds (src/lib/charts/narrow.ts); its ids need their own prefix */
  svgNarrow?: string;
  /** the text alternative: what the chart shows, in words */
  alt: string;
  /** report lines the chart's figures come from */
  sourceLines: readonly number[];
  /** the data table's columns; the first is the row header */
  columns: readonly Column[];
  rows: readonly TableRow[];
  /** audit findings about these figures, linked to /audit/#<id> */
  auditLinks?: readonly { id: string; text: string }[];
  /** a sentence shown before the audit links */
  auditNote?: string;
  key?: ChartKey;
  /** the chart as a briefing slide (charts a deck can present) */
  slide?: ChartSlide;
  /**
   * the findings its shown figures are in conflict with (src/charts/disputed.ts), which its SVG marks, its embed,
   * standalone SVG, citation and slide name; the registry computes it from `rows` (a module leaves it out)
   */
  disputed?: readonly Disputed[];
}

/** One chart of the site: its id, its page, and how to build it in a locale. */
export interface ChartDefinition {
  id: string;
  /** the route of the page that shows it (`/procurement/`) */
  route: string;
  build(locale: Locale): ChartSpec;
}
