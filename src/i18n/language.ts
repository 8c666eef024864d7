/** Interface languages (CONTRACT.md `lang`): English, Russian, Kazakh. */
export const languages = ['en', 'ru', 'kk'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The language to show (CONTRACT.md): the `lang` parameter when valid, then the first of the
 * browser's languages we have ("kk-KZ" → kk, "ru-RU" → ru), then English.
 */
export function chooseLanguage(param: Language | null, browserLanguages: readonly string[]): Language {
  if (param) return param;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** Each language's name in itself, for the switcher. */
export const languageNames: Record<Language, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
