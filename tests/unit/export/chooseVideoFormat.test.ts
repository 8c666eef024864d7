import { describe, expect, it } from 'vitest';
import { chooseVideoFormat } from '../../../src/export/chooseVideoFormat';

describe('chooseVideoFormat(canEncode)', () => {
  it('takes MP4 with H.264 when the encoder offers it', async () => {
    expect((await chooseVideoFormat(async () => true))?.container).toBe('mp4');
  });
  it('falls back to WebM with VP9 without H.264', async () => {
    const format = await chooseVideoFormat(async (codec) => codec === 'vp9');
    expect(format).toMatchObject({ container: 'webm', codec: 'vp9', mimeType: 'video/webm', extension: 'webm' });
  });
  it('treats a probe that throws as "cannot"', async () => {
    const format = await chooseVideoFormat(async (codec) => {
      if (codec === 'avc') throw new Error('probe failed');
      return true;
    });
    expect(format?.codec).toBe('vp9');
  });
  it('returns null when neither can be encoded', async () => {
    expect(await chooseVideoFormat(async () => false)).toBeNull();
  });
});
