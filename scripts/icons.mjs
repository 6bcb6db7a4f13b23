// Draws Clearline's toolbar/store icons: one SVG, rendered to PNG at each size
// by headless Debian Chromium (playwright-core). Small sizes get a simpler
// drawing so the lines stay crisp. Run: node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve('public/icons');
const SIZES = [16, 32, 48, 128];

// A rounded teal tile with clean white text lines and an amber quote mark:
// "clear lines" (the article, clutter gone) and quotes.
function svg(size) {
  const small = size <= 16;
  const lines = small
    ? [
        [26, 52, 76],
        [26, 80, 52],
      ]
    : [
        [26, 44, 60],
        [26, 66, 76],
        [26, 88, 52],
      ];
  const h = small ? 16 : 12;
  const bars = lines
    .map(([x, y, w]) => `<rect x="${x}" y="${y - h / 2}" width="${w}" height="${h}" rx="${h / 2}" fill="#ffffff"/>`)
    .join('');
  const quote = small
    ? ''
    : `<g fill="#ffc43d"><path d="M92 22h10v10c0 7-3 12-9 14l-2-4c3-1 5-4 5-7h-4z"/><path d="M106 22h10v10c0 7-3 12-9 14l-2-4c3-1 5-4 5-7h-4z"/></g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="${size}" height="${size}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#119088"/><stop offset="1" stop-color="#0a5c58"/></linearGradient></defs>
  <rect x="4" y="4" width="120" height="120" rx="28" fill="url(#g)"/>
  ${bars}${quote}
</svg>`;
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${svg(size)}</body></html>`,
    );
    await page.locator('svg').screenshot({ path: path.join(OUT, `${size}.png`), omitBackground: true });
    console.log(`icons/${size}.png`);
  }
} finally {
  await browser.close();
}
