import type { Language } from './language';

type Lang = Language;

/** U+00A0 NO-BREAK SPACE: the thousands separator for Russian and Kazakh, so a number never wraps. */
const nbsp = '\u00a0';

const separators: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  ru: { group: nbsp, decimal: ',' },
  kk: { group: nbsp, decimal: ',' },
};

/**
 * A number for the interface, without Intl or toLocaleString (Chromium ships no Kazakh data):
 * en "1,234.5", ru and kk "1 234,5" (no-break space). Rounded to at most two decimals, trailing
 * zeros dropped, so integers have no decimal part. Negative numbers take a hyphen-minus; a value
 * that rounds to zero is "0", never "-0". NaN and infinities are returned as String(n).
 */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const { group, decimal } = separators[lang];
  const cents = Math.round(Math.abs(n) * 100);
  if (cents === 0) return '0';
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  const digits = String(whole);
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += group;
    grouped += digits[i];
  }
  const decimals = fraction === 0 ? '' : decimal + String(fraction).padStart(2, '0').replace(/0$/, '');
  return (n < 0 ? '-' : '') + grouped + decimals;
}
