// A plan shared as a link (/plan#<payload>): share on /saved → open in a fresh browser →
// import round-trip; the viewer's own decisions beside the plan's; compare; Markdown; and
// links that are cut short, changed, oversized or from a newer app.
import zlib from 'node:zlib';
import { Browser, Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { data, project, PREFS_KEY } from './prefs-helpers';

const k8s = project('kubernetes');
const prom = project('prometheus');
const jaeger = project('jaeger');
const helm = project('helm');

const hostileNote = '<img src=x onerror="window.__pwned=1"> & <b>not bold</b>';

/** The sender's saved state (version 3). */
const sender = {
  version: 3,
  bookmarks: [k8s.id, prom.id, jaeger.id],
  decisions: {
    [k8s.id]: { status: 'adopted', note: 'since 2023' },
    [prom.id]: { status: 'evaluating', note: hostileNote },
    [helm.id]: { status: 'rejected', note: '' },
  },
  compare: [],
  settings: {},
  last_seen_data: null,
};

async function stored(page: Page): Promise<any> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), PREFS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** A page whose browser holds `state` as saved data before the app starts. */
async function withState(browser: Browser, state: object | null, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  if (state) {
    await page.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key)) localStorage.setItem(key, value);
      },
      [PREFS_KEY, JSON.stringify(state)],
    );
  }
  return page;
}

/** A payload written the way README documents the format (zlib, URL-safe base64). */
function payload(plan: object, version = 1): string {
  return `${version}.${zlib.deflateSync(Buffer.from(JSON.stringify(plan)), { level: 9 }).toString('base64url')}`;
}

