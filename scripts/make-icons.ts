/**
 * Draws the extension icon (an envelope with a check badge) into PNGs, in code, so the
 * icons are our own and reproducible: `npx tsx scripts/make-icons.ts` rewrites public/icons/.
 * Shapes are distance functions sampled 4×4 per pixel (anti-aliasing without a canvas library).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

type Rgba = [number, number, number, number];
const BLUE: Rgba = [31, 95, 168, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [22, 140, 72, 255];

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function roundedRectDistance(px: number, py: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The colour at a point of the unit square, or null when transparent. Drawn back to front. */
function colourAt(x: number, y: number): Rgba | null {
  let colour: Rgba | null = null;
  if (roundedRectDistance(x, y, 0.5, 0.5, 0.48, 0.48, 0.14) <= 0) colour = BLUE;
  const stroke = 0.055;
  // Envelope: outline plus the flap's V.
  const outline = Math.abs(roundedRectDistance(x, y, 0.45, 0.45, 0.3, 0.21, 0.04));
  const flap = Math.min(segmentDistance(x, y, 0.17, 0.28, 0.45, 0.5), segmentDistance(x, y, 0.45, 0.5, 0.73, 0.28));
  if (outline <= stroke / 2 || flap <= stroke / 2) colour = WHITE;
  // Check badge in the lower right corner.
  const badge = Math.hypot(x - 0.72, y - 0.72);
  if (badge <= 0.22) colour = WHITE;
  if (badge <= 0.18) colour = GREEN;
  const check = Math.min(segmentDistance(x, y, 0.63, 0.72, 0.7, 0.79), segmentDistance(x, y, 0.7, 0.79, 0.82, 0.65));
  if (badge <= 0.18 && check <= 0.03) colour = WHITE;
  return colour;
}

function render(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 = none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          // Premultiplied sums so edges blend toward transparency, not black.
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          sum[3]! += c[3];
        }
      }
      const alpha = sum[3]! / (samples * samples);
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = sum[3]! ? Math.round(sum[i]! / sum[3]!) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/icon-${size}.png`, render(size));
  console.log(`public/icons/icon-${size}.png`);
}
