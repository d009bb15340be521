/**
 * A deterministic corpus of hostile and mangled app URLs (paths relative to the app's base).
 * Every URL carries at most a few payloads, so that a failure names a short URL.
 *
 * Payloads that would inject markup carry an id or attribute starting with `pwn`, and script
 * payloads set `window.__pwned`: the spec asserts neither ever appears.
 */

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const KEYS = ['q', 'stage', 'maturity', 'language', 'license', 'tag', 'saved', 'lang', 'ids', 'diff'];

const enc = encodeURIComponent;
const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** Query values, written into the URL exactly as given (already escaped or deliberately not). */
export const VALUES: { name: string; raw: string }[] = [
  // Truncated and malformed escapes.
  { name: 'lone %', raw: '%' },
  { name: 'truncated %2', raw: '%2' },
  { name: 'truncated multibyte', raw: '%E3%8' },
  { name: 'non-hex escape', raw: '%zz%G1' },
  { name: 'percent run', raw: '%%%25%' },
  // Double and triple encoding.
  { name: 'double-encoded script', raw: enc(enc('<script id="pwn-dbl">window.__pwned=1</script>')) },
  { name: 'double-encoded comma', raw: 'observability%252Cci-cd' },
  { name: 'triple-encoded percent', raw: '%252525' },
  // Invalid UTF-8.
  { name: 'invalid 2-byte %C3%28', raw: '%C3%28' },
  { name: 'lone %FF', raw: '%FF' },
  { name: 'BOM-ish %FE%FF', raw: '%FE%FF' },
  { name: 'surrogate half %ED%A0%80', raw: '%ED%A0%80' },
  { name: 'overlong %C0%AF', raw: '%C0%AF' },
  { name: 'cut 4-byte', raw: '%F0%9F%98' },
  { name: 'NUL and controls', raw: '%00%01%1B%7F' },
  { name: 'newlines', raw: 'a%0D%0Ab%0A' },
  // Markup and script payloads.
  { name: 'script tag', raw: enc('<script id="pwn-script">window.__pwned=1</script>') },
  { name: 'raw script tag', raw: '<script id="pwn-raw">window.__pwned=1</script>' },
  { name: 'img onerror', raw: enc('"><img id="pwn-img" src=x onerror="window.__pwned=1">') },
  { name: 'svg onload', raw: enc("'><svg id=pwn-svg onload=window.__pwned=1>") },
  { name: 'javascript: url', raw: enc('javascript:window.__pwned=1') },
  { name: 'javascript: raw', raw: 'javascript:window.__pwned=1//' },
  { name: 'data: url', raw: enc('data:text/html,<b id="pwn-data">x</b>') },
  { name: 'attribute breakout', raw: enc('" autofocus onfocus="window.__pwned=1" pwnattr="') },
  { name: 'template', raw: enc('{{constructor.constructor("window.__pwned=1")()}}') },
  { name: 'iframe', raw: enc('<iframe id="pwn-frame" srcdoc="<script>parent.__pwned=1</script>">') },
  // Unknown, odd and empty values.
  { name: 'unknown id', raw: 'no-such-thing' },
  { name: 'path traversal', raw: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'proto', raw: '__proto__' },
  { name: 'empty', raw: '' },
  { name: 'plus only', raw: '+' },
  { name: 'commas only', raw: ',,,' },
  { name: 'spaces', raw: '%20%20%09' },
  { name: 'ampersand soup', raw: '%26%3D%26' },
  { name: 'hangul', raw: enc('쿠버네티스, 모니터링') },
  { name: 'emoji', raw: enc('🙂🚀') },
  { name: 'RTL override', raw: enc('\u202Egnp.exe') },
  // Valid values in odd spellings (some URLs must render filtered states).
  { name: 'valid stage upper', raw: 'OBSERVABILITY,ci-cd' },
  { name: 'valid maturity', raw: 'graduated' },
  { name: 'valid ids', raw: 'prometheus,otel,Kubernetes,prometheus,jaeger,fluentd' },
  { name: 'valid lang', raw: 'KO' },
  { name: 'valid bool', raw: 'true' },
  // Huge values.
  { name: '10k chars', raw: long('a', 10_000) },
  { name: '10k commas+ids', raw: long('prometheus,', 10_000) },
  { name: '10k escapes', raw: long('%FF', 9_999) },
  { name: '10k hangul (encoded)', raw: long(enc('한'), 9_999) },
];

