// Browser benchmark of the real `/landscape` view (2,413 items, fetched on first use), in
// Debian's headless Chromium driven by playwright-core (from end2end/).
//
// Usage: node bench/landscape.mjs --url http://127.0.0.1:4205/ [--runs 3] [--samples 60]
//        [--out result.json]
// Prints one JSON object (also written to --out). bench/bench.py turns it into a table.
//
// - open (warm cache, CPU throttled 4x): after one visit has cached the app and the landscape
//   data in the service worker, `/landscape` is reloaded; `open` = performance.now() when the
//   result count and the first rows are in the DOM.
// - search / facet (no CPU throttle): a keystroke in the landscape's search box, or a click on
//   a stage or maturity checkbox, measured in-page as in browser.mjs (`dom`, `layout`, `frame`).
// - heap: CDP Runtime.getHeapUsage after a forced GC, after the interactions.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, MEASURE, arg } from './common.mjs';

const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const url = arg('url', 'http://127.0.0.1:4205/');
const runs = Number(arg('runs', 3));
const samples = Number(arg('samples', 60));
const out = arg('out', null);
const page_url = new URL('landscape', url).href;

// Installed before any page script: records when the list has content.
const INIT = `
  window.__bench = { open: null };
  new MutationObserver(() => {
    if (window.__bench.open === null && document.querySelector('#tm-landscape-count')
        && document.querySelector('.tm-lrow--item')) {
      window.__bench.open = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function openRun(browser) {
  const ctx = await browser.newContext({ locale: 'en-US' });
  await ctx.addInitScript(INIT);
  const page = await ctx.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  // First landscape visit: fetched through the service worker, which keeps it.
  await page.goto(page_url);
  await page.waitForFunction(() => window.__bench.open !== null, null, { timeout: 120_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.reload();
  await page.waitForFunction(() => window.__bench.open !== null, null, { timeout: 120_000 });
  const open = await page.evaluate(() => window.__bench.open);
  const items = await page.evaluate(() => Number(document.querySelector('#tm-landscape-count')?.dataset.total ?? 0));
  await ctx.close();
  return { open, items };
}

const WORDS = ['kubernetes', 'database', 'tracing', 'service mesh', 'security', 'storage', '관측', 'gateway'];

async function interactions(browser) {
  const ctx = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(page_url);
  await page.waitForSelector('.tm-lrow--item', { timeout: 120_000 });
  await page.waitForTimeout(500);
  const keystrokes = [];
  for (const w of WORDS) {
    for (let i = 1; i <= w.length; i++) keystrokes.push(w.slice(0, i));
    for (let i = w.length - 1; i >= 0; i--) keystrokes.push(w.slice(0, i));
  }
  const type = (value) => `() => { const el = document.querySelector('input[type=search]'); el.value = ${JSON.stringify(value)};
    el.dispatchEvent(new Event('input', { bubbles: true })); }`;
  const search = [];
  for (let i = 0; search.length < samples; i++) {
    search.push(await page.evaluate(`(${MEASURE})(${JSON.stringify(type(keystrokes[i % keystrokes.length]))})`));
  }
  await page.evaluate(`(${MEASURE})(${JSON.stringify(type(''))})`);

  const boxes = await page.evaluate(() => [...document.querySelectorAll('fieldset[data-facet] input[type=checkbox]')]
    .filter((b) => ['stage', 'maturity'].includes(b.closest('fieldset').dataset.facet))
    .map((b) => [b.closest('fieldset').dataset.facet, b.value]));
  const facet = [];
  for (let i = 0; facet.length < samples; i++) {
    const [f, v] = boxes[Math.floor(i / 2) % boxes.length];
    const act = `() => document.querySelector('fieldset[data-facet=${JSON.stringify(f)}] input[value=${JSON.stringify(v)}]').click()`;
    facet.push(await page.evaluate(`(${MEASURE})(${JSON.stringify(act)})`));
  }
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const rows = await page.locator('.tm-lrow').count();
  await ctx.close();
  return { search, facet, heap, rows };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const open = [];
  for (let i = 0; i < runs; i++) open.push(await openRun(browser));
  const inter = [];
  for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) inter.push(await interactions(browser));
  const text = JSON.stringify({ url: page_url, runs, samples, open, interactions: inter });
  if (out) writeFileSync(out, text);
  else console.log(text);
} finally {
  await browser.close();
}
