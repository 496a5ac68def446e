/**
 * What /data/ tells machines: a schema.org `Dataset` (JSON-LD) for the tables — name, description, creator,
 * licence, the period and place they cover, and every CSV and JSON file as a distribution — read from the
 * pipeline's data package (data/derived/datapackage.json) and the file list.
 */
import { DATA_LICENCE } from '../../../contract/datapackage';
import zh from '../../i18n/pages/data.zh.json';
import en from '../../i18n/pages/data.en.json';
import { derivedFiles, readDerivedFile } from '../data-files';
import { htmlLang, localePath, pageWords, t, type Locale } from '../i18n';

const w = pageWords(zh, en);

const FORMATS: Record<string, string> = { csv: 'text/csv', json: 'application/json' };

/**
 * The Dataset as JSON for a `<script type="application/ld+json">` data block: `<` is written `\u003c`, so no
 * text in it can close the element.
 * @param absolute turns a site path into the URL readers see (absolute when the build knows its host)
 */
export function datasetJsonLd(locale: Locale, absolute: (path: string) => string): string {
  const pkg = JSON.parse(new TextDecoder().decode(readDerivedFile('datapackage.json'))) as {
    temporalCoverage?: string;
    sources: { title: string }[];
  };
  const site = { '@type': 'Organization', name: t(locale, 'site.title'), url: absolute(localePath(locale, '/')) };
  const dataset = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${t(locale, 'site.title')} · ${w(locale, 'title')}`,
    description: w(locale, 'description'),
    url: absolute(localePath(locale, '/data/')),
    inLanguage: htmlLang(locale),
    creator: site,
    publisher: site,
    license: DATA_LICENCE.path,
    isBasedOn: { '@type': 'CreativeWork', name: pkg.sources[0]?.title ?? '' },
    ...(pkg.temporalCoverage ? { temporalCoverage: pkg.temporalCoverage } : {}),
    // the place the report's department belongs to (the subject table); none where its name gives none
    ...(w(locale, 'jsonld.place') ? { spatialCoverage: { '@type': 'Place', name: w(locale, 'jsonld.place') } } : {}),
    distribution: derivedFiles()
      .filter((f) => /\.(csv|json)$/.test(f.name))
      .map((f) => ({
        '@type': 'DataDownload',
        name: f.name,
        encodingFormat: FORMATS[f.name.split('.').pop()!]!,
        contentUrl: absolute(localePath('zh', `/data/${f.name}`)),
        contentSize: `${f.bytes} B`,
      })),
  };
  return JSON.stringify(dataset).replace(/</g, '\\u003c');
}
