import { describe, expect, it } from 'vitest';
import { linkDefaults, parseLink, parsePageOptions, toOrigin, writeLink } from '../../../src/view/parseLink';
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
      origin: { kind: 'only', origin: 'https://news.example' },
      id: 'map_1',
      autoplay: false,
      pymChildId: null,
      display: 'map',
    });
  });

  it('falls back and reports each invalid value, ignoring unknown parameters', () => {
    const { options, notices } = parseLink('?t=yesterday&mode=x&types=riot&event=KZ22-999&lang=de&origin=javascript:alert(1)&id=a%20b&view=grid&zoom=4', context);
    // Every value falls back to its default, except a refused origin: that fails closed.
    expect(options).toEqual({ ...linkDefaults(span), origin: { kind: 'refused' } });
    expect(notices.map((notice) => notice.kind === 'invalid' && notice.name)).toEqual(['t', 'mode', 'types', 'event', 'lang', 'view', 'origin', 'id']);
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

  it('normalises case as the URL standard does (regression: HTTP://NEWS.EXAMPLE was refused)', () => {
    expect(toOrigin('HTTP://NEWS.EXAMPLE')).toBe('http://news.example');
    expect(toOrigin('HTTPS://News.Example/')).toBe('https://news.example');
  });

  it('drops default ports and keeps others', () => {
    expect(toOrigin('https://news.example:443')).toBe('https://news.example');
    expect(toOrigin('http://news.example:80/')).toBe('http://news.example');
    expect(toOrigin('https://news.example:8443')).toBe('https://news.example:8443');
    expect(toOrigin('http://[::1]:8080')).toBe('http://[::1]:8080');
    expect(toOrigin('https://news.example:99999')).toBeNull();
  });

  it('accepts one trailing slash, not two, and no empty query or fragment', () => {
    expect(toOrigin('https://news.example/')).toBe('https://news.example');
    expect(toOrigin('https://news.example//')).toBeNull();
    expect(toOrigin('https://news.example/?')).toBeNull();
    expect(toOrigin('https://news.example?')).toBeNull();
    expect(toOrigin('https://news.example#')).toBeNull();
  });

  it('refuses paths, including ones the URL parser would rewrite', () => {
    expect(toOrigin('https://news.example/embed')).toBeNull();
    expect(toOrigin('https://news.example/./')).toBeNull();
    expect(toOrigin('https:///news.example')).toBeNull();
    expect(toOrigin('https:\\\\news.example')).toBeNull();
  });

  it('refuses null, *, and the empty string', () => {
    for (const value of ['null', '*', '', 'https://', '//news.example']) expect(toOrigin(value)).toBeNull();
  });

  it('refuses userinfo (regression: https://a.example@evil.example is evil.example)', () => {
    expect(toOrigin('https://a.example@evil.example')).toBeNull();
    expect(toOrigin('https://@news.example')).toBeNull();
    expect(toOrigin('https://user:pw@news.example')).toBeNull();
  });

  it('refuses schemes other than http and https', () => {
    for (const value of ['javascript:alert(1)', 'javascript://news.example', 'ws://news.example', 'file:///', 'blob:https://news.example', 'data:text/html,hi', 'https:news.example']) {
      expect(toOrigin(value)).toBeNull();
    }
  });

  it('refuses whitespace and control characters anywhere (the URL parser would strip them)', () => {
    for (const value of [' https://news.example', 'https://news.example ', '\thttps://news.example', 'https://news.\nexample', 'https://news.example\u0000', 'https://news\u00a0.example']) {
      expect(toOrigin(value)).toBeNull();
    }
  });
});

describe('parsePageOptions(search): pym childId', () => {
  it('reads the childId a pym.Parent adds, next to its other parameters, with no notice', () => {
    const { options, notices } = parsePageOptions('?embed=1&initialWidth=640&childId=graphic-1&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2F');
    expect(options.pymChildId).toBe('graphic-1');
    expect(notices).toEqual([]);
  });
  it.each(['', 'a.b', 'x(.*)', 'a b', 'x'.repeat(65)])('ignores an unsafe childId=%j silently: no pym, no notice', (value) => {
    const { options, notices } = parsePageOptions(`?embed=1&childId=${encodeURIComponent(value)}`);
    expect(options.pymChildId).toBeNull();
    expect(notices).toEqual([]);
  });
});

describe('parsePageOptions(search): origin', () => {
  it('is any parent when no origin is given', () => {
    expect(parsePageOptions('?embed=1').options.origin).toEqual({ kind: 'any' });
  });
  it('is that origin alone, normalised, when one is given', () => {
    expect(parsePageOptions('?origin=HTTPS://NEWS.EXAMPLE:443/').options.origin).toEqual({ kind: 'only', origin: 'https://news.example' });
  });
  it.each(['null', '*', 'https://a.example@evil.example', 'javascript:alert(1)', 'https://news.example/path', ' https://news.example', ''])(
    'fails closed on origin=%j: refused, never "any", with a notice that says so',
    (value) => {
      const { options, notices } = parsePageOptions(`?embed=1&origin=${encodeURIComponent(value)}`);
      expect(options.origin).toEqual({ kind: 'refused' });
      expect(notices).toEqual([expect.objectContaining({ kind: 'invalid', name: 'origin', reason: expect.stringMatching(/accepts no commands and sends nothing/) })]);
    },
  );
});

describe('parsePageOptions(search): view', () => {
  it("reads view=days as the small multiples and view=map as the map", () => {
    expect(parsePageOptions('?view=days').options.display).toBe('days');
    expect(parsePageOptions('?view=map').options.display).toBe('map');
    expect(parsePageOptions('').options.display).toBe('map');
  });
  it('falls back to the map with a notice for any other value (case matters, as for every parameter)', () => {
    for (const value of ['Days', 'day', '', 'days ']) {
      const { options, notices } = parsePageOptions(`?view=${encodeURIComponent(value)}`);
      expect(options.display, value).toBe('map');
      expect(notices, value).toEqual([expect.objectContaining({ kind: 'invalid', name: 'view', reason: 'expected map or days' })]);
    }
  });
});

describe('writeLink(search, state)', () => {
  it('writes view=days on the days, removes it on the map and leaves it alone when not told', () => {
    const state = { t: span.end, mode: 'cumulative' as const, types: null, event: null };
    expect(new URLSearchParams(writeLink('embed=1', { ...state, display: 'days' })).get('view')).toBe('days');
    expect(new URLSearchParams(writeLink('view=days', { ...state, display: 'map' })).has('view')).toBe(false);
    expect(new URLSearchParams(writeLink('view=days', state)).get('view')).toBe('days');
  });
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
