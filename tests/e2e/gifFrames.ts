/**
 * Reads an animated GIF's structure without decoding pixels: the logical screen size and each
 * frame's delay (hundredths of a second), walking the blocks as GIF89a lays them out.
 */
export function gifFrames(bytes: Uint8Array): { width: number; height: number; delays: number[] } {
  const text = String.fromCharCode(...bytes.subarray(0, 6));
  if (text !== 'GIF89a' && text !== 'GIF87a') throw new Error(`not a GIF: ${text}`);
  const word = (at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
  const width = word(6);
  const height = word(8);
  const packed = bytes[10] ?? 0;
  let at = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const delays: number[] = [];
  let pendingDelay = 0;
  const skipSubBlocks = () => {
    while ((bytes[at] ?? 0) !== 0) at += (bytes[at] ?? 0) + 1;
    at += 1;
  };
  for (;;) {
    const block = bytes[at];
    if (block === 0x3b) break;
    if (block === 0x21) {
      const label = bytes[at + 1];
      if (label === 0xf9) pendingDelay = word(at + 4);
      at += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      const local = bytes[at + 9] ?? 0;
      at += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
      at += 1; // LZW minimum code size
      skipSubBlocks();
      delays.push(pendingDelay);
      pendingDelay = 0;
    } else {
      throw new Error(`unexpected GIF block 0x${(block ?? 0).toString(16)} at byte ${at}`);
    }
  }
  return { width, height, delays };
}
