import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/i18n/formatNumber';

const nbsp = '\u00a0';

describe('formatNumber', () => {
  it('prints small integers as they are', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      expect(formatNumber(0, lang)).toBe('0');
      expect(formatNumber(1, lang)).toBe('1');
      expect(formatNumber(12, lang)).toBe('12');
      expect(formatNumber(999, lang)).toBe('999');
    }
  });

  it('groups thousands with a comma in English', () => {
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(20000, 'en')).toBe('20,000');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('groups thousands with a no-break space in Russian and Kazakh', () => {
    for (const lang of ['ru', 'kk'] as const) {
      expect(formatNumber(1000, lang)).toBe(`1${nbsp}000`);
      expect(formatNumber(12345, lang)).toBe(`12${nbsp}345`);
      expect(formatNumber(1234567, lang)).toBe(`1${nbsp}234${nbsp}567`);
      expect(formatNumber(12345, lang)).not.toContain(' ');
    }
  });

  it('keeps the sign of negative numbers', () => {
    expect(formatNumber(-1234, 'en')).toBe('-1,234');
    expect(formatNumber(-1234, 'ru')).toBe(`-1${nbsp}234`);
    expect(formatNumber(-5, 'kk')).toBe('-5');
    expect(formatNumber(-0.5, 'ru')).toBe('-0,5');
  });

  it('never prints minus zero', () => {
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(-0.001, 'ru')).toBe('0');
  });

  it('uses the decimal point in English and the decimal comma in Russian and Kazakh', () => {
    expect(formatNumber(3.5, 'en')).toBe('3.5');
    expect(formatNumber(3.5, 'ru')).toBe('3,5');
    expect(formatNumber(3.5, 'kk')).toBe('3,5');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.56');
    expect(formatNumber(1234.56, 'ru')).toBe(`1${nbsp}234,56`);
    expect(formatNumber(0.05, 'kk')).toBe('0,05');
  });

  it('rounds to at most two decimals and drops trailing zeros', () => {
    expect(formatNumber(2.999, 'en')).toBe('3');
    expect(formatNumber(3.14159, 'ru')).toBe('3,14');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(7.0, 'kk')).toBe('7');
    expect(formatNumber(999.999, 'ru')).toBe(`1${nbsp}000`);
  });

  it('leaves non-finite values alone', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'ru')).toBe('Infinity');
  });
});

describe('catalogues format numbers with formatNumber, never Intl', () => {
  it('writes no toLocaleString or Intl call into a catalogue (one Intl object per call cost 0.3 ms a slider step)', () => {
    for (const file of ['messages.ts', 'messages.ru.ts', 'messages.kk.ts']) {
      const source = readFileSync(new URL(`../../../src/i18n/${file}`, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/toLocaleString|Intl\./);
    }
  });
});
