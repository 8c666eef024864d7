import { laterFigures } from './laterCountTypes';
import { isRegionId } from './regionSchema';

/**
 * Every problem in a geo/later-counts.json document, one sentence each naming the entry and the
 * field: the app's parser throws the first, tests/geo lists them all.
 * @example checkLaterCounts({ story_window_end: '2022-01-31', national: [], regions: [{ region: 'KZ-XXX' }] })[0]
 *   // → 'regions[0]: region must be a January 2022 region id (got "KZ-XXX")'
 */
export function checkLaterCounts(json: unknown): string[] {
  if (!isRecord(json)) return ['must be a JSON object'];
  const problems: string[] = [];
  const windowEnd = json.story_window_end;
  if (!isIsoDate(windowEnd)) problems.push(`story_window_end must be a date YYYY-MM-DD (got ${show(windowEnd)})`);
  const end = isIsoDate(windowEnd) ? windowEnd : '9999-12-31';
  for (const part of ['national', 'regions'] as const) {
    const list = json[part];
    if (!Array.isArray(list)) {
      problems.push(`${part} must be a list (got ${show(list)})`);
      continue;
    }
    const seen = new Set<string>();
    list.forEach((entry: unknown, i) => {
      const where = `${part}[${i}]`;
      if (!isRecord(entry)) return problems.push(`${where} must be an object`);
      if (part === 'regions' && !isRegionId(entry.region)) problems.push(`${where}: region must be a January 2022 region id (got ${show(entry.region)})`);
      for (const problem of checkEntry(entry, end)) problems.push(`${where}: ${problem}`);
      const key = `${String(entry.region)} ${String(entry.figure)} ${String(entry.date)}`;
      if (seen.has(key)) problems.push(`${where}: a second ${String(entry.figure)} figure for the same place and day`);
      seen.add(key);
    });
  }
  return problems;
}

function checkEntry(entry: Record<string, unknown>, windowEnd: string): string[] {
  const problems: string[] = [];
  if (!(laterFigures as readonly unknown[]).includes(entry.figure)) problems.push(`figure must be one of ${laterFigures.join(', ')} (got ${show(entry.figure)})`);
  if (!isPositiveInteger(entry.value)) problems.push(`value must be a positive integer (got ${show(entry.value)})`);
  if (entry.security !== undefined && !(isPositiveInteger(entry.security) && isPositiveInteger(entry.value) && entry.security <= entry.value)) {
    problems.push(`security must be a positive integer no larger than value (got ${show(entry.security)})`);
  }
  if (!isIsoDate(entry.date)) problems.push(`date must be a date YYYY-MM-DD (got ${show(entry.date)})`);
  else if (entry.date <= windowEnd) problems.push(`date must come after the story window, which ends on ${windowEnd} (got ${entry.date}): make it an event instead`);
  const by = entry.by;
  for (const lang of ['en', 'ru', 'kk']) {
    if (!isRecord(by) || !isText(by[lang])) problems.push(`by.${lang} must be a non-empty string`);
  }
  if (!Array.isArray(entry.sources) || entry.sources.length === 0) problems.push('sources must list at least one source');
  else {
    entry.sources.forEach((source: unknown, i) => {
      if (!isRecord(source) || !isText(source.publisher)) problems.push(`sources[${i}].publisher must be a non-empty string`);
      if (!isRecord(source) || !isHttpsUrl(source.url)) problems.push(`sources[${i}].url must be an https URL (got ${show(isRecord(source) ? source.url : source)})`);
      if (isRecord(source) && source.via !== undefined && !isText(source.via)) problems.push(`sources[${i}].via must be a non-empty string`);
    });
  }
  if (!isText(entry.note)) problems.push('note must be a non-empty string');
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** A real calendar day: 2022-02-30 is rejected. */
function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.includes('.');
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
