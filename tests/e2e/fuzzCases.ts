/** Seeded generator of hostile inputs for the hardening tests: the same cases on every run. */

/** mulberry32: a tiny seeded generator (also used by the benchmarks' synthetic events). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Payloads that would run script if anything treated them as HTML; each sets window.__xss. */
export const scriptPayloads = [
  '<img data-fuzz src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg data-fuzz onload="window.__xss=1">',
  "javascript:window.__xss=1",
  '</title><iframe data-fuzz srcdoc="<script>parent.__xss=1</script>">',
  '{{constructor.constructor("window.__xss=1")()}}',
];

const parameterNames = ['t', 'mode', 'types', 'event', 'lang', 'embed', 'origin', 'id', 'autoplay', 'zoom', '__proto__', 'constructor', 't[]', ''];

/** A random value of the kinds that break parsers: valid ones too, so both paths are exercised. */
function fuzzValue(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const kind = Math.floor(random() * 10);
  switch (kind) {
    case 0:
      return pick(scriptPayloads);
    case 1:
      return 'x'.repeat(1 + Math.floor(random() * 5000));
    case 2:
      return pick(['2022-01-05', '2022-01-05T18:00', '2022-01-05T18:59', '1999-01-01', '2022-13-45', '2022-01-05T25:00', '2022-01-05T18:00Z', '']);
    case 3:
      return pick(['cumulative', 'current', 'CURRENT', 'null', 'undefined', '[]', '{}']);
    case 4:
      return pick(['protest,clash', 'riot', 'protest,,', ',', 'protest,protest', 'shutdown,foreign-deployment,xx']);
    case 5:
      return pick(['KZ22-049', 'KZ22-999', '../../etc/passwd', '%00', 'KZ22-002']);
    case 6:
      return pick(['https://news.example', 'http://127.0.0.1:1', 'null', '*', 'javascript:alert(1)', 'https://a.example/path']);
    case 7:
      return String(random() * 1e12);
    case 8:
      return Array.from({ length: 1 + Math.floor(random() * 20) }, () => String.fromCharCode(Math.floor(random() * 0xffff))).join('');
    default:
      return pick(['1', '0', 'en', 'ru', 'kk', 'de', 'map_1', 'a b']);
  }
}

/** `count` query strings with 1–6 parameters each, repeated and unknown keys included. */
export function fuzzQueries(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const params = new URLSearchParams();
    const n = 1 + Math.floor(random() * 6);
    for (let i = 0; i < n; i += 1) {
      params.append(parameterNames[Math.floor(random() * parameterNames.length)] ?? 't', fuzzValue(random));
    }
    return params.toString();
  });
}

/** Inbound messages that must all be refused: malformed, oversized, wrong types, wrong version. */
export function fuzzMessages(count: number, seed = 11): unknown[] {
  const random = seededRandom(seed);
  const types = ['set-time', 'play ', 'set-mode', 'set-types', 'select-event', 'explode', '', null, 5];
  return Array.from({ length: count }, (_, i) => {
    switch (i % 8) {
      case 0:
        return fuzzValue(random);
      case 1:
        return { target: 'qantar-map', version: 1, type: types[Math.floor(random() * types.length)], t: 12, mode: 'sideways', types: 'protest', event: '<b>' };
      case 2:
        return { target: 'qantar-map', version: Math.floor(random() * 5) + 2, type: 'play' };
      case 3:
        return { target: 'qantar-map', version: 1, type: 'set-time', t: 'x'.repeat(100_000) };
      case 4:
        return [1, 2, { target: 'qantar-map' }];
      case 5:
        return { target: 'qantar-map', version: 1, type: 'set-types', types: [fuzzValue(random)] };
      case 6:
        return { target: 'qantar-map', version: '1', type: 'pause' };
      default:
        return { target: 'qantar-map', version: 1, type: 'set-time', t: fuzzValue(random).slice(0, 10) + 'Z' };
    }
  });
}
