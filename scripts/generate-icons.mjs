// Draws the add-in's icons (a red emulation flag with a gold star on a pole) as PNGs in assets/.
// Node only (zlib), no downloads: `node scripts/generate-icons.mjs`. The solid red and gold shapes
// with a white outline stay readable on the light and dark ribbons and in high-contrast themes.
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SIZES = [16, 32, 64, 80, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

// Shapes in a unit square (0..1, y down).
const pole = (x, y) => x >= 0.16 && x <= 0.25 && y >= 0.08 && y <= 0.94;
const flag = (x, y) => x >= 0.25 && x <= 0.9 && y >= 0.1 && y <= 0.58 && !(x > 0.78 && Math.abs(y - 0.34) < (x - 0.78) * 1.6);
function star(x, y) {
  const cx = 0.52, cy = 0.34, R = 0.16, r = 0.065;
  const a = Math.atan2(y - cy, x - cx) + Math.PI / 2;
  const d = Math.hypot(x - cx, y - cy);
  const sector = ((a % (2 * Math.PI / 5)) + 2 * Math.PI / 5) % (2 * Math.PI / 5);
  const t = Math.abs(sector - Math.PI / 5) / (Math.PI / 5);
  return d <= r + (R - r) * t;
}
const near = (test, x, y, w) => [[w, 0], [-w, 0], [0, w], [0, -w], [w, w], [-w, -w], [w, -w], [-w, w]].some(([dx, dy]) => test(x + dx, y + dy));

function colourAt(x, y, outline) {
  if (star(x, y) && flag(x, y)) return [255, 213, 0, 255];
  if (flag(x, y)) return [198, 40, 40, 255];
  if (pole(x, y)) return [66, 66, 66, 255];
  if (near(flag, x, y, outline) || near(pole, x, y, outline)) return [255, 255, 255, 255];
  return [0, 0, 0, 0];
}

mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const samples = 4; // supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  const outline = Math.max(1 / size, 0.03);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, outline);
          for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
          acc[3] += c[3];
        }
      }
      const o = (py * size + px) * 4;
      const alpha = acc[3] / (samples * samples);
      for (let i = 0; i < 3; i++) rgba[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      rgba[o + 3] = Math.round(alpha);
    }
  }
  writeFileSync(join(out, `icon-${size}.png`), png(size, rgba));
}
console.log(`Wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to ${out}`);
