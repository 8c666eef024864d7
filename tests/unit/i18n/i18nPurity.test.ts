import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findImpurities } from '../findImpurities';

/**
 * Every module of src/i18n but its React hooks (use*.ts) is pure, so the status lines, names and
 * headline phrases can be shared by the map, the UI and the exports. pure-modules.json lists only
 * some of them; this covers the folder until it lists `src/i18n/*.ts`.
 */
const dir = join(import.meta.dirname, '../../../src/i18n');
const pureFiles = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.startsWith('use'));

describe('src/i18n modules', () => {
  it('include the shared phrase modules', () => {
    expect(pureFiles).toEqual(expect.arrayContaining(['placeNames.ts', 'placeStatusLines.ts', 'regionStatusLines.ts', 'headlineParts.ts', 'eventSummary.ts']));
  });
  it.each(pureFiles)('src/i18n/%s imports no UI library and touches no window/document', (file) => {
    expect(findImpurities(readFileSync(join(dir, file), 'utf8'))).toEqual([]);
  });
});
