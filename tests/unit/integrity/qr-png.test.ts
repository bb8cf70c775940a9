import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { qrPng } from '../../../electron/documents/qr-png';

/** Reads back the 1-bit greyscale PNG qrPng writes: size and whether a pixel is dark. */
function readPng(png: Uint8Array): { size: number; dark: (x: number, y: number) => boolean } {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  let at = 8;
  let size = 0;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      size = data.readUInt32BE(0);
      expect(data.readUInt32BE(4)).toBe(size);
      expect([data[8], data[9]]).toEqual([1, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = Math.ceil(size / 8) + 1;
  expect(raw.length).toBe(stride * size);
  return {
    size,
    dark: (x, y) => (raw[y * stride + 1 + (x >> 3)]! & (0x80 >> (x & 7))) === 0,
  };
}

describe('the QR code printed on the minutes', () => {
  it('is a square PNG with a white quiet zone and the three finder patterns', () => {
    const scale = 4;
    const png = readPng(
      qrPng('XINGPING-CHECKPOINT v1 16CA901FE2B365C78427 ' + 'a'.repeat(64), scale),
    );
    const modules = png.size / scale - 8;
    expect(Number.isInteger(modules)).toBe(true);
    expect((modules - 17) % 4).toBe(0); // QR versions are 21, 25, 29 … modules wide
    const module = (mx: number, my: number) => png.dark((mx + 4) * scale + 1, (my + 4) * scale + 1);
    // Quiet zone: four white modules all round.
    for (let i = 0; i < png.size; i += 1) {
      expect(png.dark(i, 0)).toBe(false);
      expect(png.dark(0, i)).toBe(false);
      expect(png.dark(png.size - 1, i)).toBe(false);
    }
    // Finder patterns: a dark 7×7 ring with a white ring and a dark 3×3 centre, in three corners.
    for (const [ox, oy] of [
      [0, 0],
      [modules - 7, 0],
      [0, modules - 7],
    ] as const) {
      expect(module(ox, oy)).toBe(true);
      expect(module(ox + 6, oy + 6)).toBe(true);
      expect(module(ox + 1, oy + 1)).toBe(false);
      expect(module(ox + 3, oy + 3)).toBe(true);
    }
    // The fourth corner has none.
    expect(module(modules - 2, modules - 2) && module(modules - 6, modules - 6)).toBe(false);
  });

  it('differs for different text', () => {
    expect(Buffer.from(qrPng('v1 AAAA'))).not.toEqual(Buffer.from(qrPng('v2 BBBB')));
  });
});
