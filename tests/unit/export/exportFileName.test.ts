import { describe, expect, it } from 'vitest';
import { exportFileName, fileStamp } from '../../../src/export/exportFileName';
import { toInstant } from '../../../src/timeline/instant';

describe('exportFileName(parts)', () => {
  it('names a picture of one instant in Almaty time, without colons', () => {
    expect(exportFileName({ from: toInstant('2022-01-05T12:00Z'), lang: 'ru', extension: 'svg' })).toBe('qantar-map-2022-01-05T18-00-ru.svg');
  });
  it('names a recording by its range and pixel size', () => {
    const from = toInstant('2022-01-04T00:00+06:00');
    const to = toInstant('2022-01-05T12:00+06:00');
    expect(exportFileName({ from, to, size: { width: 1080, height: 1080 }, lang: 'kk', extension: 'mp4' })).toBe('qantar-map-2022-01-04T00-00_2022-01-05T12-00-1080x1080-kk.mp4');
  });
  it('fileStamp(t) reads midnight as the start of the new day', () => {
    expect(fileStamp(toInstant('2022-01-06T00:00+06:00'))).toBe('2022-01-06T00-00');
  });
});
