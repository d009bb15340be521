// Helpers for the offline, update and install specs: what a build contains, a static server
// the test owns (so it can stop it, or swap the deployed build), and waiting for the service
// worker to be ready.
import { spawn, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** The build this Playwright project serves (see `metadata` in playwright.config.ts). */
export function app(): { dist: string; base: string } {
  const meta = test.info().project.metadata as { dist?: string; base?: string };
  if (!meta.dist || !meta.base) throw new Error('project metadata lacks dist/base');
  return { dist: meta.dist, base: meta.base };
}

/** Every file of a built folder, as paths relative to it. */
export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The version, precache list and data files (one per language) that post_build.py stamped
 * into a build's sw.js; `cached` is how many files its cache holds once the worker has also
 * fetched both data files (the page's language at once, the other in the background). */
export function swBuild(dist: string): { version: string; precache: string[]; data: string[]; cached: number } {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const version = /^const VERSION = "([0-9a-f]{16})";$/m.exec(sw)?.[1];
  const precache = /^const PRECACHE = (\[.*\]);$/m.exec(sw)?.[1];
  const data = /^const DATA = (\[.*\]);$/m.exec(sw)?.[1];
  if (!version || !precache || !data) throw new Error(`${dist}/sw.js is not stamped`);
  const lists = { precache: JSON.parse(precache) as string[], data: JSON.parse(data) as string[] };
  return { version, ...lists, cached: lists.precache.length + lists.data.length };
}

/** The name of the build's stylesheet (its hashed name differs between builds). */
export function stylesheetOf(dist: string): string {
  const css = fs.readdirSync(dist).filter((f) => /^main-[0-9a-f]{16}\.css$/.test(f));
  if (css.length !== 1) throw new Error(`expected one stylesheet in ${dist}`);
  return css[0];
}

/**
 * Wait until the service worker of `version` is activated, controls the page and its cache
 * holds all `count` files; returns the names of the app's caches and the URLs in the active one.
 */
export async function waitForOfflineReady(page: Page, version: string, count: number) {
  // (page.evaluate awaits the async check; waitForFunction would take its promise as truthy.)
  const ready = () =>
    page.evaluate(
      async ({ version, count }) => {
        const reg = await navigator.serviceWorker.getRegistration();
        if (!navigator.serviceWorker.controller || reg?.active?.state !== 'activated') return false;
        const name = (await caches.keys()).find((n) => n.endsWith(':' + version));
        if (!name) return false;
        return (await (await caches.open(name)).keys()).length === count;
      },
      { version, count },
    );
  await expect.poll(ready, { timeout: 20_000, intervals: [100] }).toBe(true);
  return cacheState(page);
}

export async function cacheState(page: Page): Promise<{ names: string[]; urls: Record<string, string[]> }> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('trailmap:')).sort();
    const urls: Record<string, string[]> = {};
    for (const n of names) urls[n] = (await (await caches.open(n)).keys()).map((r) => r.url).sort();
    return { names, urls };
  });
}

/** A static server this test owns: `scripts/serve.py` on a port of its choosing. */
export class OwnServer {
  private proc: ChildProcess | undefined;
  port = 0;

  /** Start serving `dir` under `base`, on `port` (0: any free port). */
  async start(dir: string, base: string, port = 0): Promise<string> {
    const script = path.resolve(__dirname, '..', '..', 'scripts', 'serve.py');
    const proc = spawn('python3', [script, '--dir', dir, '--port', String(port), '--base', base], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    let stderr = '';
    proc.stderr?.on('data', (d) => (stderr += d));
    this.port = await new Promise<number>((resolve, reject) => {
      let out = '';
      proc.stdout?.on('data', (d) => {
        out += d;
        const m = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      proc.on('exit', (code) => reject(new Error(`serve.py exited (${code}): ${stderr}`)));
    });
    return `http://127.0.0.1:${this.port}${base}`;
  }

  /** Stop the server and wait until its port refuses connections. */
  async stop() {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
    this.proc = undefined;
    await expect(fetch(`http://127.0.0.1:${this.port}/`)).rejects.toThrow();
  }
}

export { test, expect };
