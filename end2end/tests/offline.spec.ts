// Offline: after one online visit the service worker holds exactly this build, and every
// kind of app URL renders from it, with the network off and with the server gone.
import { test, expect, ready } from './fixtures';
import type { Page } from '@playwright/test';
import { app, cacheState, filesOf, OwnServer, swBuild, waitForOfflineReady } from './pwa';

/** Every kind of app URL: the trail, a project, a comparison, a filtered trail. */
async function visitEveryRoute(page: Page, root: string) {
  await page.goto(root);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Cloud Native Trail Map' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Observability/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kubernetes', exact: true })).toBeVisible();

  await page.goto(`${root}project/prometheus`);
  await expect(page.getByRole('heading', { level: 1, name: 'Prometheus' })).toBeVisible();
  await expect(page.getByRole('button', { name: /bookmark: Prometheus$/ })).toBeVisible();

  await page.goto(`${root}compare?ids=jaeger,opentelemetry`);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: /Jaeger/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /OpenTelemetry/ })).toBeVisible();

  await page.goto(`${root}?stage=observability`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cloud Native Trail Map' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Observability');
  await expect(page.getByRole('status').filter({ hasText: 'projects match' })).toHaveText(/^\d+ projects match$/);
  await expect(page.getByRole('link', { name: 'Prometheus', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kubernetes', exact: true })).toHaveCount(0);
}

/** Bookmark a project, then find it on the Saved page, also after a reload. */
async function bookmarkWorks(page: Page, root: string) {
  await page.goto(`${root}project/thanos`);
  await page.getByRole('button', { name: 'Add bookmark: Thanos' }).click();
  await expect(page.getByRole('button', { name: 'Remove bookmark: Thanos' })).toBeVisible();
  // In-app links stay under the base path (a sub-path deployment included).
  const saved = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' });
  await expect(saved).toHaveAttribute('href', new URL('saved', root).pathname);
  await saved.click();
  await expect(page).toHaveURL(`${root}saved`);
  await expect(saved).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByRole('link', { name: 'Thanos' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('main').getByRole('link', { name: 'Thanos' }).first()).toBeVisible();
}

test('the service worker precaches exactly the files of this build, in a versioned cache', async ({ page, problems }) => {
  const { dist } = app();
  const build = swBuild(dist);
  // Generated from the folder: every file but the worker itself. The landscape data is
  // fetched only when a landscape view opens (see landscape.spec.ts); the prerendered project,
  // compare and saved pages are served online only (offline, the frame in 404.html and the
  // app answer those routes).
  const lazy = (f: string) => /^landscape-[0-9a-f]{16}\.json$/.test(f);
  const onlineOnly = (f: string) => /^(project\/[^/]+|compare|saved)\.html$/.test(f);
  expect(filesOf(dist).filter(lazy)).toHaveLength(1);
  expect(filesOf(dist).filter(onlineOnly).length).toBeGreaterThan(3);
  // The dataset, one file per language: a first visit fetches one; the worker keeps it and
  // fetches the other in the background, into the same versioned cache.
  const data = (f: string) => /^data-(ko|en)-[0-9a-f]{16}\.json$/.test(f);
  expect(build.data).toEqual(filesOf(dist).filter(data));
  expect(build.data).toHaveLength(2);
  expect(build.precache).toEqual(filesOf(dist).filter((f) => f !== 'sw.js' && !lazy(f) && !onlineOnly(f) && !data(f)));
  expect(build.precache).toContain('index.html');
  expect(build.precache).toContain('404.html');
  expect(build.precache.some((f) => f.endsWith('_bg.wasm'))).toBe(true);

  await page.goto('./');
  await ready(page);
  const state = await waitForOfflineReady(page, build.version, build.cached);
  const scope = new URL('./', page.url()).href;
  const name = `trailmap:${new URL(scope).pathname}:${build.version}`;
  expect(state.names).toEqual([name]);
  expect(state.urls[name]).toEqual([...build.precache, ...build.data].map((f) => new URL(f, scope).href).sort());
  const sw = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { scope: reg?.scope, script: navigator.serviceWorker.controller?.scriptURL };
  });
  expect(sw).toEqual({ scope, script: new URL('sw.js', scope).href });
  expect(problems).toEqual([]);
});

test('with the network off, every app URL renders from the cache and bookmarks work', async ({ page, context, problems }) => {
  const build = swBuild(app().dist);
  await page.goto('./');
  await ready(page);
  await waitForOfflineReady(page, build.version, build.cached);
  const root = new URL('./', page.url()).href;

  await context.setOffline(true);
  // The indicator follows the browser's online state without a reload...
  await expect(page.getByRole('status').getByText('Offline: running from the saved copy')).toBeVisible();
  await page.reload();
  await ready(page);
  // ...and is there from the start when the app opens offline.
  await expect(page.getByRole('status').getByText('Offline: running from the saved copy')).toBeVisible();

  await visitEveryRoute(page, root);
  await bookmarkWorks(page, root);

  await context.setOffline(false);
  await expect(page.getByRole('status').getByText('Offline: running from the saved copy')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('with the server stopped, every app URL renders from the cache and bookmarks work', async ({ page, problems }) => {
  const { dist, base } = app();
  const build = swBuild(dist);
  const server = new OwnServer();
  try {
    const root = await server.start(dist, base);
    await page.goto(root);
    await ready(page);
    await waitForOfflineReady(page, build.version, build.cached);
    await server.stop();

    await visitEveryRoute(page, root);
    await bookmarkWorks(page, root);
    // A deep link opened fresh (new tab, e.g. from a bookmark in the browser) works too.
    const tab = await page.context().newPage();
    await tab.goto(`${root}compare?ids=argo,flux`);
    await expect(tab.getByRole('table').getByRole('columnheader', { name: /Flux/ })).toBeVisible();
    await tab.close();
  } finally {
    await server.stop();
  }
  expect(problems).toEqual([]);
});
