import { test, expect, ready } from './fixtures';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// scripts/serve.py (what `make serve` and these tests use) compresses like a production host:
// brotli when the browser accepts it, else gzip, with `Vary: Accept-Encoding`; images as they
// are. Run against the server of this Playwright project.

const DIST = path.resolve(process.env.E2E_DIST ?? '../dist');
const wasmName = readdirSync(DIST).find((n) => /_bg\.wasm$/.test(n))!;
const wasm = readFileSync(path.join(DIST, wasmName));

test('the browser gets the wasm brotli-compressed, and it starts the app', async ({ page, problems }) => {
  const response = page.waitForResponse((r) => r.url().endsWith(`/${wasmName}`));
  await page.goto('./');
  const headers = await (await response).allHeaders();
  expect(headers['content-encoding']).toBe('br');
  expect(headers['vary']).toMatch(/accept-encoding/i);
  expect(headers['content-type']).toBe('application/wasm');
  // What went over the wire is much smaller than the file (brotli takes off over half).
  expect(Number(headers['content-length'])).toBeLessThan(wasm.length / 2);
  await ready(page);
  expect(problems).toEqual([]);
});

test('each coding as asked: br, gzip, none; the bytes decode to the file as built', async ({ request }) => {
  for (const [accept, coding] of [
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    const r = await request.get(`./${wasmName}`, { headers: { 'Accept-Encoding': accept } });
    expect(r.status(), accept).toBe(200);
    expect(r.headers()['content-encoding'], accept).toBe(coding);
    expect(r.headers()['vary'], accept).toMatch(/accept-encoding/i);
    if (!coding) expect(Number(r.headers()['content-length'])).toBe(wasm.length);
    // Playwright decodes the body: it must be the file, byte for byte.
    expect((await r.body()).equals(wasm), accept).toBe(true);
  }
  // The app shell of a deep link and the stylesheet are compressed too; a PNG is not.
  // A project page is its prerendered file; any other app route, the frame (404.html).
  const page = await request.get('./project/prometheus', { headers: { Accept: 'text/html', 'Accept-Encoding': 'br' } });
  expect(page.headers()['content-encoding']).toBe('br');
  expect(await page.text()).toBe(readFileSync(path.join(DIST, 'project', 'prometheus.html'), 'utf8'));
  const shell = await request.get('./landscape', { headers: { Accept: 'text/html', 'Accept-Encoding': 'br' } });
  expect(shell.headers()['content-encoding']).toBe('br');
  expect(await shell.text()).toBe(readFileSync(path.join(DIST, '404.html'), 'utf8'));
  const png = readdirSync(path.join(DIST, 'icons')).find((n) => n.endsWith('.png'))!;
  const icon = await request.get(`./icons/${png}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-encoding']).toBeUndefined();
});

test('a compressed file still answers If-Modified-Since with 304', async ({ request }) => {
  const first = await request.get(`./${wasmName}`, { headers: { 'Accept-Encoding': 'br' } });
  const lastModified = first.headers()['last-modified'];
  expect(lastModified).toBeTruthy();
  const again = await request.get(`./${wasmName}`, { headers: { 'Accept-Encoding': 'br', 'If-Modified-Since': lastModified } });
  expect(again.status()).toBe(304);
});
