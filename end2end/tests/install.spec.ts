// Installable: the manifest is served as a manifest, describes the app under its base path,
// its icons are real images of the declared sizes, and Chromium finds nothing to object to.
import { test, expect, ready } from './fixtures';
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, swBuild, waitForOfflineReady } from './pwa';
import { chromiumArgs } from '../playwright.config';

type Icon = { src: string; sizes: string; type: string; purpose?: string };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): string {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
}

test('the manifest is served as a manifest and describes the app under its base path', async ({ page, request, problems }) => {
  await page.goto('./');
  await ready(page);
  const root = new URL('./', page.url()).href;
  const href = await page.locator('link[rel=manifest]').evaluate((l) => (l as HTMLLinkElement).href);
  expect(href).toBe(new URL('manifest.webmanifest', root).href);

  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const m = await res.json();
  expect(m.name).toContain('Trail Map');
  expect(m.short_name).toBe('Trail Map');
  expect(m.display).toBe('standalone');
  expect(new URL(m.start_url, href).href).toBe(root);
  expect(new URL(m.scope, href).href).toBe(root);
  const themeMeta = await page.locator('meta[name=theme-color]').getAttribute('content');
  expect(m.theme_color).toBe(themeMeta);
  expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const icons = m.icons as Icon[];
  const png = (purpose: string | undefined, size: string) =>
    icons.find((i) => i.type === 'image/png' && i.sizes === size && (i.purpose ?? 'any').split(' ').includes(purpose ?? 'any'));
  expect(png(undefined, '192x192')).toBeTruthy();
  expect(png(undefined, '512x512')).toBeTruthy();
  expect(png('maskable', '512x512')).toBeTruthy();
  for (const icon of icons) {
    const r = await request.get(new URL(icon.src, href).href);
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()['content-type'], icon.src).toBe(icon.type);
    if (icon.type === 'image/png') expect(pngSize(await r.body()), icon.src).toBe(icon.sizes);
  }
  expect(problems).toEqual([]);
});

test('Chromium finds the app installable', async ({ baseURL }) => {
  // Installability is never granted to off-the-record contexts (Playwright's default), so
  // this test uses a real, throw-away profile.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    baseURL,
  });
  const problems: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    await page.goto('./');
    await ready(page);
    const build = swBuild(app().dist);
    await waitForOfflineReady(page, build.version, build.cached);
    const root = new URL('./', page.url()).href;

    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(new URL('manifest.webmanifest', root).href);
    expect(manifest.errors).toEqual([]);
    expect(manifest.parsed?.scope).toBe(root);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  expect(problems).toEqual([]);
});
