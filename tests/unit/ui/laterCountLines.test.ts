import { describe, expect, it } from 'vitest';
import type { RegionLaterCount } from '../../../src/data/laterCountTypes';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { laterCountLines } from '../../../src/ui/laterCountLines';

const almaty: RegionLaterCount = {
  region: 'KZ-ALA',
  figure: 'deaths',
  value: 1151,
  date: '2023-01-05',
  by: { en: 'Prosecutor General Berik Asylov', ru: 'генпрокурор Берик Асылов', kk: 'Бас прокурор Берік Асылов' },
  sources: [{ publisher: 'Egemen Qazaqstan', url: 'https://egemen.kz/x' }],
  note: 'a note',
};

describe('laterCountLines(counts, messages)', () => {
  it('says the figure, who gave it and the day it was published, in English', () => {
    expect(laterCountLines([almaty], en)).toEqual(['1,151 dead (Prosecutor General Berik Asylov, 5 January 2023)']);
  });

  it('uses the claimant and the date of the reader’s language: Russian genitive month', () => {
    expect(laterCountLines([almaty], ru)).toEqual([`погибших: ${ru.number(1151)} (генпрокурор Берик Асылов, 5 января 2023)`]);
  });

  it('writes the Kazakh date with the project’s calendar (year first), not Intl', () => {
    expect(laterCountLines([almaty], kk)).toEqual([`қаза тапқандар: ${kk.number(1151)} (Бас прокурор Берік Асылов, 2023 жылғы 5 қаңтар)`]);
  });

  it('returns no line for no count', () => {
    expect(laterCountLines([], en)).toEqual([]);
  });
});
