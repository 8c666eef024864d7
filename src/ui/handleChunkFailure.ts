import { ChunkError } from '../data/loadChunk';
import { loadTimeouts } from '../data/loadTimeouts';
import { withDeadline } from '../data/withDeadline';

/**
 * What a failed chunk means for the reader: `failed` (network, server, timeout: "Try again" may
 * help), `reloading` (a stale deploy: the page is being reloaded into the new version), `gone`
 * (still missing after that one reload: explain, offer "Try again" and "Reload the page").
 */
export type ChunkFailure = 'failed' | 'reloading' | 'gone';

/**
 * Where the one reload is remembered: in `history.state` of this page's entry. It survives the
 * reload, stays out of the address (a shared link never carries it) and out of storage (the
 * privacy review found none, and sessionStorage would outlive the page's entry); keyed by the
 * missing file, so a later release in the same tab may reload once more, a broken one never loops.
 */
const reloadedForKey = 'qantarMapReloadedFor';

/**
 * Wait before reloading (ms): longer than the link writer's delay (300 ms, useLinkWriter.ts), so
 * the address holds the view and the language just chosen (a switch is what asks for a catalogue).
 */
const reloadDelayMs = 500;

/**
 * Tells a stale deploy from a bad network: the file the browser failed to import is fetched again,
 * bypassing caches. 404 or 410, or an HTML page where a script should be (hosts with a single-page
 * fallback), means a release replaced it: reload once, and the new index.html brings the new files.
 */
export async function handleChunkFailure(error: unknown): Promise<ChunkFailure> {
  if (!(error instanceof ChunkError) || error.timedOut || error.url === null) return 'failed';
  if ((await probeChunk(error.url)) !== 'gone') return 'failed';
  return reloadOnceFor(error.url) ? 'reloading' : 'gone';
}

function reloadOnceFor(url: string): boolean {
  const state: unknown = window.history.state;
  const previous = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  if (previous[reloadedForKey] === url) return false;
  setTimeout(function reloadIntoNewRelease() {
    // Read again: the link writer may have replaced the entry's state since (it keeps history.state).
    const current: unknown = window.history.state;
    const kept = typeof current === 'object' && current !== null ? current : {};
    window.history.replaceState({ ...kept, [reloadedForKey]: url }, '');
    window.location.reload();
  }, reloadDelayMs);
  return true;
}

async function probeChunk(url: string): Promise<'gone' | 'there' | 'unreachable'> {
  try {
    const timedOut = () => new Error(`${url}: no answer`);
    const response = await withDeadline(loadTimeouts.chunk, timedOut, (signal) => fetch(url, { cache: 'no-store', signal }));
    void response.body?.cancel();
    if (response.status === 404 || response.status === 410) return 'gone';
    if (!response.ok) return 'unreachable';
    return /javascript|ecmascript/i.test(response.headers.get('content-type') ?? '') ? 'there' : 'gone';
  } catch {
    return 'unreachable';
  }
}
