import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkError, chunkUrlOf, loadChunk } from '../../../src/data/loadChunk';
import { loadTimeouts } from '../../../src/data/loadTimeouts';

afterEach(() => {
  vi.useRealTimers();
});

describe('chunkUrlOf(message)', () => {
  it('reads the address from Chromium’s and Firefox’s dynamic-import errors', () => {
    expect(chunkUrlOf('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/DownloadsForm-jPVKqCv2.js')).toBe(
      'http://127.0.0.1:4173/assets/DownloadsForm-jPVKqCv2.js',
    );
    expect(chunkUrlOf('error loading dynamically imported module: https://maps.example/q/assets/messages.ru-DGML4140.js')).toBe(
      'https://maps.example/q/assets/messages.ru-DGML4140.js',
    );
  });

  it('returns null for Safari’s error, which names no file', () => {
    expect(chunkUrlOf('Importing a module script failed.')).toBeNull();
  });

  it('returns null for an address that is not http(s)', () => {
    expect(chunkUrlOf('Failed to fetch dynamically imported module: javascript:alert(1).js')).toBeNull();
  });
});

describe('loadChunk(file, load, timeoutMs)', () => {
  it('resolves with the module', async () => {
    await expect(loadChunk('x.js', async () => ({ value: 1 }))).resolves.toEqual({ value: 1 });
  });

  it('turns a failed import into a ChunkError naming the file and keeping the browser’s address', async () => {
    const failed = loadChunk('DownloadsForm.js', () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/DownloadsForm-abc.js')),
    );
    await expect(failed).rejects.toThrow('DownloadsForm.js: could not be downloaded');
    const error = await failed.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChunkError);
    expect((error as ChunkError).url).toBe('http://127.0.0.1:4173/assets/DownloadsForm-abc.js');
    expect((error as ChunkError).timedOut).toBe(false);
  });

  it(`gives up after loadTimeouts.chunk (${loadTimeouts.chunk} ms) on an import that never settles`, async () => {
    vi.useFakeTimers();
    const hung = loadChunk('messages.ru.js', () => new Promise(() => undefined));
    const settled = vi.fn();
    hung.catch(settled);
    await vi.advanceTimersByTimeAsync(loadTimeouts.chunk - 1);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(hung).rejects.toThrow(`messages.ru.js: no answer within ${loadTimeouts.chunk / 1000} s`);
    expect(((await hung.catch((e: unknown) => e)) as ChunkError).timedOut).toBe(true);
  });
});
