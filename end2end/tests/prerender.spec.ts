// The prerendered pages (src/prerender): real content without JavaScript and before the
// WebAssembly runs, in the reader's language from the first paint, link-preview tags per
// page, and an app that takes over without leaving the static copy behind or moving things.
import { test as plain, expect, Page, BrowserContext } from '@playwright/test';
import { test, ready } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, ui, Lang } from './reach-data';

const raw = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'trailmap.json'), 'utf8'));
const prometheus = raw.projects.find((p: { id: string }) => p.id === 'prometheus');
const stages: { id: string; title: { ko: string; en: string } }[] = raw.stages;

/** The main element on screen (the prerendered page holds one per language). */
async function visibleMain(page: Page) {
  return page.evaluate(() => {
    const main = [...document.querySelectorAll('main')].find((m) => m.getClientRects().length > 0);
    return main ? main.innerText.replace(/\s+/g, ' ').trim() : '';
  });
}

/** Open `path` with the WebAssembly request refused: only the static page can show. */
async function withoutWasm(page: Page, path: string) {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(path);
}

async function meta(page: Page, key: string): Promise<string | null> {
  const byProperty = page.locator(`meta[property="${key}"]`);
  if ((await byProperty.count()) > 0) return byProperty.getAttribute('content');
  const byName = page.locator(`meta[name="${key}"]`);
  if ((await byName.count()) > 0) return byName.getAttribute('content');
  return null;
}

plain.describe('without JavaScript', () => {
  plain.use({ javaScriptEnabled: false });

  plain('the trail shows its stages, its picture and its projects', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', 'en'));
    const picture = page.getByRole('navigation', { name: ui('TrailPicLabel', 'en') });
    await expect(picture.getByRole('link')).toHaveCount(stages.length);
    for (const s of stages) {
      await expect(page.getByRole('heading', { level: 2, name: s.title.en, exact: false }).first()).toBeVisible();
      await expect(picture.getByRole('link', { name: new RegExp(s.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toHaveAttribute('href', `#${s.id}`);
    }
    for (const p of dataset.projects) {
      await expect(page.locator(`.tm-card[data-project="${p.id}"]:visible`)).toHaveCount(1);
    }
    await expect(page.getByRole('link', { name: 'Kubernetes', exact: true })).toBeVisible();
    // English by default without JavaScript; the Korean copy is there, hidden.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText(ui('TrailTitle', 'ko'), { exact: true })).toBeHidden();
    expect(await meta(page, 'og:title')).toBe(`${ui('TrailTitle', 'en')} · Trail Map`);
    expect(await meta(page, 'og:type')).toBe('website');
    expect(await meta(page, 'twitter:card')).toBe('summary');
    expect(await meta(page, 'description')).toBe(ui('TrailIntro', 'en'));
  });

  plain('a project page shows the project and previews as it', async ({ page }) => {
    const response = await page.goto('project/prometheus');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('Prometheus · Trail Map');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prometheus');
    await expect(page.getByRole('heading', { level: 2, name: ui('WhatItIs', 'en') })).toBeVisible();
    await expect(page.getByText(prometheus.what.en, { exact: true })).toBeVisible();
    await expect(page.getByText(prometheus.tagline.en, { exact: true })).toBeVisible();
    expect(await meta(page, 'og:title')).toBe('Prometheus · Trail Map');
    expect(await meta(page, 'og:description')).toBe(`Prometheus: ${prometheus.tagline.en}`);
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'twitter:title')).toBe('Prometheus · Trail Map');
    expect(await meta(page, 'twitter:description')).toBe(`Prometheus: ${prometheus.tagline.en}`);
    // No absolute address is configured for this build: no og:url rather than a wrong one.
    expect(await meta(page, 'og:url')).toBeNull();
  });

  plain('compare and saved show their headings; other routes the frame', async ({ page }) => {
    await page.goto('compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('CompareTitle', 'en'));
    await expect(page.getByRole('heading', { level: 2, name: ui('CuratedComparisons', 'en') })).toBeVisible();
    await page.goto('saved');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('SavedTitle', 'en'));
    await page.goto('landscape');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  });
});

/** The prerendered page in `lang`, before any WebAssembly, and whether English ever showed. */
async function staticPageIn(context: BrowserContext, path: string) {
  const page = await context.newPage();
  // <html lang> at the moment the first prerendered copy is parsed: before any paint of it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __langAtFirstCopy: string[] }).__langAtFirstCopy = seen;
    new MutationObserver((records, observer) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLElement && n.matches('[data-prerendered]')) {
            seen.push(document.documentElement.lang);
            observer.disconnect();
            return;
          }
    }).observe(document, { childList: true, subtree: true });
  });
  await withoutWasm(page, path);
  return page;
}

