import { en, type Messages } from './messages';

/** The reader's message catalogue. One language for now; the catalogue shape is fixed by `en`. */
export function useMessages(): Messages {
  return en;
}
