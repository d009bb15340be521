// Browser benchmark: load, offline reload, bytes on the wire, and interaction latency of one
// served build, in Debian's headless Chromium driven by playwright-core (from end2end/).
//
// Usage: node bench/browser.mjs --url http://127.0.0.1:4205/ [--runs 5] [--samples 60]
//        [--out result.json]
// Prints one JSON object (also written to --out). bench/run.sh turns it into tables.
//
// What each figure means:
// - load (CPU throttled 4x via CDP Emulation.setCPUThrottlingRate, fresh profile per run):
//   fcp = first-contentful-paint entry; trail = performance.now() when the app has replaced
//   the prerendered page and every stage card (li[data-stage]) and every project card the
//   unfiltered trail renders is in the DOM (a
//   stage renders 24 cards, then a "Show more" button: at landscape scale that is < 2,413).
// - start-up long tasks (same 4x throttle, every load): a PerformanceObserver for `longtask`
//   entries (buffered), installed before any page script, records every task over 50 ms from
//   navigation until the trail is on screen: every card in the DOM (`trail` above), then the
//   frame that lays it out and paints it. Reported per load as `longest` (ms, 0 when none)
//   and `over50` (how many); a task that starts in that window counts even if it ends after.
// - offline warm reload (same 4x throttle): the service worker is active, the network is cut
//   (context.setOffline), the page reloads; fcp of that reload.
// - bytes: the bench server's log of what it sent (compressed bodies) during the first visit
//   (until the service worker has installed and precached) and during an online repeat visit.
// - heap: CDP Runtime.getHeapUsage after a forced GC, plus the wasm linear memory size.
// - interaction (no CPU throttle): a keystroke in the search box or a click on a facet checkbox
//   is dispatched in-page at t0 = performance.now(). Leptos applies the change synchronously
//   and in microtasks, so the first macrotask after the event sees the DOM updated: `dom` =
//   that moment - t0. `layout` additionally forces style and layout (reads offsetHeight);
//   `frame` waits for the next requestAnimationFrame plus a task (includes vsync alignment of
//   up to one 16.7 ms frame, so it is noisy by nature). A MutationObserver confirms the DOM
//   changed; samples whose result did not change are counted but kept, since the work ran.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, MEASURE, arg } from './common.mjs';

const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const url = arg('url', 'http://127.0.0.1:4205/');
const runs = Number(arg('runs', 5));
const samples = Number(arg('samples', 60));
const out = arg('out', null);

// Installed before any page script: records when the trail is complete, and every long task.
const INIT = `
  window.__bench = { trail: null, longtasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__bench.longtasks = null; }
  const check = () => {
    const stages = document.querySelectorAll('li[data-stage]').length;
    const cards = document.querySelectorAll('li[data-stage] article[data-project]').length;
    // The app's cards: the prerendered page (marked data-prerendered) has them before the app.
    const app = !document.querySelector('[data-prerendered]') && document.querySelector('#main') !== null;
    if (app && stages > 0 && window.__benchExpectCards !== undefined && cards >= window.__benchExpectCards && window.__bench.trail === null) {
      window.__bench.trail = performance.now();
      window.__bench.cards = cards;
      window.__bench.stages = stages;
      // The frame that paints it: the layout of the new page runs there.
      requestAnimationFrame(() => setTimeout(() => { window.__bench.painted = performance.now(); }));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
`;

/** What the server sent since the last call (and clear its log). */
async function serverLog() {
  const log = await (await fetch(new URL('/__bench/log', url))).json();
  await fetch(new URL('/__bench/log', url), { method: 'POST' });
  return log;
}

function sumBytes(log) {
  return { requests: log.length, bytes: log.reduce((a, e) => a + e.bytes, 0), log };
}

async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

async function waitTrail(page) {
  await page.waitForFunction(() => window.__bench && window.__bench.trail !== null, null, { timeout: 120_000 });
  // Long-task entries arrive after their task ends: wait for the frame that paints the trail
  // and give the last task time to be reported.
  await page.waitForFunction(() => window.__bench.painted !== undefined, null, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  return page.evaluate(() => {
    const tasks = window.__bench.longtasks === null ? null
      : window.__bench.longtasks.filter(([start]) => start <= window.__bench.painted);
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      trail: window.__bench.trail,
      cards: window.__bench.cards,
      stages: window.__bench.stages,
      longest: tasks === null ? null : tasks.reduce((m, [, d]) => Math.max(m, d), 0),
      over50: tasks === null ? null : tasks.filter(([, d]) => d > 50).length,
      longtasks: tasks,
    };
  });
}

