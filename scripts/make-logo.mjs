// Draws the examples' sample logo, a navy disc with a white envelope (data/logos/northwind.png),
// as a PNG with no image library: the pixels are computed here and packed with zlib. Run: node scripts/make-logo.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZE = 160;
const NAVY = [31, 58, 96];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of pixel (x, y) by the shape, 4x4 supersampled for smooth edges. */
function cover(x, y, inside) {
  let n = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

const c = SIZE / 2;
const disc = (x, y) => (x - c) ** 2 + (y - c) ** 2 <= (c - 2) ** 2;
const [l, r, t, b] = [40, 120, 52, 108];
const inEnvelope = (x, y) => x >= l && x <= r && y >= t && y <= b;
const nearLine = (x, y, x1, y1, x2, y2, w) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const s = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + s * dx), y - (y1 + s * dy)) <= w;
};
const flap = (x, y) => nearLine(x, y, l, t, c, 84, 3.5) || nearLine(x, y, r, t, c, 84, 3.5);
const white = (x, y) => inEnvelope(x, y) && !flap(x, y);

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x++) {
    const a = cover(x, y, disc);
    const w = cover(x, y, white);
    const px = NAVY.map((v) => Math.round(v + (255 - v) * w));
    row.set([...px, Math.round(a * 255)], 1 + x * 4);
  }
  rows.push(row);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", ihdr),
  chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
const out = new URL("../data/logos/northwind.png", import.meta.url);
writeFileSync(out, png);
console.error(`wrote ${out.pathname} (${png.length} bytes)`);
