import type { Language } from './language';

/**
 * How one language writes a date. Our own code for every language, so Kazakh is right in Chromium
 * (its Intl has no Kazakh data, CONTRACT.md) and all three behave the same in Node and browsers.
 * `month` is 0-based.
 */
export interface Calendar {
  lang: Language;
  /** "5 January 2022", "5 января 2022", "2022 жылғы 5 қаңтар" */
  date(day: number, month: number, year: number): string;
  /** "5 Jan", "5 янв", "5 қаң": axis and arc labels */
  shortDate(day: number, month: number): string;
  /** "end of 5 January 2022", "конец 5 января 2022", "2022 жылғы 5 қаңтардың соңы": midnight after a day */
  endOfDay(day: number, month: number, year: number): string;
}

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Genitive: "5 января".
const monthsRu = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const monthsRuShort = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const monthsKk = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
// Genitive ("of January"), for "the end of 5 January": -ның after a vowel, м, н or ң; -дың after
// р, з; -тың after a voiceless consonant (қыркүйек → қыркүйектің).
const monthsKkGenitive = ['қаңтардың', 'ақпанның', 'наурыздың', 'сәуірдің', 'мамырдың', 'маусымның', 'шілденің', 'тамыздың', 'қыркүйектің', 'қазанның', 'қарашаның', 'желтоқсанның'];
const monthsKkShort = ['қаң', 'ақп', 'нау', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел'];

const at = (names: readonly string[], month: number) => names[month] ?? '';

export const calendars: Record<Language, Calendar> = {
  en: {
    lang: 'en',
    date: (day, month, year) => `${day} ${at(monthsEn, month)} ${year}`,
    shortDate: (day, month) => `${day} ${at(monthsEn, month).slice(0, 3)}`,
    endOfDay: (day, month, year) => `end of ${day} ${at(monthsEn, month)} ${year}`,
  },
  ru: {
    lang: 'ru',
    date: (day, month, year) => `${day} ${at(monthsRu, month)} ${year}`,
    shortDate: (day, month) => `${day} ${at(monthsRuShort, month)}`,
    // "конец" keeps the date in the genitive it already has: "конец 5 января 2022".
    endOfDay: (day, month, year) => `конец ${day} ${at(monthsRu, month)} ${year}`,
  },
  kk: {
    lang: 'kk',
    // Kazakh puts the year first, in the genitive-like "жылғы": "2022 жылғы 5 қаңтар".
    date: (day, month, year) => `${year} жылғы ${day} ${at(monthsKk, month)}`,
    shortDate: (day, month) => `${day} ${at(monthsKkShort, month)}`,
    endOfDay: (day, month, year) => `${year} жылғы ${day} ${at(monthsKkGenitive, month)} соңы`,
  },
};