/** The project cards the unfiltered trail renders once settled (stages page long lists). */
async function expectedCards(browser) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('li[data-stage] article[data-project]', { timeout: 120_000 });
  let n = -1;
  for (let same = 0; same < 3; ) {
    await page.waitForTimeout(300);
    const m = await page.locator('li[data-stage] article[data-project]').count();
    same = m === n ? same + 1 : 0;
    n = m;
  }
  const projects = await page.evaluate(() => Number((document.querySelector('.tm-result-count').textContent.match(/[\d,]+/) || ['0'])[0].replace(/,/g, '')));
  await ctx.close();
  return { cards: n, projects };
}

async function loadRun(browser, expect) {
  const ctx = await browser.newContext({ locale: 'en-US' });
  await ctx.addInitScript(`window.__benchExpectCards = ${expect};` + INIT);
  const page = await ctx.newPage();
  const cdp = await throttle(page, 4);
  await serverLog();
  await page.goto(url);
  const first = await waitTrail(page);
  // Wait until the service worker controls the page and has precached the build.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return reg.active?.state;
  });
  await page.waitForTimeout(300);
  const firstVisit = sumBytes(await serverLog());

  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasmMemory = await page.evaluate(() => window.wasmBindings?.__wasm?.memory?.buffer?.byteLength
    ?? (typeof window.__benchWasmMemory === 'number' ? window.__benchWasmMemory : null));

  // Repeat visit, online: what still goes over the network with the service worker in place.
  await page.reload();
  const repeat = await waitTrail(page);
  await page.waitForTimeout(500);
  const repeatVisit = sumBytes(await serverLog());

  // Offline warm reload.
  await ctx.setOffline(true);
  await page.reload();
  const offline = await waitTrail(page);
  await ctx.setOffline(false);
  await ctx.close();
  return { first, repeat, offline, firstVisit, repeatVisit, heapUsed: heap.usedSize, heapTotal: heap.totalSize, wasmMemory };
}

const WORDS = ['kubernetes', 'prometheus', 'envoy', 'storage', 'helm', 'tracing', 'argo', 'policy'];

async function interactions(browser) {
  const ctx = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector('li[data-stage] article[data-project]');
  await page.waitForTimeout(500);

  // Search: type words letter by letter, then erase them, one input event per keystroke.
  const search = [];
  const keystrokes = [];
  for (const w of WORDS) {
    for (let i = 1; i <= w.length; i++) keystrokes.push(w.slice(0, i));
    for (let i = w.length - 1; i >= 0; i--) keystrokes.push(w.slice(0, i));
  }
  for (let i = 0; search.length < samples; i++) {
    const value = keystrokes[i % keystrokes.length];
    const act = `() => { const el = document.querySelector('input[type=search]'); el.value = ${JSON.stringify(value)};
      el.dispatchEvent(new Event('input', { bubbles: true })); }`;
    search.push(await page.evaluate(`(${MEASURE})(${JSON.stringify(act)})`));
  }
  await page.evaluate(`(${MEASURE})(${JSON.stringify(`() => { const el = document.querySelector('input[type=search]'); el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); }`)})`);

  // Facets: click maturity and stage checkboxes on, then off again, in turn.
  const boxes = await page.evaluate(() => [...document.querySelectorAll('input[type=checkbox][data-facet]')]
    .filter((b) => ['maturity', 'stage'].includes(b.dataset.facet)).map((b) => [b.dataset.facet, b.dataset.value]));
  const facet = [];
  for (let i = 0; facet.length < samples; i++) {
    const [f, v] = boxes[Math.floor(i / 2) % boxes.length];
    const act = `() => document.querySelector('input[data-facet=${JSON.stringify(f)}][data-value=${JSON.stringify(v)}]').click()`;
    facet.push(await page.evaluate(`(${MEASURE})(${JSON.stringify(act)})`));
  }
  const heap = await (async () => {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  })();
  await ctx.close();
  return { search, facet, heapAfterInteractions: heap };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const { cards: expect, projects } = await expectedCards(browser);
  const load = [];
  for (let i = 0; i < runs; i++) load.push(await loadRun(browser, expect));
  const inter = [];
  for (let i = 0; i < Math.max(1, Math.min(runs, 3)); i++) inter.push(await interactions(browser));
  const result = { url, runs, samples, projects, cardsRendered: expect, load, interactions: inter };
  const text = JSON.stringify(result);
  if (out) writeFileSync(out, text);
  else console.log(text);
} finally {
  await browser.close();
}
