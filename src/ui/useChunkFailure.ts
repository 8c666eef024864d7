import { useEffect, useState } from 'react';
import { handleChunkFailure, type ChunkFailure } from './handleChunkFailure';

/** What `error` means (handleChunkFailure.ts); 'checking' while the missing file is looked up. */
export function useChunkFailure(error: unknown): ChunkFailure | 'checking' {
  const [result, setResult] = useState<{ error: unknown; failure: ChunkFailure } | null>(null);
  useEffect(
    function checkChunkFailure() {
      let cancelled = false;
      void handleChunkFailure(error).then((failure) => !cancelled && setResult({ error, failure }));
      return function ignoreLateCheck() {
        cancelled = true;
      };
    },
    [error],
  );
  return result !== null && result.error === error ? result.failure : 'checking';
}
