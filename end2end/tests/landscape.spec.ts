// The whole landscape: loaded only when a landscape view opens, searched and filtered like the
// trail, virtualized, item pages, bookmarks, offline after one visit, a failed fetch, bad links.
// Expected figures come from data/landscape.json itself.
import fs from 'node:fs';
import path from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { waitForOfflineReady, swBuild, app } from './pwa';

type Item = { id: string; name: string; subcategory: string; stage: string; maturity: string; homepage?: string };
type Sub = { id: string; name: { ko: string; en: string }; stage: string };
const root = path.resolve(__dirname, '..', '..');
const L = JSON.parse(fs.readFileSync(path.join(root, 'data', 'landscape.json'), 'utf8')) as {
  items: Item[];
  categories: { id: string; subcategories: Sub[] }[];
};
const curated = new Set<string>(
  (JSON.parse(fs.readFileSync(path.join(root, 'data', 'trailmap.json'), 'utf8')).projects as { id: string }[]).map((p) => p.id),
);
const items = L.items;
const DATA_FILE = /\/landscape-[0-9a-f]{16}\.json$/;

function total(page: Page) {
  return page.locator('#tm-landscape-count');
}

async function loaded(page: Page) {
  await ready(page);
  await expect(total(page)).toBeVisible({ timeout: 15_000 });
}

function searchbox(page: Page) {
  return page.getByRole('searchbox', { name: 'Search the landscape' });
}

function facet(page: Page, key: string, value: string) {
  return page.locator(`fieldset[data-facet="${key}"] input[value="${value}"]`);
}

function facetCount(page: Page, key: string, value: string) {
  return page.locator(`fieldset[data-facet="${key}"] label:has(input[value="${value}"]) .tm-count`);
}

test('the trail links each stage to the landscape, which is fetched only then, virtualized', async ({ page, problems }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./');
  await ready(page);
  const more = items.filter((i) => i.stage === 'observability' && !curated.has(i.id)).length;
  expect(more).toBeGreaterThan(10);
  const link = page.locator('#observability').getByRole('link', { name: `${more} more in the landscape` });
  await expect(link).toBeVisible();
  // The first visit does not include the landscape data.
  expect(requests.filter((u) => DATA_FILE.test(u))).toEqual([]);

  await link.click();
  await expect(page).toHaveURL(/\/landscape\?stage=observability$/);
  await loaded(page);
  expect(requests.filter((u) => DATA_FILE.test(u))).toHaveLength(1);
  const onStage = items.filter((i) => i.stage === 'observability').length;
  await expect(total(page)).toHaveText(`${onStage} items`);
  await expect(facet(page, 'stage', 'observability')).toBeChecked();

  // Unfiltered: every item, but only the rows on screen are in the DOM.
  await page.goto('landscape');
  await loaded(page);
  await expect(total(page)).toHaveText(`${items.length} items`);
  const rendered = await page.locator('.tm-lrow').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);
  const firstBefore = await page.locator('.tm-lrow--item').first().getAttribute('data-item');
  await page.evaluate(() => window.scrollTo(0, 20_000));
  await expect.poll(async () => page.locator('.tm-lrow--item').first().getAttribute('data-item')).not.toBe(firstBefore);
  expect(await page.locator('.tm-lrow').count()).toBeLessThan(80);
  await expect(page.getByText('snapshot of Aug 7, 2026')).toBeVisible();
  expect(problems).toEqual([]);
});

