/**
 * A QR code as inline SVG, drawn at build time by `qrcode` (no script, no image request): one path of dark
 * modules on a white square, error correction M and a one-module margin (the slide's white space is the rest of
 * the quiet zone), so a code of a chart's URL is about 2 KB.
 */
import QRCode from 'qrcode';
import { escapeHtml } from './html';

/**
 * The QR code of `url` as an `<svg role="img">` labelled `label` (with the URL after it, so a screen reader
 * reads where it leads).
 * @throws if qrcode cannot encode the text (longer than a QR code holds)
 * @example qrCodeSvg('https://example.org/spending/#spending-by-category', 'QR code of this chart')
 */
export function qrCodeSvg(url: string, label: string): string {
  let svg: string | undefined;
  let failure: unknown;
  // with a callback qrcode renders synchronously (without one it returns a Promise); the deck is built synchronously
  QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }, (error, out) => {
    failure = error;
    svg = out;
  });
  if (failure || !svg) throw new Error(`qrCodeSvg: cannot encode ${url}`, { cause: failure });
  return svg
    .trim()
    .replace(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /,
      `<svg xmlns="http://www.w3.org/2000/svg" class="qr" role="img" aria-label="${escapeHtml(`${label}: ${url}`)}" `,
    );
}
