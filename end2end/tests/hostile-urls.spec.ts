import { test, expect, ready } from './fixtures';
import type { Page } from '@playwright/test';
import { corpus } from './hostile-corpus';

// Hundreds of hostile or mangled links, each loaded as a fresh page in a real browser: every one
// must render a working app (heading visible, navigation works) with no page error, no console
// error, no CSP violation and nothing injected from the payload.

const URLS = corpus();
const BATCHES = 6;

test('the corpus is big and covers every key, /project, /compare and unknown routes', () => {
  expect(URLS.length).toBeGreaterThanOrEqual(500);
  for (const key of ['q', 'stage', 'maturity', 'language', 'license', 'tag', 'saved', 'lang', 'ids', 'diff']) {
    expect(URLS.filter((u) => u.includes(`${key}=`)).length, key).toBeGreaterThan(40);
  }
  expect(URLS.filter((u) => u.startsWith('project/')).length).toBeGreaterThanOrEqual(30);
  expect(URLS.filter((u) => u.startsWith('compare?ids=')).length).toBeGreaterThanOrEqual(30);
  expect(URLS.some((u) => u.includes('%C3%28') && u.includes('%FF'))).toBe(true);
  expect(URLS.some((u) => u.length > 10_000)).toBe(true);
  expect(corpus()).toEqual(URLS); // deterministic
});

/** What a payload would leave behind if it had been rendered as markup or run as script. */
async function injected(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    if (w.__pwned !== undefined) return 'window.__pwned is set';
    const bad = document.querySelector(
      '[id^="pwn"], [pwnattr], [onerror], [onload], [onfocus], iframe, object, embed, body script:not([src])',
    );
    if (bad) return `injected element: ${bad.outerHTML.slice(0, 120)}`;
    const js = [...document.querySelectorAll('a[href]')].find((a) =>
      /^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? ''),
    );
    return js ? `dangerous link: ${js.outerHTML.slice(0, 120)}` : null;
  });
}

const heading = (page: Page) => page.locator('#main h1').first();

/** Navigation still works: go to Saved (or to the trail, from Saved) through the header. */
async function navigateOnce(page: Page) {
  const onSaved = new URL(page.url()).pathname.endsWith('/saved');
  const name = onSaved ? /^(Trail|트레일)$/ : /^(Saved|저장함)$/;
  await page.getByRole('banner').getByRole('link', { name }).click();
  await expect(heading(page)).toHaveText(onSaved ? /Trail Map|트레일 맵/ : /^(Saved|저장함)$/);
}

for (let b = 0; b < BATCHES; b++) {
  const size = Math.ceil(URLS.length / BATCHES);
  const batch = URLS.slice(b * size, (b + 1) * size);
  test(`hostile URLs, batch ${b + 1}/${BATCHES} (${batch.length} links)`, async ({ page, problems, baseURL }) => {
    test.setTimeout(300_000);
    const failures: string[] = [];
    for (const u of batch) {
      const shown = u.length > 120 ? `${u.slice(0, 120)}… (${u.length} chars)` : u;
      const seen = problems.length;
      try {
        // Concatenate, never resolve: a path like `javascript:…` must stay a path.
        // Waiting for the heading (below) is the real readiness check; the load event adds
        // nothing but time over hundreds of page loads.
        await page.goto(`${baseURL}${u}`, { waitUntil: 'commit' });
        await ready(page);
        const bad = await injected(page);
        if (bad) failures.push(`${shown}: ${bad}`);
        await navigateOnce(page);
        const after = await injected(page);
        if (after) failures.push(`${shown} (after navigating): ${after}`);
      } catch (e) {
        failures.push(`${shown}: ${(e as Error).message.split('\n')[0]}`);
      }
      for (const p of problems.slice(seen)) failures.push(`${shown}: ${p}`);
    }
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('what was not understood is reported, briefly, and the app falls back to defaults', async ({ page, problems }) => {
  const long = 'z'.repeat(10_000);
  await page.goto(`./?stage=${long}&tag=%FF&maturity=%C3%28&lang=en`);
  await ready(page);
  const notice = page.locator('[data-notice="ignored"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('stage=zzz');
  // A 10,000-character value is shortened in the notice, not dumped into the page.
  expect((await notice.innerText()).length).toBeLessThan(500);
  await expect(heading(page)).toHaveText('Cloud Native Trail Map');

  await page.goto(`./compare?ids=${encodeURIComponent('<b>x</b>')},prometheus,%FF,jaeger&lang=en`);
  await ready(page);
  await expect(page.locator('[data-notice="compare"]')).toContainText('Unknown ids were dropped');
  await expect(page.locator('th[data-project]')).toHaveCount(2);

  await page.goto(`./project/${'q'.repeat(10_000)}?lang=en`);
  await ready(page);
  await expect(heading(page)).toHaveText('Unknown project');
  expect((await page.locator('#main').innerText()).length).toBeLessThan(2_000);

  await page.goto('./no/such/route?lang=en');
  await expect(heading(page)).toHaveText('Page not found');
  expect(problems).toEqual([]);
});
