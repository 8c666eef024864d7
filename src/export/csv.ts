/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends; a UTF-8
 * byte-order mark so spreadsheet programs read Cyrillic correctly. A field that a spreadsheet would
 * run as a formula (starting with = + - @ or a tab) gets a leading apostrophe: data stays data.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((column) => field(row[column] ?? '')).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Parses what toCsv writes (for tests and for checking a download); not a general CSV reader. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
