import { loadChunk } from '../data/loadChunk';
import type { Language } from './language';
import { en, type Messages } from './messages';

/**
 * English ships with the app; Russian and Kazakh are their own chunks, fetched only by readers
 * who choose them (they are not part of the first view's bytes). A chunk that fails or does not
 * arrive within loadTimeouts.chunk rejects with a ChunkError naming it (messages.ru.js).
 */
export async function loadMessages(lang: Language): Promise<Messages> {
  if (lang === 'ru') return (await loadChunk('messages.ru.js', () => import('./messages.ru'))).ru;
  if (lang === 'kk') return (await loadChunk('messages.kk.js', () => import('./messages.kk'))).kk;
  return en;
}
