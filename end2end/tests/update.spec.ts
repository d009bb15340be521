// Updates: a new deploy is offered, not forced; until the user accepts, the page runs the old
// build only; accepting loads the new build whole; saved data is untouched.
import { test, expect, ready } from './fixtures';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, cacheState, OwnServer, stylesheetOf, swBuild, waitForOfflineReady } from './pwa';

const TAG = 'update-b';
let buildB = '';
let tmp = '';

test.beforeAll(() => {
  // Build B = build A with one stylesheet change, re-stamped as a real deploy would be.
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-update-'));
  buildB = path.join(tmp, 'b');
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'post_build.py');
  execFileSync('python3', [script, '--variant', app().dist, buildB, TAG]);
});

test.afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The files this document loaded: its stylesheet link and every resource fetched. */
async function loaded(page: Page) {
  return page.evaluate(() => ({
    marker: getComputedStyle(document.documentElement).getPropertyValue('--tm-build').trim(),
    files: [
      ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'), (l) => l.href),
      ...performance.getEntriesByType('resource').map((e) => e.name),
    ],
  }));
}

test('a new deploy is offered, then loaded whole when accepted, with saved data intact', async ({ page, problems }) => {
  const { dist, base } = app();
  const a = swBuild(dist);
  const b = swBuild(buildB);
  expect(b.version).not.toEqual(a.version);
  expect(stylesheetOf(buildB)).not.toEqual(stylesheetOf(dist));
  // The files the page loaded from the app that are not part of `build` (a mix, if any).
  const outside = (files: string[], build: { precache: string[]; data: string[] }, root: string) =>
    files.filter((f) => f.startsWith(root) && ![...build.precache, ...build.data].map((p) => new URL(p, root).href).includes(f));

  const server = new OwnServer();
  try {
    const root = await server.start(dist, base);
    await page.goto(`${root}project/prometheus`);
    await ready(page);
    await waitForOfflineReady(page, a.version, a.cached);
    await page.getByRole('button', { name: 'Add bookmark: Prometheus' }).click();
    await expect(page.getByRole('button', { name: 'Remove bookmark: Prometheus' })).toBeVisible();
    const saved = await page.evaluate(() => localStorage.getItem('trailmap:prefs'));
    expect(saved).toContain('prometheus');

    // Deploy B on the same origin.
    await server.stop();
    await server.start(buildB, base, server.port);

    // The next visit still runs A from A's cache, and offers B.
    await page.reload();
    await ready(page);
    await expect(page.getByRole('status').getByText('A new version is available.')).toBeVisible({ timeout: 20_000 });
    const before = await loaded(page);
    expect(before.marker).toBe('');
    expect(outside(before.files, a, root)).toEqual([]);
    const waiting = await cacheState(page);
    expect(waiting.names).toHaveLength(2); // A active, B installed and waiting

    // Accepting reloads into B: B's files only, A's cache gone, saved data as it was.
    await page.getByRole('button', { name: 'Reload' }).click();
    // (The page reloads itself once B has taken over; until then there's nothing to read.)
    const marker = () => loaded(page).then((l) => l.marker, () => 'reloading');
    await expect.poll(marker, { timeout: 15_000 }).toBe(`"${TAG}"`);
    await ready(page);
    const after = await loaded(page);
    expect(outside(after.files, b, root)).toEqual([]);
    expect(after.files).toContain(new URL(stylesheetOf(buildB), root).href);
    await expect.poll(async () => (await cacheState(page)).names).toEqual([`trailmap:${new URL(root).pathname}:${b.version}`]);
    await expect(page.getByRole('status').getByText('A new version is available.')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('trailmap:prefs'))).toBe(saved);
    await expect(page.getByRole('heading', { level: 1, name: 'Prometheus' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove bookmark: Prometheus' })).toBeVisible();

    // B works offline on its own.
    await server.stop();
    await page.goto(`${root}saved`);
    await expect(page.getByRole('main').getByRole('link', { name: 'Prometheus' }).first()).toBeVisible();
    expect((await loaded(page)).marker).toBe(`"${TAG}"`);
  } finally {
    await server.stop();
  }
  expect(problems).toEqual([]);
});
