import { createContext, useContext } from 'react';
import { en, type Messages } from '../i18n/messages';

/** The reader's catalogue; App provides the one of the chosen language (English until then). */
export const MessagesContext = createContext<Messages>(en);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