test('search in English and Korean, typo-tolerant, replacing the history entry', async ({ page, problems }) => {
  await page.goto('landscape');
  await loaded(page);
  const before = await page.evaluate(() => history.length);
  await searchbox(page).fill('promethues');
  await expect(page).toHaveURL(/\/landscape\?q=promethues$/);
  await expect(page.locator('.tm-lrow--item').first()).toHaveAttribute('data-item', 'prometheus');
  expect(await page.evaluate(() => history.length)).toBe(before);

  // Korean: the Korean subcategory name, typed with or without its space.
  const mesh = L.categories.flatMap((c) => c.subcategories).filter((s) => s.name.ko === '서비스 메시');
  expect(mesh).toHaveLength(1);
  const inMesh = items.filter((i) => i.subcategory === mesh[0].id).length;
  await searchbox(page).fill('서비스메시');
  await expect(total(page)).toHaveText(`${inMesh} items`);
  await searchbox(page).fill('서비스 메시');
  await expect(total(page)).toHaveText(`${inMesh} items`);
  await expect(page.locator('.tm-lrow--item[data-item="istio"]')).toBeVisible();
  await searchbox(page).fill('zzzqqqxxx');
  await expect(total(page)).toHaveText('0 items');
  await expect(page.getByText('No item matches these filters.')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a facet toggle adds a history entry, so Back undoes it', async ({ page, problems }) => {
  await page.goto('landscape?q=mesh');
  await loaded(page);
  const before = await page.evaluate(() => history.length);
  await facet(page, 'maturity', 'graduated').check();
  await expect(page).toHaveURL(/\/landscape\?q=mesh&maturity=graduated$/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/landscape\?q=mesh$/);
  await expect(facet(page, 'maturity', 'graduated')).not.toBeChecked();
  expect(problems).toEqual([]);
});

test('filter by stage and maturity; results and counts match the data', async ({ page, problems }) => {
  await page.goto('landscape');
  await loaded(page);
  const count = (f: (i: Item) => boolean) => items.filter(f).length;
  await expect(facetCount(page, 'maturity', 'graduated')).toHaveText(`(${count((i) => i.maturity === 'graduated')})`);
  await facet(page, 'stage', 'observability').check();
  await expect(page).toHaveURL(/\/landscape\?stage=observability$/);
  await expect(total(page)).toHaveText(`${count((i) => i.stage === 'observability')} items`);
  // Maturity counts now apply the stage; stage counts still show every stage.
  await expect(facetCount(page, 'maturity', 'graduated')).toHaveText(
    `(${count((i) => i.stage === 'observability' && i.maturity === 'graduated')})`,
  );
  await expect(facetCount(page, 'stage', 'service-mesh')).toHaveText(`(${count((i) => i.stage === 'service-mesh')})`);
  await facet(page, 'maturity', 'graduated').check();
  await expect(page).toHaveURL(/\/landscape\?stage=observability&maturity=graduated$/);
  const both = count((i) => i.stage === 'observability' && i.maturity === 'graduated');
  await expect(total(page)).toHaveText(`${both} items`);
  await expect(facetCount(page, 'stage', 'service-mesh')).toHaveText(
    `(${count((i) => i.stage === 'service-mesh' && i.maturity === 'graduated')})`,
  );
  const shown = await page.locator('.tm-lrow--item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item')));
  for (const id of shown) {
    const it = items.find((i) => i.id === id);
    expect([it?.stage, it?.maturity]).toEqual(['observability', 'graduated']);
  }
  // Elsewhere in the landscape: items that fit no stage are listed, not dropped.
  await page.goto('landscape?stage=elsewhere');
  await loaded(page);
  await expect(total(page)).toHaveText(`${count((i) => i.stage === 'elsewhere')} items`);
  expect(problems).toEqual([]);
});

