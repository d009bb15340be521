import { test, expect, ready } from './fixtures';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The built app's security properties: a strict CSP that really blocks and reports, subresource
// integrity on every script and stylesheet, safe external links, and a panic page that keeps
// the user's saved data.

const DIST = path.resolve(process.env.E2E_DIST ?? '../dist');

/** The policy post_build.py writes: exactly these directives, nothing more or less. */
const EXPECTED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    expect(out[name], `directive ${name} appears once`).toBeUndefined();
    out[name] = values;
  }
  return out;
}

function attr(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
}

test('the served index.html carries exactly the expected CSP, first in <head>', async ({ request }) => {
  for (const page of ['./', './index.html', './project/prometheus', './404.html']) {
    const res = await request.get(page);
    expect(res.ok(), page).toBe(true);
    const html = await res.text();
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
    expect(metas, page).toHaveLength(1);
    const csp = parseCsp(metas[0][1]);
    expect(csp).toEqual(EXPECTED_CSP);
    // scripts/serve.py also sends the policy as a header, as deployments should: the same one.
    const header = res.headers()['content-security-policy'];
    expect(header, `${page}: CSP header`).toBeTruthy();
    expect(parseCsp(header), `${page}: header`).toEqual(EXPECTED_CSP);
    const all = Object.values(csp).flat();
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']) {
      expect(all, `${page}: ${forbidden}`).not.toContain(forbidden);
    }
    // Only 'self' (and data: images) anywhere: no third-party origin.
    expect(all.filter((v) => /^[a-z0-9.-]+\.[a-z]{2,}|:\/\//i.test(v))).toEqual([]);
    // The policy must come before anything it governs.
    const head = html.slice(0, html.search(/<\/head>/i));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.search(/<script|<link|<style|<base/i));
    // Every script is external: nothing inline for the CSP to allow.
    for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
      expect(attr(m[0], 'src'), `${page}: inline script`).toBeTruthy();
      expect(m[1].trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle="/i);
  }
});

test('the CSP blocks inline script, eval, inline styles and third-party requests, and each is reported', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  expect(problems).toEqual([]);
  const result = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    // Resolves once `directive` has been reported (polled per frame, bounded at 5 s).
    const reported = (directive: string) =>
      new Promise<void>((resolve, reject) => {
        const t0 = performance.now();
        const check = () =>
          seen.some((s) => s.startsWith(`${directive} `))
            ? resolve()
            : performance.now() - t0 > 5000
              ? reject(new Error(`${directive} not reported; saw ${seen.join(' | ')}`))
              : requestAnimationFrame(check);
        check();
      });

    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.appendChild(script);
    await reported('script-src-elem');

    let evalBlocked = false;
    try {
      (0, eval)('window.__evalRan = true');
    } catch (e) {
      evalBlocked = e instanceof EvalError;
    }
    await reported('script-src');

    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid red }';
    document.head.appendChild(style);
    await reported('style-src-elem');

    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__handlerRan = true');
    document.body.appendChild(button);
    button.click();
    await reported('script-src-attr');

    let fetchBlocked = false;
    try {
      await fetch('https://example.org/tracker.js');
    } catch {
      fetchBlocked = true;
    }
    await reported('connect-src');
    button.remove();
    script.remove();
    style.remove();
    return {
      seen,
      ran: [w.__inlineRan, w.__evalRan, w.__handlerRan],
      evalBlocked,
      fetchBlocked,
      outline: getComputedStyle(document.body).outlineWidth,
    };
  });
  expect(result.ran).toEqual([undefined, undefined, undefined]);
  expect(result.evalBlocked).toBe(true);
  expect(result.fetchBlocked).toBe(true);
  expect(result.outline).not.toBe('7px');
  // Each violation is reported once per policy in force (the <meta> tag, and the header when
  // the server sends one too): compare the distinct reports, in order.
  expect([...new Set(result.seen)].map((s) => s.split(' ')[0])).toEqual([
    'script-src-elem',
    'script-src',
    'style-src-elem',
    'script-src-attr',
    'connect-src',
  ]);
  // The fixture recorded every one of them as a problem, so a violation anywhere in the
  // suite fails the test it happens in.
  for (const directive of ['script-src-elem inline', 'script-src eval', 'style-src-elem inline', 'script-src-attr inline', 'connect-src https://example.org/tracker.js']) {
    await expect.poll(() => problems.some((p) => p.includes(`CSP violation: ${directive}`)), directive).toBe(true);
  }
  // Nothing else went wrong: every problem is about the five deliberate violations.
  const expected = /CSP violation|Content Security Policy|example\.org|Refused to|EvalError/;
  expect(problems.filter((p) => !expected.test(p))).toEqual([]);
});

