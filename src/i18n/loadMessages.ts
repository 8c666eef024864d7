import type { Language } from './language';
import { en, type Messages } from './messages';

/**
 * English ships with the app; Russian and Kazakh are their own chunks, fetched only by readers
 * who choose them (they are not part of the first view's bytes).
 */
export async function loadMessages(lang: Language): Promise<Messages> {
  if (lang === 'ru') return (await import('./messages.ru')).ru;
  if (lang === 'kk') return (await import('./messages.kk')).kk;
  return en;
}