/** Path segments for `/project/<garbage>` (placed as given). */
const SEGMENTS: string[] = [
  '%FF',
  '%C3%28',
  '%',
  '%2',
  '%252F',
  enc('<script id="pwn-path">window.__pwned=1</script>'),
  enc('"><img id="pwn-path-img" src=x onerror=window.__pwned=1>'),
  'javascript:window.__pwned=1',
  'no-such-project',
  'PROMETHEUS',
  'otel',
  enc('쿠버네티스'),
  '..%2F..%2Fetc',
  '%00',
  long('x', 10_000),
  long('%E0%A4', 3_000),
  '__proto__',
  'a.b_c-d',
  '%20',
  '+',
];

/** Routes the app does not have, and odd shapes of the ones it has. */
const ROUTES: string[] = [
  'nope',
  'index.html',
  'project',
  'project/',
  'project/prometheus/extra',
  'compare/extra',
  'saved/x/y',
  'PROJECT/prometheus',
  '%FF',
  '%C3%28/%ED%A0%80',
  enc('<script id="pwn-route">window.__pwned=1</script>'),
  'javascript:window.__pwned=1',
  '.well-known/x',
  long('r', 5_000),
  'trail?lang=ko',
  '?',
  '?&&&',
  '?=',
  '?==&=',
  '#%FF',
  '#<img id=pwn-hash src=x onerror=window.__pwned=1>',
  'saved?' + KEYS.map((k) => `${k}=%FF`).join('&'),
];

const GARBAGE_KEYS = ['', 'Q', 'q ', '%71', 'stage%00', '__proto__', 'constructor', '<b id=pwn-key>', '%FF', 'x'.repeat(300)];

export function corpus(seed = 20261126): string[] {
  const r = rng(seed);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  const add = (u: string) => {
    // Python's http.server refuses request lines over 64 KiB; stay well under it.
    if (u.length < 40_000 && !out.includes(u)) out.push(u);
  };

  // 1. Every key with every value, on the route that reads it.
  for (const key of KEYS) {
    for (const v of VALUES) {
      const route = key === 'ids' || key === 'diff' ? 'compare' : '';
      add(`${route}?${key}=${v.raw}`);
    }
  }
  // 2. Repeated keys (the same key many times, mixed values).
  for (const key of KEYS) {
    const n = 2 + Math.floor(r() * 30);
    const parts = Array.from({ length: n }, () => `${key}=${pick(VALUES).raw.slice(0, 200)}`);
    add(`${key === 'ids' ? 'compare' : ''}?${parts.join('&')}`);
  }
  // 3. Random mixes of keys, garbage keys, bare keys and values.
  for (let i = 0; i < 80; i++) {
    const n = 1 + Math.floor(r() * 6);
    const parts: string[] = [];
    for (let j = 0; j < n; j++) {
      const key = r() < 0.2 ? pick(GARBAGE_KEYS) : pick(KEYS);
      const v = pick(VALUES).raw;
      parts.push(r() < 0.1 ? key : `${key}=${v.length > 2_000 ? v.slice(0, 2_000) : v}`);
    }
    const route = pick(['', '', 'compare', 'saved', 'project/prometheus', 'nope']);
    add(`${route}?${parts.join('&')}`);
  }
  // 4. /project/<garbage>, with and without a query.
  for (const s of SEGMENTS) {
    add(`project/${s}`);
    add(`project/${s}?lang=${pick(VALUES).raw.slice(0, 100)}`);
  }
  // 5. /compare?ids=<garbage>, in combinations.
  for (let i = 0; i < 30; i++) {
    const ids = Array.from({ length: 1 + Math.floor(r() * 6) }, () => pick([...SEGMENTS, 'prometheus', 'jaeger', 'otel']).slice(0, 300));
    add(`compare?ids=${ids.join(pick([',', '%2C', ',,', '&ids=']))}&diff=${pick(VALUES).raw.slice(0, 50)}`);
  }
  // 6. Unknown routes.
  for (const route of ROUTES) add(route);
  return out;
}
