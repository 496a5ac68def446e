/**
 * Data for machines, in the built site (dist/, or DIST_DIR): /datapackage.json at the root is a valid Tabular
 * Data Package whose every path is a file the site serves, and /data/ (both languages) carries a schema.org
 * Dataset in JSON-LD that lists every CSV and JSON download.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { dist, ensureBuilt } from '../browser/helpers';

beforeAll(() => ensureBuilt(), 600_000);

const profile = JSON.parse(readFileSync('test/fixtures/frictionless/tabular-data-package.json', 'utf8')) as object;

describe('/datapackage.json', () => {
  test('is valid, and every resource and source path is a file of the site', () => {
    const descriptor = JSON.parse(readFileSync(join(dist, 'datapackage.json'), 'utf8')) as {
      resources: { path: string }[];
      sources: { path: string }[];
    };
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(profile);
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    for (const { path } of [...descriptor.resources, ...descriptor.sources]) {
      expect(path).toMatch(/^data\//);
      expect(existsSync(join(dist, path)), path).toBe(true);
    }
    expect(existsSync(join(dist, 'data/datapackage.json'))).toBe(true);
  });
});

describe.each([
  ['zh', 'data/index.html', '北京市丰台区'],
  ['en', 'en/data/index.html', 'Fengtai District, Beijing'],
])('/data/ (%s): schema.org Dataset', (_, page, place) => {
  const blocks = () =>
    [
      ...parseHTML(readFileSync(join(dist, page), 'utf8')).document.querySelectorAll(
        'script[type="application/ld+json"]',
      ),
    ].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>);

  test('one Dataset in the head with its name, period, place, creator and licence', () => {
    const [dataset, ...more] = blocks();
    expect(more).toEqual([]);
    expect(dataset).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      temporalCoverage: '2019',
      spatialCoverage: { '@type': 'Place', name: place },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization' },
    });
    expect(String(dataset!.name).length).toBeGreaterThan(5);
    expect(String(dataset!.description).length).toBeGreaterThan(50);
  });

  test('its distribution is every CSV and JSON download, each with its format, at a URL the site serves', () => {
    const files = readdirSync(join(dist, 'data')).filter((f) => /\.(csv|json)$/.test(f));
    const distribution = blocks()[0]!.distribution as { name: string; encodingFormat: string; contentUrl: string }[];
    expect(distribution.map((d) => d.name).sort()).toEqual(files.sort());
    for (const d of distribution) {
      expect(d.encodingFormat).toBe(d.name.endsWith('.csv') ? 'text/csv' : 'application/json');
      expect(existsSync(join(dist, new URL(d.contentUrl, 'https://x/').pathname)), d.contentUrl).toBe(true);
    }
  });
});
