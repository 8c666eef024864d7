import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/export/csv';

describe('toCsv(columns, rows)', () => {
  it('quotes commas, quotes and line breaks, ends lines with CRLF and starts with a BOM', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"\nthen' }]);
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","say ""hi""\nthen"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['a'], [{ a: '=HYPERLINK("http://x")' }, { a: '+1' }, { a: '@SUM(A1)' }, { a: '-2' }])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""http://x"")"\r\n\'+1\r\n\'@SUM(A1)\r\n\'-2\r\n',
    );
  });

  it('round-trips any text through parseCsv (Cyrillic, quotes, commas, new lines)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { minLength: 1, maxLength: 6 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b }));
        const parsed = parseCsv(toCsv(['a', 'b'], rows));
        const undo = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
        expect(parsed.slice(1).map((row) => row.map(undo))).toEqual(pairs.map(([a, b]) => [a, b]));
      }),
      { numRuns: 200, seed: 2022 },
    );
  });
});
