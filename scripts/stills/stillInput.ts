import type { Language } from '../../src/i18n/language.ts';
import { en, type Messages } from '../../src/i18n/messages.ts';
import { kk } from '../../src/i18n/messages.kk.ts';
import { ru } from '../../src/i18n/messages.ru.ts';
import { placeNameTable, placeNamer } from '../../src/i18n/placeNameTable.ts';
import { frameInputAt, type FrameInput } from '../../src/render/frameInput.ts';
import { sceneAt } from '../../src/scene/sceneAt.ts';
import type { Instant } from '../../src/timeline/instant.ts';
import type { GeoStory } from './loadGeoStory.ts';

export const catalogues: Record<Language, Messages> = { en, ru, kk };

/**
 * A still's picture input: the scene at `t` as the page's default view draws it (cumulative, every
 * type, no trail), in `lang`, places named as the page names them in that language.
 */
export function stillInput(story: GeoStory, t: Instant, lang: Language): FrameInput {
  const messages = catalogues[lang];
  const texts = lang === 'en' ? null : story.texts[lang];
  const placeName = placeNamer(placeNameTable(story.index.input, texts, messages));
  const scene = sceneAt(story.index, { t, mode: 'cumulative', types: null, trail: false });
  return frameInputAt(scene, { geography: story.dataset, messages, storyStart: story.index.window.start, placeName });
}

/** What a still shows, in its language: its alt text and the manifest's `shows`. */
export function stillDescription(input: FrameInput): string {
  const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return [input.title, input.when, input.caption, input.headline].filter(Boolean).map(sentence).join('. ').replace(/\.\./g, '.');
}
