import { test, expect, ready } from './fixtures';
import type { ConsoleMessage, Page } from '@playwright/test';

// A clean console on load: no warnings and no errors. The `problems` fixture fails a test on
// errors only; this spec also fails on warnings, such as the browser's notice that a
// <link rel=preload> went unused because its integrity or credentials differ from the fetch
// that needed the file (which then downloads it twice).

/** Every warning and error of the page, and uncaught exceptions. */
function watch(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'warning' || m.type() === 'error') seen.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  return seen;
}

/** Chromium reports a preload that nothing used a few seconds after the load event. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(3_500);
}

test('loading / logs no console warnings or errors, first visit and with the service worker', async ({ page, problems }) => {
  const seen = watch(page);
  await page.goto('./');
  await ready(page);
  await settle(page);
  expect(seen, 'first visit').toEqual([]);

  // The second load comes through the service worker, which answers from its cache.
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.reload();
  await ready(page);
  await settle(page);
  expect(seen, 'second visit').toEqual([]);
  expect(problems).toEqual([]);
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('the wasm preload is the download the app uses (one request, no warning)', async ({ page, problems }) => {
    const seen = watch(page);
    const wasm: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(r.url());
    });
    await page.goto('./');
    await ready(page);
    await settle(page);
    expect(wasm).toHaveLength(1);
    // Playwright's own notice for the blocked worker is the only line allowed.
    expect(seen.filter((m) => m !== 'warning: Service Worker registration blocked by Playwright')).toEqual([]);
    expect(problems).toEqual([]);
  });
});