test('every script, stylesheet and the wasm in dist/index.html has SRI matching the file (sha384)', async ({ request }) => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // The server delivers exactly this file.
  expect(await (await request.get('./')).text()).toBe(html);
  const tags = [
    ...[...html.matchAll(/<script\b[^>]*>/gi)].map((m) => ({ tag: m[0], url: attr(m[0], 'src') })),
    ...[...html.matchAll(/<link\b[^>]*>/gi)]
      .filter((m) => /^(stylesheet|modulepreload|preload)$/i.test(attr(m[0], 'rel') ?? ''))
      .map((m) => ({ tag: m[0], url: attr(m[0], 'href') })),
  ];
  const kinds = tags.map((t) => t.url?.split('.').pop());
  // The boot script, the stylesheet, the wasm-bindgen glue and the wasm module at least.
  expect(kinds.filter((k) => k === 'js').length).toBeGreaterThanOrEqual(2);
  expect(kinds).toContain('css');
  expect(kinds).toContain('wasm');
  const bootUrl = tags.find((t) => /\/boot-[0-9a-f]{8,16}\.js$/.test(t.url ?? ''))?.url;
  expect(bootUrl).toBeTruthy();
  const boot = readFileSync(path.join(DIST, new URL(bootUrl!, 'http://x/').pathname), 'utf8');
  for (const { tag, url } of tags) {
    expect(url, tag).toBeTruthy();
    const relative = new URL(url!, 'http://x/').pathname.replace(/^\//, '');
    const onDisk = readFileSync(path.join(DIST, relative));
    const served = await (await request.get(`./${relative}`)).body();
    expect(served.equals(onDisk), `${url} served as built`).toBe(true);
    const digest = `sha384-${createHash('sha384').update(onDisk).digest('base64')}`;
    let integrity = attr(tag, 'integrity');
    if (attr(tag, 'as') === 'fetch') {
      // Chromium ignores integrity on a fetch preload (and warns on every load): the loader's
      // fetch of the wasm carries it instead, and the preload serves that fetch.
      expect(integrity, `${url}: no integrity on a fetch preload`).toBeUndefined();
      integrity = boot.match(new RegExp(`fetch\\('${url!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}', \\{ integrity: '([^']+)' \\}\\)`))?.[1];
    }
    expect(integrity, `${url} has integrity`).toMatch(/^sha384-/);
    expect(integrity!.split(/\s+/), url).toContain(digest);
    // Module scripts and preloads are fetched in CORS mode: without crossorigin the browser
    // would fetch twice or ignore the preload.
    if (!/rel="stylesheet"/i.test(tag)) expect(attr(tag, 'crossorigin'), url).toBe('anonymous');
  }
});

test.describe('tampered files', () => {
  test.use({ serviceWorkers: 'block' });
  test('a changed boot script is refused by the browser (SRI is enforced)', async ({ page, problems }) => {
    await page.route(/\/boot-[0-9a-f]+\.js$/, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: `${await res.text()}\nwindow.__tampered = true;\n` });
    });
    await page.goto('./');
    await expect.poll(() => problems.some((p) => /integrity/i.test(p))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __tampered?: boolean }).__tampered)).toBeUndefined();
    // The app never started: the prerendered page (its copy in the reader's language) is still
    // there, not replaced.
    await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  });
  test('a changed wasm module is refused by the browser (SRI is enforced)', async ({ page, problems }) => {
    await page.route(/_bg\.wasm$/, async (route) => {
      const res = await route.fetch();
      const body = Buffer.concat([await res.body(), Buffer.from([0, 0, 0, 0])]);
      await route.fulfill({ response: res, body });
    });
    await page.goto('./');
    await expect.poll(() => problems.some((p) => /integrity/i.test(p))).toBe(true);
    // The app never started: the prerendered page (its copy in the reader's language) is still
    // there, not replaced.
    await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  });
});

