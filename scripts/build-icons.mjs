#!/usr/bin/env node
// `npm run build:icons`: draws the application icon (two overlapping lenses on a rounded square: one event seen
// from two places) and writes it as build/icon.svg, build/icon.png (1024 px, macOS and Windows: electron-builder
// converts it to .icns and .ico) and build/icons/<n>x<n>.png (Linux). Pure Node: the shapes are rasterised here,
// 4×4 samples per pixel, and encoded as PNG with zlib. The output is committed; rerun after changing the design.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'build');
export const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

// the design on a 1×1 canvas
const BG = [30, 41, 59]; // slate
const LEFT = [56, 189, 248]; // sky
const RIGHT = [251, 146, 60]; // orange
const BOTH = [244, 244, 245]; // where the two views agree
const R_CORNER = 0.2;
const LENS_R = 0.26;
const LEFT_C = [0.39, 0.5];
const RIGHT_C = [0.61, 0.5];

function insideRoundedSquare(x, y) {
  const m = 0.04; // margin
  const lo = m + R_CORNER;
  const hi = 1 - m - R_CORNER;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= R_CORNER ** 2 && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
}

const inLens = (x, y, [cx, cy]) => (x - cx) ** 2 + (y - cy) ** 2 <= LENS_R ** 2;

/** RGBA of one sample point. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return [0, 0, 0, 0];
  const l = inLens(x, y, LEFT_C);
  const r = inLens(x, y, RIGHT_C);
  return [...(l && r ? BOTH : l ? LEFT : r ? RIGHT : BG), 255];
}

/** Rasterises the icon at n×n pixels (premultiplied averaging of 4×4 samples). */
export function rasterise(n) {
  const S = 4;
  const px = Buffer.alloc(n * n * 4);
  for (let py = 0; py < n; py++) {
    for (let pxx = 0; pxx < n; pxx++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const [cr, cg, cb, ca] = sample((pxx + (sx + 0.5) / S) / n, (py + (sy + 0.5) / S) / n);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * n + pxx) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round(a / (S * S));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, i) => {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes n×n RGBA pixels as a PNG file. */
export function encodePng(n, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0);
  ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(n * (n * 4 + 1));
  for (let y = 0; y < n; y++) rgba.copy(raw, y * (n * 4 + 1) + 1, y * n * 4, (y + 1) * n * 4); // filter 0 per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function svg() {
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const m = 0.04 * 1024;
  const s = 1024 - 2 * m;
  const [lx, ly] = LEFT_C.map((v) => v * 1024);
  const [rx, ry] = RIGHT_C.map((v) => v * 1024);
  const r = LENS_R * 1024;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <title>Parallax</title>
  <defs><clipPath id="l"><circle cx="${lx}" cy="${ly}" r="${r}"/></clipPath></defs>
  <rect x="${m}" y="${m}" width="${s}" height="${s}" rx="${R_CORNER * 1024}" fill="${hex(BG)}"/>
  <circle cx="${lx}" cy="${ly}" r="${r}" fill="${hex(LEFT)}"/>
  <circle cx="${rx}" cy="${ry}" r="${r}" fill="${hex(RIGHT)}"/>
  <circle cx="${rx}" cy="${ry}" r="${r}" fill="${hex(BOTH)}" clip-path="url(#l)"/>
</svg>
`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  mkdirSync(path.join(OUT, 'icons'), { recursive: true });
  writeFileSync(path.join(OUT, 'icon.svg'), svg());
  writeFileSync(path.join(OUT, 'icon.png'), encodePng(1024, rasterise(1024)));
  for (const n of LINUX_SIZES) writeFileSync(path.join(OUT, 'icons', `${n}x${n}.png`), encodePng(n, rasterise(n)));
  console.log(`build:icons: build/icon.svg, build/icon.png and build/icons/ (${LINUX_SIZES.join(', ')} px)`);
}
