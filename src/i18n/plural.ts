/**
 * The Russian plural form for `n`: `one` (1, 21, 101 событие), `few` (2–4, 22–24 события) or
 * `many` (0, 5–20, 25–30, 111 событий). Negative numbers follow their absolute value; a
 * fractional number takes `few` (3,5 события), as Russian uses the genitive singular there.
 */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n);
  if (!Number.isInteger(abs)) return few;
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
