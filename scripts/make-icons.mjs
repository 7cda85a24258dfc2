#!/usr/bin/env node
// Draws the add-in icon (a red ledger page with ruled rows and a green check mark) and writes it as
// assets/icon-<size>.png for every size the manifest names. No image library: shapes are rasterised with
// 8×8 supersampling and the PNG is encoded with node's zlib. Run `node scripts/make-icons.mjs` after
// changing the drawing; the PNGs are committed, so the build does not run this script.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 8;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Colours as [r, g, b]. */
const LEDGER_RED = [198, 40, 40];
const RULE_WHITE = [255, 255, 255];
const CHECK_GREEN = [46, 125, 50];

/** Shapes in unit coordinates (0..1, y down); each answers whether a point is inside. */
function roundedRect(x0, y0, x1, y1, radius) {
  return (x, y) => {
    const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
    const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= radius * radius;
  };
}

function circle(cx, cy, radius) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
}

/** A stroke from (ax, ay) to (bx, by) with round caps. */
function stroke(ax, ay, bx, by, width) {
  const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
    const px = ax + t * (bx - ax);
    const py = ay + t * (by - ay);
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2;
  };
}

function union(...shapes) {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

/** Layers painted in order, later over earlier. Thin rules get thicker at small sizes so they stay visible. */
function layers(size) {
  const rule = size <= 16 ? 0.1 : 0.075;
  const check = size <= 16 ? 0.11 : 0.085;
  return [
    { color: LEDGER_RED, shape: roundedRect(0.1, 0.04, 0.78, 0.9, 0.09) },
    {
      color: RULE_WHITE,
      shape: union(
        stroke(0.24, 0.22, 0.64, 0.22, rule),
        stroke(0.24, 0.38, 0.64, 0.38, rule),
        stroke(0.24, 0.54, 0.44, 0.54, rule),
      ),
    },
    { color: RULE_WHITE, shape: circle(0.7, 0.72, 0.28) },
    { color: CHECK_GREEN, shape: circle(0.7, 0.72, 0.23) },
    { color: RULE_WHITE, shape: union(stroke(0.58, 0.73, 0.67, 0.82, check), stroke(0.67, 0.82, 0.82, 0.62, check)) },
  ];
}

/** RGBA pixels, straight (not premultiplied) alpha. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const paint = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let top = null;
          for (const layer of paint) if (layer.shape(x, y)) top = layer.color;
          if (top) {
            r += top[0];
            g += top[1];
            b += top[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
        pixels[offset + 3] = Math.round((255 * a) / (SUPERSAMPLE * SUPERSAMPLE));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typeAndBody = Buffer.concat([Buffer.from(type, "ascii"), body]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndBody));
  return Buffer.concat([length, typeAndBody, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(join(root, "assets"), { recursive: true });
for (const size of SIZES) {
  const file = join(root, "assets", `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
