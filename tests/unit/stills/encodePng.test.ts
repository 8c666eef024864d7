import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../scripts/stills/encodePng';

/** The chunks of a PNG, each checked against its CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), 'CRC').toBe(crc32(typed));
    found.push({ type: typed.subarray(0, 4).toString('latin1'), data: typed.subarray(4) });
    at += 12 + length;
  }
  return found;
}

// 3 × 2 pixels: red, green, blue / white, black, grey (alpha ignored: the stills are opaque).
const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255]);

describe('encodePng(rgba, width, height, text)', () => {
  it('writes IHDR (size, 8-bit RGB), the text chunks, IDAT and IEND in that order', () => {
    const list = chunks(encodePng(rgba, 3, 2, { Title: 'Қазақстан' }));
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    const header = list[0]?.data;
    expect([header?.readUInt32BE(0), header?.readUInt32BE(4), ...(header?.subarray(8) ?? [])]).toEqual([3, 2, 8, 2, 0, 0, 0]);
  });
  it('keeps the pixels: each row is filter 0 then R, G, B', () => {
    const idat = chunks(encodePng(rgba, 3, 2)).find((chunk) => chunk.type === 'IDAT');
    expect([...inflateSync(idat?.data ?? Buffer.alloc(0))]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 255, 255, 0, 0, 0, 128, 128, 128]);
  });
  it('stores text as UTF-8 (iTXt), so Kazakh and Russian descriptions survive', () => {
    const itxt = chunks(encodePng(rgba, 3, 2, { Description: 'Ә Ғ Қ Ң Ө Ұ Ү Һ І' })).find((chunk) => chunk.type === 'iTXt');
    expect(itxt?.data.toString('utf8')).toBe('Description\0\0\0\0\0Ә Ғ Қ Ң Ө Ұ Ү Һ І');
  });
  it('throws when the pixels do not match the size', () => {
    expect(() => encodePng(rgba, 2, 2)).toThrow(/24 bytes for 2 × 2/);
  });
});
