// Languages: browser default, `lang` in the URL, the switch and its persistence, <html lang>,
// the title, dataset text and dates in the chosen language, and the no-JS / no-wasm message.
import { test, expect, ready } from './fixtures';
import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, firstProject, ui, Lang } from './reach-data';

const raw = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'trailmap.json'), 'utf8'));
const asOf: string = raw.as_of;
/** The CNCF facts are as of the landscape snapshot (`cncf_as_of`), else `as_of`. */
const cncfAsOf: string = raw.cncf_as_of ?? raw.as_of;

/** The footer's "data as of" date as each language writes it, computed from the dataset. */
function formattedDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'ko') return `${y}년 ${m}월 ${d}일`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[m - 1]} ${d}, ${y}`;
}

async function expectLanguage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', lang));
  await expect(page).toHaveTitle(`${ui('TrailTitle', lang)} · ${ui('AppName', lang)}`);
  // Dataset text follows: the first stage's title and a project's tagline.
  await expect(page.locator(`li[data-stage="${dataset.stages[0].id}"] h2`)).toContainText(dataset.stages[0].title[lang]);
  await expect(page.locator(`article[data-project="${firstProject.id}"]`)).toContainText(firstProject.tagline[lang]);
  await expect(page.getByRole('contentinfo').locator('time')).toHaveText([
    formattedDate(asOf, lang),
    formattedDate(cncfAsOf, lang),
  ]);
  await expect(page.getByRole('searchbox', { name: ui('SearchLabel', lang) })).toBeVisible();
}

test.describe('browser language ko-KR', () => {
  test.use({ locale: 'ko-KR' });

  test('defaults to Korean', async ({ page, problems }) => {
    await page.goto('./');
    await ready(page);
    await expectLanguage(page, 'ko');
    expect(problems).toEqual([]);
  });

  test('lang=en in the URL wins over the browser', async ({ page, problems }) => {
    await page.goto('./?lang=en');
    await ready(page);
    await expectLanguage(page, 'en');
    expect(problems).toEqual([]);
  });
});

test.describe('browser language en-US', () => {
  test.use({ locale: 'en-US' });

  test('defaults to English; lang=ko in the URL wins', async ({ page, problems }) => {
    await page.goto('./');
    await ready(page);
    await expectLanguage(page, 'en');
    await page.goto('./?lang=ko');
    await ready(page);
    await expectLanguage(page, 'ko');
    expect(problems).toEqual([]);
  });
});

test('the language switch changes everything, and the choice persists', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await expectLanguage(page, 'en');
  const toKo = page.getByRole('button', { name: `${ui('LanguageLabel', 'en')}: ${ui('SwitchToOther', 'en')}` });
  await expect(toKo).toHaveAttribute('lang', 'ko');
  await toKo.click();
  await expectLanguage(page, 'ko');
  await page.reload();
  await ready(page);
  await expectLanguage(page, 'ko');
  // Other pages too, including their titles.
  await page.goto(`project/${firstProject.id}`);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveTitle(`${firstProject.name} · ${ui('AppName', 'ko')}`);
  await expect(page.getByRole('heading', { level: 2, name: ui('WhatItIs', 'ko') })).toBeVisible();
  await page.getByRole('button', { name: `${ui('LanguageLabel', 'ko')}: ${ui('SwitchToOther', 'ko')}` }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: ui('WhatItIs', 'en') })).toBeVisible();
  await page.goto('saved');
  await ready(page);
  await expect(page).toHaveTitle(`${ui('SavedTitle', 'en')} · ${ui('AppName', 'en')}`);
  expect(problems).toEqual([]);
});

test('a lang in the URL is remembered, rewritten by the switch, and kept in copied links', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?q=${encodeURIComponent(firstProject.name)}&lang=ko`);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('button', { name: ui('CopyLink', 'ko') }).click();
  await expect(page.getByText(ui('LinkCopied', 'ko'))).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('lang')).toBe('ko');
  expect(copied.searchParams.get('q')).toBe(firstProject.name);

  // Without the parameter the remembered choice holds.
  await page.goto('./');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  // The switch rewrites a lang in the URL (else the URL would win over the choice).
  await page.goto('./?lang=ko');
  await ready(page);
  await page.getByRole('button', { name: `${ui('LanguageLabel', 'ko')}: ${ui('SwitchToOther', 'ko')}` }).click();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expectLanguage(page, 'en');
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says so in both languages', async ({ page }) => {
    await page.goto('./');
    const en = page.locator('p[lang="en"]');
    const ko = page.locator('p[lang="ko"]');
    await expect(en).toBeVisible();
    await expect(ko).toBeVisible();
    await expect(en).toContainText('JavaScript');
    await expect(ko).toContainText('JavaScript');
    await expect(ko).toContainText(/[가-힣]/);
    // Above the prerendered page, which shows the trail in English.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', 'en'));
  });
});

test('without WebAssembly the page says so in both languages, without errors', async ({ page, problems }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: removing the global on purpose
    delete globalThis.WebAssembly;
  });
  await page.goto('./');
  const en = page.locator('p[lang="en"]');
  const ko = page.locator('p[lang="ko"]');
  await expect(en).toBeVisible();
  await expect(ko).toBeVisible();
  await expect(en).toContainText('WebAssembly');
  await expect(ko).toContainText('WebAssembly');
  // The prerendered trail stays below the message: real content, not an empty page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('TrailTitle', 'en'));
  await expect(page.getByRole('banner')).toHaveCount(1);
  expect(problems).toEqual([]);
});
