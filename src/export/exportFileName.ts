import { formatAlmatyMinute, type Instant } from '../timeline/instant';

/** "2022-01-05T18-00": an Almaty minute as it can stand in a file name on every system (no colon). */
export function fileStamp(t: number): string {
  return formatAlmatyMinute(t as Instant).replace(':', '-');
}

/**
 * The name of a picture or recording of the map: one instant (`qantar-map-2022-01-05T18-00-en.svg`)
 * or a range (`qantar-map-2022-01-04T00-00_2022-01-05T12-00-1080x1080-kk.mp4`), in Almaty time, in
 * the language of its words.
 */
export function exportFileName(parts: { from: number; to?: number; size?: { width: number; height: number }; lang: string; extension: string }): string {
  const when = parts.to === undefined ? fileStamp(parts.from) : `${fileStamp(parts.from)}_${fileStamp(parts.to)}`;
  const size = parts.size ? `-${parts.size.width}x${parts.size.height}` : '';
  return `qantar-map-${when}${size}-${parts.lang}.${parts.extension}`;
}
