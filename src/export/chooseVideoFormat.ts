/** The container and codec a video is written in. */
export interface VideoFormat {
  container: 'mp4' | 'webm';
  /** mediabunny's codec name. */
  codec: 'avc' | 'vp9';
  mimeType: string;
  extension: string;
}

/** H.264 in MP4 first (every social platform and editing tool reads it), then VP9 in WebM. */
export const videoFormats: readonly VideoFormat[] = [
  { container: 'mp4', codec: 'avc', mimeType: 'video/mp4', extension: 'mp4' },
  { container: 'webm', codec: 'vp9', mimeType: 'video/webm', extension: 'webm' },
];

/**
 * The first format whose codec the browser can encode at this size (`canEncode` asks WebCodecs'
 * `VideoEncoder.isConfigSupported`), or null when none: Debian's Chromium offers H.264 through
 * OpenH264 only from level 4 on at 1080p sizes, and some browsers have no encoder at all.
 */
export async function chooseVideoFormat(canEncode: (codec: VideoFormat['codec']) => Promise<boolean>): Promise<VideoFormat | null> {
  for (const format of videoFormats) {
    if (await canEncode(format.codec).catch(() => false)) return format;
  }
  return null;
}
