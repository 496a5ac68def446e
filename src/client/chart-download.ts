/**
 * The PNG download of a chart (`button[data-download-png]`, shown only with JavaScript: `data-needs-js`): draws the chart's standalone
 * SVG file (charts/<id>.svg, written after the build) on a canvas at twice its size and saves it. The SVG comes
 * from the site itself, so the Content-Security-Policy's img-src 'self' allows it and the canvas stays readable.
 */
import { all } from './dom';

const SCALE = 2;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`chart-download: could not load ${src}`));
    image.src = src;
  });
}

/** The image at `src` as a PNG at `scale` times its own size. */
async function renderPng(src: string, scale: number): Promise<Blob> {
  const image = await loadImage(src);
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  if (!width || !height) throw new Error(`chart-download: ${src} has no size`);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('chart-download: no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('chart-download: the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

for (const button of all<HTMLButtonElement>('button[data-download-png]')) {
  let busy = false; // not `disabled`, which would take the keyboard focus away from the button
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    const status = button.closest('[data-chart-share]')?.querySelector<HTMLElement>('[data-share-status]');
    try {
      const src = new URL(button.dataset.downloadPng ?? '', location.href).href;
      save(await renderPng(src, SCALE), button.dataset.filename ?? 'chart.png');
    } catch (error) {
      console.warn(error);
      if (status) status.textContent = button.dataset.failed ?? '';
    } finally {
      busy = false;
    }
  });
}
