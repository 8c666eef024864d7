import { DataError } from './dataError';
import { loadTimeouts } from './loadTimeouts';
import { formatSeconds, withDeadline } from './withDeadline';

/**
 * A piece of code loaded on demand (a dynamic import) that did not arrive. `file` is the chunk's
 * name without its content hash, as a reader can report it; `url` the address the browser named in
 * its own error (Chromium and Firefox do, Safari does not), used to tell a stale deploy apart.
 */
export class ChunkError extends DataError {
  readonly url: string | null;
  readonly timedOut: boolean;

  constructor(file: string, problem: string, url: string | null, timedOut: boolean) {
    super(file, problem);
    this.name = 'ChunkError';
    this.url = url;
    this.timedOut = timedOut;
  }
}

/**
 * The address in a browser's dynamic-import error: "Failed to fetch dynamically imported module:
 * https://…/assets/DownloadsForm-jPVKqCv2.js" (Chromium), "error loading dynamically imported
 * module: https://…" (Firefox); null for Safari's "Importing a module script failed.".
 */
export function chunkUrlOf(message: string): string | null {
  return /\bhttps?:\/\/[^\s'"]+\.m?js\b/.exec(message)?.[0] ?? null;
}

/**
 * Imports a chunk within `timeoutMs`; any failure becomes a ChunkError naming `file`.
 *
 * @example
 * const { ru } = await loadChunk('messages.ru.js', () => import('./messages.ru'));
 */
export function loadChunk<T>(file: string, load: () => Promise<T>, timeoutMs: number = loadTimeouts.chunk): Promise<T> {
  const timedOut = () => new ChunkError(file, `no answer within ${formatSeconds(timeoutMs)} (timed out)`, null, true);
  return withDeadline(timeoutMs, timedOut, () =>
    load().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      throw new ChunkError(file, 'could not be downloaded', chunkUrlOf(message), false);
    }),
  );
}