test('external links open safely: https only, rel="noopener noreferrer"', async ({ page, problems }) => {
  let total = 0;
  for (const url of ['./?lang=en', './project/prometheus', './project/kubernetes', './compare?ids=prometheus,jaeger,opentelemetry', './saved']) {
    await page.goto(url);
    await ready(page);
    const links = await page.locator('a[target]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '', target: a.getAttribute('target') })),
    );
    for (const l of links) {
      expect(l.target, l.href).toBe('_blank');
      expect(l.href, l.href).toMatch(/^https:\/\/[^\s]+$/);
      expect(l.rel.split(/\s+/), l.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    // No link in the app leaves for another origin without target=_blank and rel, and none
    // uses a script-capable scheme.
    const others = await page.locator('a[href]:not([target])').evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? '').filter((h) => /^[a-z][a-z0-9+.-]*:/i.test(h)),
    );
    expect(others, url).toEqual([]);
    total += links.length;
  }
  // The project pages alone have a homepage, a repository and sources.
  expect(total).toBeGreaterThan(8);
  expect(problems).toEqual([]);
});

test('a panic shows the bilingual panic page, keeps saved data and the way back works', async ({ page, problems, baseURL }) => {
  const saved = JSON.stringify({
    version: 2,
    bookmarks: ['prometheus'],
    decisions: { jaeger: { status: 'adopted', note: '<b id="pwn-note">kept</b>' } },
    compare: ['prometheus', 'jaeger'],
    settings: { lang: 'en', theme: null },
  });
  await page.goto('./');
  await ready(page);
  await page.evaluate((s) => localStorage.setItem('trailmap:prefs', s), saved);
  await page.goto('./project/jaeger?lang=en');
  await ready(page);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  expect(before).toContain('pwn-note');
  expect(problems).toEqual([]);

  // The self-test export is the only way to reach a panic on purpose (see panic_page.rs).
  const thrown = await page.evaluate(() => {
    const b = (window as unknown as { wasmBindings?: Record<string, () => void> }).wasmBindings;
    if (!b || typeof b.trailmap_self_test_panic !== 'function') return 'no self-test export';
    try {
      b.trailmap_self_test_panic();
      return 'returned';
    } catch (e) {
      return String(e);
    }
  });
  // panic = "abort" in release: the hook ran, then the module trapped.
  expect(thrown).toMatch(/RuntimeError: unreachable/);

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(alert.getByRole('heading', { name: '문제가 발생했습니다' })).toBeVisible();
  await expect(alert).toContainText('bookmarks and decisions are safe');
  await expect(page.locator('#main')).toHaveCount(0);
  const reload = page.getByRole('link', { name: /Reload/ });
  await expect(reload).toHaveAttribute('href', page.url());
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);

  // The panic itself is logged (console_error_panic_hook); nothing else is.
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.filter((p) => !/trailmap self-test: deliberate panic|RuntimeError: unreachable/.test(p))).toEqual([]);
  problems.length = 0;

  // "Reset view" is a real page load of the app's start page, with the saved data intact.
  await page.getByRole('link', { name: /Reset view/ }).click();
  await expect(page).toHaveURL(baseURL!);
  await ready(page);
  await expect(page.locator('#main h1')).toHaveText('Cloud Native Trail Map');
  await page.getByRole('banner').getByRole('link', { name: 'Saved' }).click();
  await expect(page.locator('#main')).toContainText('Prometheus');
  // The stored note is text in the decision editor, never markup.
  await expect(page.locator('#note-jaeger')).toHaveValue('<b id="pwn-note">kept</b>');
  await expect(page.locator('#pwn-note')).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  expect(problems).toEqual([]);
});
