import { describe, expect, it } from 'vitest';
import { frameSizes } from '../../../src/render/drawFrame';

const imageSize = frameSizes.standard;
import { imageScales, scaledImageSize } from '../../../src/export/scaledImageSize';

describe('scaledImageSize(scale)', () => {
  it('is the layout size at 1x', () => {
    expect(scaledImageSize(1)).toEqual({ width: 1200, height: 860 });
    expect(scaledImageSize(1)).toEqual(imageSize);
  });

  it('doubles both sides at 2x', () => {
    expect(scaledImageSize(2)).toEqual({ width: 2400, height: 1720 });
  });

  it('offers exactly the 1x and 2x options, 1x first (the default)', () => {
    expect(imageScales).toEqual([1, 2]);
  });
});
