/**
 * The static paths and responses of the chart downloads and social cards, for the endpoints in
 * src/pages/{charts,og}/[file].ts and their English twins.
 */
import type { APIRoute } from 'astro';
import { chart, chartDefinitions } from '../../charts/registry';
import type { Locale } from '../i18n';
import { chartCard, chartFile, CHART_FILE_TYPES, siteCard, type ChartFileType } from '../share/chart-files';

const TYPES: Record<ChartFileType | 'png', string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** `charts/<id>.csv|json|svg` for every chart. */
export function chartFilePaths() {
  return chartDefinitions().flatMap((d) =>
    CHART_FILE_TYPES.map((type) => ({ params: { file: `${d.id}.${type}` }, props: { id: d.id, type } })),
  );
}

export function chartFileRoute(locale: Locale): APIRoute<{ id: string; type: ChartFileType }> {
  return ({ props }) =>
    new Response(chartFile(chart(props.id, locale), props.type), { headers: { 'Content-Type': TYPES[props.type] } });
}

/** `og/<id>.png` for every chart, and `og/site.png`. */
export function cardPaths() {
  return [
    { params: { file: 'site.png' }, props: { id: null } },
    ...chartDefinitions().map((d) => ({ params: { file: `${d.id}.png` }, props: { id: d.id } })),
  ];
}

export function cardRoute(locale: Locale): APIRoute<{ id: string | null }> {
  return ({ props }) => {
    const png = props.id === null ? siteCard(locale) : chartCard(chart(props.id, locale));
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': TYPES.png } });
  };
}
