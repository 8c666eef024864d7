import { useMemo } from 'react';
import type { StoryIndex } from '../scene/buildStoryIndex';
import { useMessages } from '../react/useMessages';
import { placeNameTable } from '../i18n/placeNameTable';
import { useEventTextsContext } from './useEventTexts';

/** Place names in the reader's language, by place id (placeNameTable); a new map per language. */
export function usePlaceNames(index: StoryIndex): ReadonlyMap<string, string> {
  const messages = useMessages();
  const texts = useEventTextsContext();
  return useMemo(() => placeNameTable(index.input, texts, messages), [index, texts, messages]);
}