async function share(page: Page, title: string): Promise<string> {
  await page.goto('./saved');
  await ready(page);
  await page.getByRole('textbox', { name: /^Plan title/ }).fill(title);
  await page.getByRole('button', { name: 'Make link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this plan' });
  await expect(field).toHaveValue(/\/plan#1\./);
  return field.inputValue();
}

const planAlert = (page: Page) => page.getByRole('alert').filter({ hasText: "This link's plan can't be shown" });

test('share → a fresh browser → import: the saved state equals the sender’s', async ({ browser, baseURL }) => {
  const a = await withState(browser, sender);
  const link = await share(a, 'Platform team <Q1>');
  expect(link.startsWith(new URL('plan#', baseURL).href)).toBe(true);
  expect(link.length).toBeLessThan(1000);
  await expect(a.getByText(`${link.length} characters`)).toBeVisible();

  const b = await withState(browser, null);
  const problems: string[] = [];
  b.on('pageerror', (e) => problems.push(e.message));
  await b.goto(link);
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Shared plan');
  await expect(b.locator('[data-plan-title]')).toHaveText('Platform team <Q1>');
  // Decisions grouped by stage, notes as text (the HTML is shown, not run).
  const decisions = b.getByRole('region', { name: 'Decisions by stage' });
  const promItem = decisions.locator(`[data-project="${prom.id}"]`);
  await expect(promItem.locator('.tm-plan__note')).toHaveText(hostileNote);
  await expect(promItem.locator('img')).toHaveCount(0);
  expect(await b.evaluate(() => (window as any).__pwned)).toBeUndefined();
  await expect(decisions.getByRole('heading', { level: 3 })).toHaveText(
    data.stages.filter((s) => [k8s, prom, helm].some((p) => p.stage === s.id)).map((s) => `${s.step}. ${s.title.en}`),
  );
  // Progress per stage.
  await expect(b.locator(`.tm-plan__progress [data-stage="${k8s.stage}"]`)).toContainText('Adopted 1');
  // A first-time viewer has no decisions of their own: each item shows theirs beside.
  await expect(promItem.locator('[data-yours]')).toHaveText('Yours: No decision');

  await b.getByRole('button', { name: 'Import this plan' }).click();
  const preview = b.getByRole('region', { name: 'What the import changes' });
  await expect(preview).toContainText('Merge: 3 bookmarks added, 3 decisions changed.');
  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(b.getByRole('status').filter({ hasText: 'Import complete.' })).toBeVisible();
  const got = await stored(b);
  expect(got.bookmarks).toEqual(sender.bookmarks);
  expect(got.decisions).toEqual(sender.decisions);
  // Now the same: nothing is shown beside.
  await expect(promItem.locator('[data-yours]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the viewer’s own decisions beside the plan’s, compare highlights differences, Korean viewer', async ({ browser }) => {
  const link = `./plan#${payload({ t: 'Ops', b: [k8s.id], d: [[k8s.id, 'a', 'all in'], [prom.id, 'e'], [jaeger.id, 'r', 'OTel instead']] })}`;
  const own = {
    version: 3,
    bookmarks: [helm.id],
    decisions: { [k8s.id]: { status: 'adopted', note: 'all in' }, [jaeger.id]: { status: 'adopted', note: '' } },
    compare: [],
    settings: {},
    last_seen_data: data['as_of' as keyof typeof data],
  };
  const page = await withState(browser, own);
  await page.goto(link);
  await ready(page);
  const item = (id: string) => page.locator(`.tm-plan__list [data-project="${id}"]`);
  await expect(item(k8s.id).locator('[data-yours]')).toHaveCount(0);
  await expect(item(jaeger.id).locator('[data-theirs]')).toHaveText('Rejected');
  await expect(item(jaeger.id).locator('[data-yours]')).toHaveText('Yours: Adopted');
  await expect(item(jaeger.id)).toHaveClass(/tm-plan__item--differs/);
  await expect(item(prom.id).locator('[data-yours]')).toHaveText('Yours: No decision');

  const compare = page.getByRole('button', { name: 'Compare with my plan' });
  await expect(compare).toHaveAttribute('aria-expanded', 'false');
  await compare.click();
  await expect(page.getByRole('button', { name: 'Hide comparison' })).toHaveAttribute('aria-expanded', 'true');
  const table = page.getByRole('table', { name: 'This plan and mine' });
  const row = (id: string) => table.locator(`tr[data-project="${id}"]`);
  await expect(row(k8s.id).locator('td').last()).toHaveText('Differs'); // bookmarked there, not here
  await expect(row(jaeger.id)).toHaveClass(/tm-plan__row--differs/);
  await expect(row(jaeger.id).locator('td').nth(0)).toHaveText('Rejected — OTel instead');
  await expect(row(jaeger.id).locator('td').nth(1)).toHaveText('Adopted');
  await expect(row(helm.id).locator('td').nth(1)).toHaveText('No decision ★');

  // The same link for a Korean viewer.
  const ko = await withState(browser, null, 'ko-KR');
  await ko.goto(link);
  await expect(ko.getByRole('heading', { level: 1 })).toHaveText('공유받은 계획');
  await expect(ko.locator(`.tm-plan__list [data-project="${jaeger.id}"] [data-theirs]`)).toHaveText('보류/제외');
});

test('copy as Markdown: the export format, headed by the plan’s title', async ({ browser }) => {
  const page = await withState(browser, null);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./plan#${payload({ t: 'Ops', d: [[k8s.id, 'a', 'all in']] })}`);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Markdown copied' })).toBeVisible();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md.startsWith('# Trail Map — Ops\n')).toBe(true);
  expect(md).toContain(`### Adopted\n\n- **[${k8s.name}](${new URL(`project/${k8s.id}`, page.url()).href})** — all in\n`);
});

test('cut short, changed, oversized, zip bomb, future version: a clear message and a working page', async ({ page, problems }) => {
  const good = payload({ b: [k8s.id, prom.id], d: [[k8s.id, 'a', 'a note that makes the payload longer']] });
  const body = good.slice(2);
  const mid = Math.floor(good.length / 2);
  const changed = good.slice(0, mid) + (good[mid] === 'A' ? 'B' : 'A') + good.slice(mid + 1);
  const bomb = payload({ t: ' '.repeat(4 * 1024 * 1024) });
  expect(bomb.length).toBeLessThan(16 * 1024);
  const cases: [string, string][] = [
    [good.slice(0, good.length - 6), 'The link is cut short or was changed on the way.'],
    [changed, 'The link is cut short or was changed on the way.'],
    [`1.${'A'.repeat(20000)}`, 'The link is too large: it is over the limit this app reads.'],
    [bomb, 'The link is too large: it is over the limit this app reads.'],
    [`2.${body}`, 'A newer version of Trail Map made this link. Reload to update the app. (link format 2, this app reads 1)'],
    ['', 'The link carries no plan (nothing after the #).'],
    [payload({ x: 1 }), 'The link is intact but holds no Trail Map plan.'],
  ];
  for (const [p, message] of cases) {
    await page.goto('./');
    await ready(page);
    await page.goto(`./plan#${p}`);
    await expect(planAlert(page)).toBeVisible();
    await expect(page.locator('[data-plan-error]')).toHaveText(message);
  }
  // The page still works: navigation, and the saved data is untouched.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved');
  expect(await page.evaluate((k) => localStorage.getItem(k), PREFS_KEY)).toBeNull();
  expect(problems).toEqual([]);
});

test('unknown ids are listed, not dropped silently, and left out of the import', async ({ page, problems }) => {
  await page.goto(`./plan#${payload({ b: [k8s.id, 'no-such-project'], d: [['gone-too', 'a', 'x']] })}`);
  const unknown = page.getByRole('region', { name: /Ids this dataset doesn't know/ });
  await expect(unknown.getByRole('listitem')).toHaveText(['no-such-project', 'gone-too']);
  await page.getByRole('button', { name: 'Import this plan' }).click();
  const preview = page.getByRole('region', { name: 'What the import changes' });
  await expect(preview).toContainText('Unknown ids were dropped: no-such-project, gone-too');
  await preview.getByRole('button', { name: 'Merge' }).click();
  expect((await stored(page)).bookmarks).toEqual([k8s.id]);
  expect(problems).toEqual([]);
});

test('an empty plan can’t be shared; a new link follows a new hash', async ({ page, problems }) => {
  await page.goto('./saved');
  await ready(page);
  await page.getByRole('button', { name: 'Make link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to share yet' })).toBeVisible();
  await page.goto(`./plan#${payload({ t: 'First', b: [k8s.id] })}`);
  await expect(page.locator('[data-plan-title]')).toHaveText('First');
  await page.goto(`./plan#${payload({ t: 'Second', b: [k8s.id] })}`);
  await expect(page.locator('[data-plan-title]')).toHaveText('Second');
  expect(problems).toEqual([]);
});