for (const lang of ['en', 'ko'] as Lang[]) {
  plain.describe(`before the WebAssembly runs, ${lang} browser`, () => {
    plain.use({ locale: lang === 'ko' ? 'ko-KR' : 'en-US' });

    plain(`the trail and a project page show ${lang} content only`, async ({ context }) => {
      const other: Lang = lang === 'ko' ? 'en' : 'ko';
      const page = await staticPageIn(context, './');
      expect(await page.evaluate(() => (window as unknown as { __langAtFirstCopy: string[] }).__langAtFirstCopy)).toEqual([lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', lang));
      await expect(page).toHaveTitle(`${ui('TrailTitle', lang)} · Trail Map`);
      for (const s of stages) {
        await expect(page.getByRole('heading', { level: 2, name: s.title[lang], exact: false }).first()).toBeVisible();
      }
      // No heading of the other language is on screen.
      const lines = (await page.locator('h1:visible, h2:visible, h3:visible').allInnerTexts())
        .flatMap((h) => h.split('\n'))
        .map((l) => l.replace(/^.*단계:\s*|^Step \d+:\s*/, '').trim());
      expect(lines.length).toBeGreaterThan(stages.length);
      // (A title spelled the same in both languages, such as "CI/CD", proves nothing.)
      for (const s of stages.filter((s) => s.title.en !== s.title.ko)) expect(lines).not.toContain(s.title[other]);
      expect(lines).not.toContain(ui('TrailTitle', other));
      await expect(page.getByText(ui('TrailTitle', other), { exact: true })).toBeHidden();

      await page.goto('project/prometheus');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prometheus');
      await expect(page.getByRole('heading', { level: 2, name: ui('WhatItIs', lang) })).toBeVisible();
      await expect(page.getByText(prometheus.what[lang], { exact: true })).toBeVisible();
      await expect(page.getByText(prometheus.what[other], { exact: true })).toBeHidden();
      await expect(page.getByRole('heading', { level: 2, name: ui('WhatItIs', other) })).toHaveCount(0);
    });
  });
}

plain.describe('the language rule before the WebAssembly runs', () => {
  plain('lang in the URL wins over the browser', async ({ context }) => {
    const page = await staticPageIn(context, './?lang=ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', 'ko'));
  });

  plain.describe('a Korean browser with English saved', () => {
    plain.use({ locale: 'ko-KR' });
    plain('the saved choice wins over the browser, and the saved theme applies', async ({ context }) => {
      await context.addInitScript(() => {
        localStorage.setItem('trailmap:prefs', JSON.stringify({ version: 3, settings: { lang: 'en', theme: 'dark' } }));
      });
      const page = await staticPageIn(context, './');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', 'en'));
    });
  });
});

plain.describe('a Korean browser following a stage link before the WebAssembly runs', () => {
  plain.use({ locale: 'ko-KR' });
  plain('only the Korean copy stays, so ids are unique and #stage links reach the stage on screen', async ({ context }) => {
    const page = await staticPageIn(context, './#database-storage');
    await expect(page.locator('[data-prerendered]')).toHaveCount(1);
    await expect(page.locator('[data-prerendered]')).toHaveAttribute('data-prerendered', 'ko');
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length).toBeGreaterThan(stages.length);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    await expect(page.locator('#database-storage')).toBeInViewport();
    // The picture's links lead to the visible copy as well.
    const target = stages.find((s) => s.id === 'streaming-messaging')!;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page
      .getByRole('navigation', { name: ui('TrailPicLabel', 'ko') })
      .locator(`a[href="#${target.id}"]`)
      .click();
    await expect(page.locator(`#${target.id}`)).toBeInViewport();
    await expect(page.locator(`#${target.id}`).getByRole('heading', { level: 2 }).first()).toContainText(target.title.ko);
  });
});

for (const lang of ['en', 'ko'] as Lang[]) {
  test.describe(`once the app runs, ${lang} browser`, () => {
    test.use({ locale: lang === 'ko' ? 'ko-KR' : 'en-US' });

    test('it replaces the static page: one copy, working filters', async ({ page, problems }) => {
      await page.goto('./');
      await ready(page);
      await expect(page.locator('[data-prerendered]')).toHaveCount(0);
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.tm-card[data-project="prometheus"]')).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await page.getByRole('searchbox', { name: ui('SearchLabel', lang) }).fill('prometheus');
      await expect(page.getByRole('link', { name: 'Kubernetes', exact: true })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Prometheus', exact: true }).first()).toBeVisible();
      await expect(page).toHaveURL(/[?&]q=prometheus/);
      expect(problems).toEqual([]);
    });
  });
}

for (const path of ['./', 'project/prometheus', 'compare', 'saved']) {
  plain(`the app takes over ${path} without a jump: same text, same place`, async ({ browser }) => {
    const before = await browser.newPage();
    await withoutWasm(before, path);
    await expect(before.locator('h1:visible')).toHaveCount(1);
    const staticText = await visibleMain(before);
    const staticTop = await before.locator('h1:visible').evaluate((h) => h.getBoundingClientRect().top);
    await before.close();

    const after = await browser.newPage();
    await after.goto(path);
    await expect(after.locator('[data-prerendered]')).toHaveCount(0);
    await expect(after.locator('#main h1')).toBeVisible();
    const appTop = await after.locator('#main h1').evaluate((h) => h.getBoundingClientRect().top);
    const appText = await visibleMain(after);
    await after.close();

    expect(Math.abs(appTop - staticTop)).toBeLessThanOrEqual(1);
    if (path === './' || path.startsWith('project/')) {
      // Everything the static page says, the app says in the same order.
      expect(appText).toBe(staticText);
    } else {
      // Stateless pages: the static text is where the app's begins.
      expect(appText.startsWith(staticText.slice(0, 60))).toBe(true);
    }
  });
}
