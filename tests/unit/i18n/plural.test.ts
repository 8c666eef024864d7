import { describe, expect, it } from 'vitest';
import { pluralRu } from '../../../src/i18n/plural';

const form = (n: number) => pluralRu(n, 'событие', 'события', 'событий');

describe('pluralRu', () => {
  it('takes the "one" form for 1, 21, 101… but not 11 or 111', () => {
    for (const n of [1, 21, 31, 101, 1001, 1021]) expect(form(n)).toBe('событие');
    expect(form(11)).toBe('событий');
    expect(form(111)).toBe('событий');
  });

  it('takes the "few" form for 2–4, 22–24… but not 12–14 or 112–114', () => {
    for (const n of [2, 3, 4, 22, 23, 24, 102, 1004]) expect(form(n)).toBe('события');
    for (const n of [12, 13, 14, 112, 113, 114]) expect(form(n)).toBe('событий');
  });

  it('takes the "many" form for 0, 5–20, 25–30, round numbers', () => {
    for (const n of [0, 5, 6, 9, 10, 11, 15, 19, 20, 25, 30, 100, 1000, 12345]) expect(form(n)).toBe('событий');
  });

  it('follows the absolute value of negative numbers', () => {
    expect(form(-1)).toBe('событие');
    expect(form(-22)).toBe('события');
    expect(form(-1234)).toBe('события');
    expect(form(-1235)).toBe('событий');
  });

  it('takes the "few" form (genitive singular) for fractions', () => {
    expect(form(3.5)).toBe('события');
    expect(form(1.5)).toBe('события');
  });
});
