import { describe, expect, it } from 'vitest';
import { imageScales } from '../../../src/export/imageScales';

describe('imageScales', () => {
  it('offers exactly the 1x and 2x options, 1x first (the default)', () => {
    expect(imageScales).toEqual([1, 2]);
  });
});
