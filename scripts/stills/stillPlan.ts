// Which stills the build writes and under which names: pure, so the names the index.html tags and
// the README promise are tested without drawing anything.
import { languages, type Language } from '../../src/i18n/language.ts';
import type { StoryIndex } from '../../src/scene/buildStoryIndex.ts';
import type { KeyMomentId } from '../../src/timeline/keyMoments.ts';
import { formatAlmatyMinute, type Instant } from '../../src/timeline/instant.ts';

/** Every interface language (CONTRACT.md `lang`). */
export const stillLanguages: readonly Language[] = languages;

/** Device pixels per picture unit: 1200 × 630 for the cards, 2400 × 1260 for sharp screens. */
export const stillScales = [1, 2] as const;
export type StillScale = (typeof stillScales)[number];

/** The folder inside dist/ (the URLs are `stills/<name>`). */
export const stillsDir = 'stills';

export interface StillMoment {
  /** A key moment's id (src/timeline/keyMoments.ts), or `end` for the end of the window. */
  moment: KeyMomentId | 'end';
  t: Instant;
}

/** The key moments in time order, then the end state (the default view of the page). */
export function stillMoments(index: Pick<StoryIndex, 'keyMoments' | 'window'>): StillMoment[] {
  return [...index.keyMoments.map(({ id, t }) => ({ moment: id, t })), { moment: 'end' as const, t: index.window.end }];
}

/** `2022-01-05T01-30`: the instant in Almaty time as the app writes it in URLs, ':' → '-' (file-safe). */
export function stillStamp(t: Instant): string {
  return formatAlmatyMinute(t).replace(':', '-');
}

/** `2022-01-05T01-30-kk@2x.png` */
export function stillFile(t: Instant, lang: Language, scale: StillScale): string {
  return `${stillStamp(t)}-${lang}${scaleSuffix(scale)}.png`;
}

/** `end-ru.png`: the end state under a name that survives a longer window (the social tags use it). */
export function endAliasFile(lang: Language, scale: StillScale): string {
  return `end-${lang}${scaleSuffix(scale)}.png`;
}

function scaleSuffix(scale: StillScale): string {
  return scale === 1 ? '' : `@${scale}x`;
}