test('open an item; a curated one links to its full project page; bookmark an item', async ({ page, problems }) => {
  await page.goto('landscape?q=zipkin');
  await loaded(page);
  await page.locator('.tm-lrow--item[data-item="zipkin"] a').click();
  await expect(page).toHaveURL(/\/landscape\/zipkin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Zipkin' })).toBeVisible();
  const zipkin = items.find((i) => i.id === 'zipkin');
  expect(zipkin?.homepage).toMatch(/^https:\/\//);
  await expect(page.getByRole('link', { name: zipkin!.homepage!.replace('https://', '').replace(/\/$/, '') })).toHaveAttribute('href', zipkin!.homepage!);
  await expect(page.getByRole('link', { name: 'Open the full project page on the trail' })).toHaveCount(0);

  const bookmark = page.getByRole('button', { name: 'Add bookmark' });
  await bookmark.click();
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => localStorage.getItem('trailmap:prefs'))).toContain('"zipkin"');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Remove bookmark' })).toBeVisible({ timeout: 15_000 });

  await page.goto('landscape/prometheus');
  await expect(page.getByRole('heading', { level: 1, name: 'Prometheus' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Open the full project page on the trail' }).click();
  await expect(page).toHaveURL(/\/project\/prometheus$/);
  expect(problems).toEqual([]);
});

test('a landscape item goes into the compare tray next to a curated project', async ({ page, problems }) => {
  await page.goto('landscape/envoy');
  await expect(page.getByRole('heading', { level: 1, name: 'Envoy' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Add to compare' }).click();
  await page.goto('landscape/linkerd');
  await expect(page.getByRole('heading', { level: 1, name: 'Linkerd' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Add to compare' }).click();
  await page.getByRole('link', { name: 'Open comparison' }).click();
  await expect(page).toHaveURL(/\/compare\?ids=envoy,linkerd/);
  await expect(page.getByRole('table', { name: 'Compare projects' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a landscape-only item is compared with a curated project; rows it lacks show "—"', async ({ page, problems }) => {
  const zipkin = items.find((i) => i.id === 'zipkin');
  expect(zipkin && !curated.has('zipkin')).toBe(true);
  await page.goto('landscape/zipkin');
  await expect(page.getByRole('heading', { level: 1, name: 'Zipkin' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Add to compare' }).click();
  await page.goto('project/jaeger');
  await ready(page);
  await page.getByRole('main').getByRole('button', { name: /Add to compare/ }).first().click();
  await page.getByRole('link', { name: 'Open comparison' }).click();
  await expect(page).toHaveURL(/\/compare\?ids=zipkin,jaeger/);
  const table = page.getByRole('table', { name: 'Compare projects' });
  await expect(table).toBeVisible({ timeout: 15_000 });
  const head = table.locator('th[data-project="zipkin"]');
  await expect(head.getByRole('link', { name: 'Zipkin' })).toHaveAttribute('href', /\/landscape\/zipkin$/);
  await expect(head).toContainText('Landscape item');
  // License: the landscape has none for Zipkin, Jaeger's is in the dataset.
  const license = table.locator('tr[data-row="License"]');
  await expect(license.locator('td').nth(0)).toContainText('—');
  await expect(license.locator('td').nth(0)).toContainText('not in the data');
  await expect(license.locator('td').nth(1)).toContainText('Apache-2.0');
  expect(zipkin!.maturity).toBe('not-cncf');
  await expect(table.locator('tr[data-row="Maturity"] td').nth(0)).toHaveText('Not CNCF');
  // The tray names the item once the landscape is loaded.
  await page.goto('');
  await ready(page);
  await expect(page.locator('.tm-tray')).toContainText('Zipkin');
  expect(problems).toEqual([]);
});

test('a shared compare link with a landscape id looks it up; unknown ids are still reported', async ({ page, problems }) => {
  await page.goto('compare?ids=jaeger,zipkin,nope-not-here&lang=en');
  await expect(page.locator('th[data-project="zipkin"]')).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('th[data-project="jaeger"]')).toBeVisible();
  await expect(page.locator('[data-notice="compare"]')).toContainText('nope-not-here');
  await expect(page).toHaveURL(/ids=jaeger,zipkin/);
  expect(problems).toEqual([]);
});

test('an item bookmarked from the landscape is listed on /saved, linked and removable', async ({ page, problems }) => {
  await page.goto('landscape/zipkin');
  await expect(page.getByRole('heading', { level: 1, name: 'Zipkin' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Add bookmark' }).click();
  await page.goto('saved');
  await ready(page);
  const section = page.locator('.tm-saved__landscape');
  await expect(section.getByRole('link', { name: 'Zipkin' })).toHaveAttribute('href', /\/landscape\/zipkin$/, { timeout: 15_000 });
  await expect(page.locator('.tm-saved__unknown')).toHaveCount(0);
  await section.getByRole('button', { name: 'Remove: Zipkin' }).click();
  await expect(section).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('trailmap:prefs'))).not.toContain('"zipkin"');
  expect(problems).toEqual([]);
});

test('after one visit the landscape works offline', async ({ page, context, problems }) => {
  const build = swBuild(app().dist);
  await page.goto('landscape');
  await loaded(page);
  await waitForOfflineReady(page, build.version, build.cached);
  // The worker now controls the page; the next open goes through it and keeps the data.
  await page.reload();
  await loaded(page);
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).some((k) => k.endsWith(':lazy'))))
    .toBe(true);
  await context.setOffline(true);
  await page.goto('landscape?maturity=graduated');
  await loaded(page);
  await expect(total(page)).toHaveText(`${items.filter((i) => i.maturity === 'graduated').length} items`);
  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a failed fetch shows the error and a retry that works', async ({ page, problems }) => {
    await page.route(DATA_FILE, (r) => r.abort());
    await page.goto('landscape');
    await ready(page);
    const alert = page.getByRole('alert').filter({ hasText: 'The landscape data could not be loaded' });
    await expect(alert).toBeVisible();
    await expect(total(page)).toHaveCount(0);
    await page.unroute(DATA_FILE);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await loaded(page);
    await expect(total(page)).toHaveText(`${items.length} items`);
    // The aborted request is the only problem: Chromium logs it.
    expect(problems.filter((p) => !/Failed to load resource|ERR_FAILED/.test(p))).toEqual([]);
  });
});

test('hostile query values and ids are ignored and listed, never run', async ({ page, problems }) => {
  await page.addInitScript(() => ((window as unknown as { pwned: boolean }).pwned = false));
  await page.goto(
    'landscape?q=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3Dtrue%22%3E&stage=OBSERVABILITY,../../etc&category=%00,x%22%3E&maturity=ripe&lang=xx&ids=1',
  );
  await loaded(page);
  await expect(facet(page, 'stage', 'observability')).toBeChecked();
  const notice = page.locator('[data-notice="ignored"]');
  await expect(notice).toContainText('stage=../../etc');
  await expect(notice).toContainText('maturity=ripe');
  await expect(notice).toContainText('lang=xx');
  await expect(total(page)).toHaveText('0 items');
  await expect(searchbox(page)).toHaveValue('<img src=x onerror="window.pwned=true">');
  expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  for (const bad of ['landscape/%3Cscript%3E', 'landscape/..%2F..%2Fetc', `landscape/${'x'.repeat(3000)}`]) {
    await page.goto(bad);
    await expect(page.getByRole('heading', { level: 1, name: 'Unknown project' })).toBeVisible({ timeout: 15_000 });
  }
  expect(problems).toEqual([]);
});
