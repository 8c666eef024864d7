import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { hatchStyle } from '../../../src/map/hatchStyle';
import { styleTokens } from '../../../src/map/styleTokens';
import { MessagesContext } from '../../../src/react/useMessages';
import { CompactKey } from '../../../src/ui/CompactKey';

const render = (messages: typeof en) => renderToStaticMarkup(createElement(MessagesContext.Provider, { value: messages }, createElement(CompactKey)));

describe('<CompactKey> (the one-row colour key)', () => {
  it.each([
    ['en', en],
    ['ru', ru],
    ['kk', kk],
  ] as const)('names calm, protests, violence and the emergency in %s, one swatch each', (_, messages) => {
    const html = render(messages);
    expect(html.match(/class="qm-key__item"/g)).toHaveLength(4);
    for (const level of ['calm', 'protest', 'violence'] as const) {
      expect(html).toContain(messages.compactKey.levels[level]);
      expect(html).toContain(`background:${styleTokens.level[level]}`);
    }
    expect(html).toContain(`title="${messages.emergency}"`);
    expect(html).toContain(`>${messages.compactKey.emergency}</abbr>`);
    expect(html).toContain(`fill="url(#${hatchStyle().id})"`);
    expect(html).toContain(`aria-label="${messages.compactKey.label}"`);
  });

  it('keeps every word short enough for one row at 320 px (at most 16 characters a label)', () => {
    for (const messages of [en, ru, kk]) {
      const words = [...Object.values(messages.compactKey.levels), messages.compactKey.emergency];
      expect(words.join('').length, messages.calendar.lang).toBeLessThanOrEqual(40);
      for (const word of words) expect(word.length).toBeLessThanOrEqual(16);
    }
  });
});
