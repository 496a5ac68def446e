/** CSV for tests: d3-dsv's RFC 4180 reader (quoted fields, doubled quotes, LF or CRLF). The caller strips a BOM. */
export { csvParseRows as parseCsv } from 'd3-dsv';
