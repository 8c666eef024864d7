import { describe, expect, it } from 'vitest';
import { linkDefaults, parseLink, toOrigin, writeLink } from '../../../src/view/parseLink';
import { toInstant } from '../../../src/timeline/instant';

const span = { start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-26T00:00+06:00') };
const context = { span, eventIds: new Set(['KZ22-002', 'KZ22-049']) };

describe('parseLink(search, context)', () => {
  it('gives the defaults for an empty query: the end of the story, cumulative, all types', () => {
    expect(parseLink('', context)).toEqual({ options: linkDefaults(span), notices: [] });
    expect(linkDefaults(span).t).toBe(span.end);
  });

  it('reads every CONTRACT parameter', () => {
    const { options, notices } = parseLink(
      '?t=2022-01-05T18:00&mode=current&types=clash,protest&event=KZ22-049&lang=kk&embed=1&origin=https://news.example&id=map_1',
      context,
    );
    expect(notices).toEqual([]);
    expect(options).toEqual({
      t: toInstant('2022-01-05T18:00+06:00'),
      mode: 'current',
      types: ['protest', 'clash'],
      event: 'KZ22-049',
      lang: 'kk',
      embed: true,
      origin: 'https://news.example',
      id: 'map_1',
      autoplay: false,
    });
  });

  it('falls back and reports each invalid value, ignoring unknown parameters', () => {
    const { options, notices } = parseLink('?t=yesterday&mode=x&types=riot&event=KZ22-999&lang=de&origin=javascript:alert(1)&id=a%20b&zoom=4', context);
    expect(options).toEqual(linkDefaults(span));
    expect(notices.map((notice) => notice.kind === 'invalid' && notice.name)).toEqual(['t', 'mode', 'types', 'event', 'lang', 'origin', 'id']);
  });

  it('clamps a time outside the window with a notice', () => {
    const { options, notices } = parseLink('?t=2023-01-05', context);
    expect(options.t).toBe(span.end);
    expect(notices).toEqual([{ kind: 'clamped', name: 't' }]);
  });

  it('keeps the known types of a list with unknown ones, and reads an empty list as none', () => {
    expect(parseLink('?types=protest,riot', context).options.types).toEqual(['protest']);
    expect(parseLink('?types=', context).options.types).toEqual([]);
  });

  it('shortens a very long invalid value in its notice', () => {
    const [notice] = parseLink(`?mode=${'x'.repeat(500)}`, context).notices;
    expect(notice?.kind === 'invalid' && notice.value.length).toBeLessThanOrEqual(41);
  });
});

describe('toOrigin(value)', () => {
  it('accepts http(s) origins and refuses paths, credentials and other schemes', () => {
    expect(toOrigin('https://news.example')).toBe('https://news.example');
    expect(toOrigin('https://news.example/')).toBe('https://news.example');
    expect(toOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(toOrigin('https://news.example/path')).toBeNull();
    expect(toOrigin('https://user:pw@news.example')).toBeNull();
    expect(toOrigin('data:text/html,hi')).toBeNull();
    expect(toOrigin('*')).toBeNull();
  });
});

describe('writeLink(search, state)', () => {
  it('writes t as YYYY-MM-DDTHH:mm in Almaty time and leaves defaults out', () => {
    const written = writeLink('', { t: toInstant('2022-01-05T00:30+05:00'), mode: 'cumulative', types: null, event: null });
    expect(written).toBe('t=2022-01-05T01%3A30');
  });
  it('keeps other parameters and round-trips through parseLink', () => {
    const state = { t: toInstant('2022-01-06T03:00+06:00'), mode: 'current' as const, types: ['clash' as const], event: 'KZ22-002' };
    const written = writeLink('embed=1&id=x&host_param=keep', state);
    expect(new URLSearchParams(written).get('host_param')).toBe('keep');
    const { options } = parseLink(written, context);
    expect(options).toMatchObject({ ...state, embed: true, id: 'x' });
  });
  it('removes parameters that went back to their defaults', () => {
    const written = writeLink('mode=current&types=clash&event=KZ22-002', { t: span.end, mode: 'cumulative', types: null, event: null });
    expect(written).toBe('t=2022-01-26T00%3A00');
  });
});
