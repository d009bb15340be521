// The dataset is not in the wasm: one file per language (data-ko|en-<hash>.json). A first
// visit fetches only its language's file, switching fetches the other (the views keep their
// language until it is in), switching works offline once the worker has both, and a failed
// or damaged data file shows a bilingual message with a retry, over the prerendered page.
import { test, expect, ready } from './fixtures';
import type { Page, Request } from '@playwright/test';
import { dataset, firstProject, ui, Lang } from './reach-data';
import { app, swBuild, waitForOfflineReady } from './pwa';

/** In the Korean tagline of the first project only (checked below). */
const KOREAN_WORD = '대중화';
const DATA = /\/data-(ko|en)-[0-9a-f]{16}\.json$/;

/** The data files the page itself requests (not the service worker), by language. */
function dataRequests(page: Page): Lang[] {
  const seen: Lang[] = [];
  page.on('request', (r: Request) => {
    const m = DATA.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1] as Lang);
  });
  return seen;
}

async function showsLanguage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', lang));
  await expect(page.locator(`li[data-stage="${dataset.stages[0].id}"] h2`)).toContainText(dataset.stages[0].title[lang]);
  await expect(page.locator(`article[data-project="${firstProject.id}"]`)).toContainText(firstProject.tagline[lang]);
}

const switchButton = (page: Page, from: Lang) =>
  page.getByRole('button', { name: `${ui('LanguageLabel', from)}: ${ui('SwitchToOther', from)}` });

for (const lang of ['en', 'ko'] as const) {
  test(`a first visit in ${lang} fetches only that language's data file`, async ({ page, problems }) => {
    const seen = dataRequests(page);
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    await showsLanguage(page, lang);
    // Idle time passes: the page itself still asks for nothing more.
    await page.waitForTimeout(1500);
    expect(seen).toEqual([lang]);
    // The wasm carries no dataset text: a sentence of the data is not in it.
    const wasm = await page.evaluate(async () => {
      const url = performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('_bg.wasm'));
      return url ? new TextDecoder().decode(await (await fetch(url)).arrayBuffer()) : '';
    });
    expect(wasm.length).toBeGreaterThan(100_000);
    expect(wasm).not.toContain(firstProject.tagline.en);
    expect(problems).toEqual([]);
  });
}

// Requests the service worker answers never reach page.route: these tests hold back or fail
// the data files, so they run without the worker (offline is tested further below).
test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('switching language fetches the other file, keeps the shown language until it is in, then switches', async ({ page, problems }) => {
    const seen = dataRequests(page);
    await page.goto('./?lang=en');
    await ready(page);
    // Hold the Korean file back to see the loading state.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(DATA, async (route) => {
      if (route.request().url().includes('/data-ko-')) await held;
      await route.continue();
    });
    await switchButton(page, 'en').click();
    await expect(switchButton(page, 'en')).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('status').filter({ hasText: ui('LangLoading', 'en') })).toBeVisible();
    // Meanwhile everything stays English, with no empty texts.
    await showsLanguage(page, 'en');
    release();
    await showsLanguage(page, 'ko');
    await expect(switchButton(page, 'ko')).not.toHaveAttribute('aria-busy', 'true');
    expect(seen).toEqual(['en', 'ko']);
    // Both halves are in: back to English at once, with no fetch.
    await switchButton(page, 'ko').click();
    await showsLanguage(page, 'en');
    expect(seen).toEqual(['en', 'ko']);
    expect(problems).toEqual([]);
  });

  test('a Korean query in the English UI fetches the Korean texts and finds them', async ({ page, problems }) => {
    const seen = dataRequests(page);
    await page.goto('./?lang=en');
    await ready(page);
    // A word only the Korean tagline of the first project has.
    expect(firstProject.tagline.ko).toContain(KOREAN_WORD);
    expect(firstProject.tagline.en).not.toContain(KOREAN_WORD);
    expect(seen).toEqual(['en']);
    await page.getByRole('searchbox', { name: ui('SearchLabel', 'en') }).fill(KOREAN_WORD);
    await expect(page.getByRole('main').getByRole('link', { name: firstProject.name, exact: true }).first()).toBeVisible();
    expect(seen).toEqual(['en', 'ko']);
    // The UI stays English, and the language button shows no loading state.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(switchButton(page, 'en')).not.toHaveAttribute('aria-busy', 'true');
    expect(problems).toEqual([]);
  });

  test('a failed switch says so and the button retries', async ({ page }) => {
    await page.goto('./?lang=en');
    await ready(page);
    let fail = true;
    await page.route(DATA, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    await switchButton(page, 'en').click();
    await expect(page.getByRole('status').filter({ hasText: ui('LangLoadFailed', 'en') })).toBeVisible();
    await showsLanguage(page, 'en');
    fail = false;
    await switchButton(page, 'en').click();
    await showsLanguage(page, 'ko');
    await expect(page.getByRole('status').filter({ hasText: ui('LangLoadFailed', 'ko') })).toHaveCount(0);
  });
});

test('after the first visit, switching language works offline', async ({ page, context, problems }) => {
  const build = swBuild(app().dist);
  await page.goto('./?lang=en');
  await ready(page);
  // The worker keeps the page's file and fetches the other one in the background.
  await waitForOfflineReady(page, build.version, build.cached);
  await context.setOffline(true);
  await page.goto('./');
  await showsLanguage(page, 'en');
  await switchButton(page, 'en').click();
  await showsLanguage(page, 'ko');
  await page.reload();
  await ready(page);
  await showsLanguage(page, 'ko');
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });
  for (const [what, answer] of [
    ['unreachable', { status: 503, body: 'unavailable' }],
    ['damaged', { status: 200, contentType: 'application/json', body: '{"schema_version": 1, "projects": [' }],
  ] as const) {
    test(`a ${what} data file shows a bilingual message over the prerendered page, and retry works`, async ({ page }) => {
      let fail = true;
      await page.route(DATA, (route) => (fail ? route.fulfill(answer) : route.continue()));
      await page.goto('./?lang=en');
      const alert = page.getByRole('alert').filter({ hasText: "The trail's data could not be loaded" });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('트레일 데이터를 불러오지 못했습니다');
      // The prerendered page stays readable underneath.
      await expect(page.locator('[data-prerendered]').first()).toBeAttached();
      await expect(page.getByRole('heading', { level: 1, name: ui('TrailTitle', 'en') })).toBeVisible();
      fail = false;
      await alert.getByRole('button', { name: 'Retry · 다시 시도' }).click();
      await ready(page);
      await expect(alert).toHaveCount(0);
      await showsLanguage(page, 'en');
    });
  }
});
