import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages';
import { kk, kkNumberLocative } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';

/**
 * Runs once the catalogues sit next to messages.ts: the translations must keep the shape of `en`
 * (keys, array lengths, function arity) and the facts of the About section.
 */
type Path = string;

function shape(value: unknown, path: Path = ''): string[] {
  if (typeof value === 'function') return [`${path}:fn/${value.length}`];
  if (Array.isArray(value)) return [`${path}:array/${value.length}`, ...value.flatMap((item, i) => shape(item, `${path}[${i}]`))];
  if (value !== null && typeof value === 'object')
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], `${path}.${key}`));
  return [`${path}:${typeof value}`];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const numbersIn = (text: string) => (text.replace(/[\u00a0,](?=\d{3})/g, '').match(/\d+/g) ?? []).sort();

describe.each([
  ['ru', ru],
  ['kk', kk],
] as const)('%s catalogue', (_, catalogue) => {
  it('has the shape of the English one', () => {
    expect(shape(catalogue)).toEqual(shape(en));
  });

  it('has no empty or untranslated strings', () => {
    for (const text of strings(catalogue)) {
      expect(text.trim()).not.toBe('');
      expect(strings(en)).not.toContain(text);
    }
  });

  it('keeps every number of the About section', () => {
    const sections = catalogue.about.sections;
    en.about.sections.forEach((section, s) =>
      section.paragraphs.forEach((paragraph, p) => expect(numbersIn(sections[s]?.paragraphs[p] ?? '')).toEqual(numbersIn(paragraph))),
    );
  });
});

describe('ru plurals and numbers', () => {
  it('agrees the noun with the count', () => {
    expect(ru.events.count(1)).toBe('1 событие');
    expect(ru.events.count(3)).toBe('3 события');
    expect(ru.events.count(11)).toBe('11 событий');
    expect(ru.events.count(21)).toBe('21 событие');
    expect(ru.events.count(1000)).toBe('1\u00a0000 событий');
    expect(ru.live.newEvents(2, 'Алматы')).toBe('2 новых события: Алматы.');
    expect(ru.live.newEvents(5, 'Алматы')).toBe('5 новых событий: Алматы.');
    expect(ru.headline.toll(1234, 'МВД')).toBe('Официальное число погибших: 1\u00a0234 (МВД)');
  });
});

describe('kk numbers', () => {
  it('keeps the noun singular after a number', () => {
    expect(kk.events.count(1)).toBe('1 оқиға');
    expect(kk.events.count(5)).toBe('5 оқиға');
    expect(kk.live.newEvents(12, 'Алматы')).toBe('12 жаңа оқиға: Алматы.');
    expect(kk.headline.farthest('Алматы', 1234)).toBe('ең алыс нүкте: Алматы, Жаңаөзеннен 1\u00a0234 км');
  });

  it('harmonises the locative ending with the spoken numeral', () => {
    const expected: Record<number, string> = {
      0: '0-інде', 1: '1-інде', 2: '2-сінде', 3: '3-інде', 4: '4-інде', 5: '5-інде', 6: '6-сында', 7: '7-сінде',
      8: '8-інде', 9: '9-ында', 10: '10-ында', 11: '11-інде', 12: '12-сінде', 16: '16-сында', 17: '17-сінде',
      20: '20-сында', 30: '30-ында', 40: '40-ында', 50: '50-інде', 60: '60-ында', 70: '70-інде', 80: '80-інде',
      90: '90-ында', 100: '100-інде', 1000: '1\u00a0000-ында',
    };
    for (const [n, text] of Object.entries(expected)) expect(kkNumberLocative(Number(n))).toBe(text);
    expect(kk.headline.regions(9)).toBe('Наразылық: 17 өңірдің 9-ында');
  });
});
