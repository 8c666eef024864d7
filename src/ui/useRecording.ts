import { useCallback, useEffect, useRef, useState } from 'react';
import type { Progress } from '../export/video/drawRuns';

/** Where a recording stands: none, under way (frames done of all), or ended with words to show. */
export type RecordingState =
  | { phase: 'idle'; note: string }
  | { phase: 'busy'; done: number; total: number };

/**
 * Runs one recording at a time and owns its AbortController: `start` begins one (`make` draws,
 * encodes and saves, reporting progress; it resolves to the words to show, or throws); `cancel`
 * aborts it, and so does closing the dialog (unmount). `describe` turns a failure into words.
 */
export function useRecording(describe: (error: unknown, cancelled: boolean) => string) {
  const [state, setState] = useState<RecordingState>({ phase: 'idle', note: '' });
  const controller = useRef<AbortController | null>(null);
  useEffect(
    () =>
      function abortRecordingOnClose() {
        controller.current?.abort();
      },
    [],
  );
  const start = useCallback(
    async (make: (signal: AbortSignal, progress: Progress) => Promise<string>) => {
      if (controller.current) return;
      const current = new AbortController();
      controller.current = current;
      setState({ phase: 'busy', done: 0, total: 0 });
      let note: string;
      try {
        note = await make(current.signal, (done, total) => setState({ phase: 'busy', done, total }));
      } catch (error) {
        note = describe(error, current.signal.aborted);
      }
      controller.current = null;
      setState({ phase: 'idle', note });
    },
    [describe],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
