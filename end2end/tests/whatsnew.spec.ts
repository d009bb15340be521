// "What changed since your last visit": the panel on / and /saved for a browser that last saw
// an older dataset (injected with addInitScript), its entries and order, dismissal that
// persists, nothing for a first-time visitor, the version 2 → 3 migration, and a project's
// own history. Expected values come from data/CHANGELOG.json, never hard-coded.
import fs from 'node:fs';
import path from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { data, project, PREFS_KEY } from './prefs-helpers';

interface Entry {
  date: string;
  kind: string;
  projects: string[];
  summary: { ko: string; en: string };
}
const changelog: { entries: Entry[] } = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../data/CHANGELOG.json'), 'utf8'),
);
const asOf: string = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/trailmap.json'), 'utf8')).as_of;
/** The as_of of the last release without a changelog (what version 2 state last saw). */
const PRE_CHANGELOG = '2026-11-26';
const LABEL: Record<string, string> = { considering: 'Considering', evaluating: 'Evaluating', adopted: 'Adopted', rejected: 'Rejected' };

/** Each item reads "<kind> <line>": match the line at its end. */
const ends = (lines: string[]) => lines.map((l) => new RegExp(`${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

const panel = (page: Page) => page.getByRole('region', { name: 'What changed since your last visit' });

async function stored(page: Page): Promise<any> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), PREFS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Saved state, written before the app starts on the first load only (dismissal must stick). */
async function seed(page: Page, state: object) {
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [PREFS_KEY, JSON.stringify(state)],
  );
}

/** The lines the panel should show, in order, computed here from the changelog. */
function expected(lastSeen: string, bookmarks: string[], decisions: Record<string, { status: string }>): string[] {
  const rows = changelog.entries
    .map((e, n) => ({ e, n }))
    .filter(({ e }) => e.date > lastSeen)
    .map(({ e, n }) => {
      const decided = e.projects.find((id) => decisions[id]?.status);
      const marked = e.projects.find((id) => bookmarks.includes(id));
      const rank = decided ? 0 : marked ? 1 : 2;
      const one = e.projects.length === 1;
      const tail = decided
        ? ` — you marked ${one ? 'it' : project(decided).name} ${LABEL[decisions[decided].status]}`
        : marked
          ? ` — you bookmarked ${one ? 'it' : project(marked).name}`
          : '';
      return { rank, date: e.date, n, line: e.summary.en + tail };
    });
  rows.sort((a, b) => a.rank - b.rank || b.date.localeCompare(a.date) || a.n - b.n);
  return rows.map((r) => r.line);
}

test('the changelog is current: its newest entry is the dataset’s as_of', () => {
  expect(changelog.entries.length).toBeGreaterThan(1);
  expect(changelog.entries.map((e) => e.date).sort().at(-1)).toBe(asOf);
  expect(asOf > PRE_CHANGELOG).toBe(true);
});

test('an older last-seen dataset: what changed, my projects first, on / and /saved; dismissal persists', async ({ page, problems }) => {
  // Pick one decided and one bookmarked project among those the changelog names.
  const named = [...new Set(changelog.entries.flatMap((e) => e.projects))];
  const [decidedId, bookmarkedId] = [named.at(-1)!, named.at(-2)!];
  const decisions = { [decidedId]: { status: 'evaluating', note: '' } };
  const bookmarks = [bookmarkedId];
  await seed(page, { version: 3, bookmarks, decisions, compare: [], settings: {}, last_seen_data: PRE_CHANGELOG });

  await page.goto('./');
  await ready(page);
  const lines = expected(PRE_CHANGELOG, bookmarks, decisions);
  expect(lines[0]).toContain(' — you marked it Evaluating');
  expect(lines[1]).toContain(' — you bookmarked it');
  await expect(panel(page).getByRole('listitem')).toHaveText(ends(lines));
  await expect(panel(page).locator('time')).toHaveAttribute('datetime', asOf);
  // Each line leads to its project.
  await panel(page).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/project/${decidedId}$`));

  await page.goto('./saved');
  await expect(panel(page).getByRole('listitem')).toHaveCount(lines.length);
  await panel(page).getByRole('button', { name: 'Hide these changes' }).click();
  await expect(panel(page)).toHaveCount(0);
  expect((await stored(page)).last_seen_data).toBe(asOf);

  await page.reload();
  await ready(page);
  await expect(panel(page)).toHaveCount(0);
  await page.goto('./');
  await ready(page);
  await expect(panel(page)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('only entries after the last-seen date appear', async ({ page, problems }) => {
  const dates = [...new Set(changelog.entries.map((e) => e.date))].sort();
  // The day before the newest date: only the newest entries are news.
  const newest = dates.at(-1)!;
  const dayBefore = new Date(Date.parse(newest) - 86_400_000).toISOString().slice(0, 10);
  await seed(page, { version: 3, bookmarks: [], decisions: {}, compare: [], settings: {}, last_seen_data: dayBefore });
  await page.goto('./');
  await ready(page);
  await expect(panel(page).getByRole('listitem')).toHaveCount(changelog.entries.filter((e) => e.date > dayBefore).length);
  await expect(panel(page).getByRole('listitem')).toHaveText(ends(expected(dayBefore, [], {})));
  expect(problems).toEqual([]);
});

test('a first-time visitor sees nothing, and the dataset they saw is remembered', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await expect(panel(page)).toHaveCount(0);
  const first = data.projects[0];
  await page.getByRole('button', { name: `Add bookmark: ${first.name}` }).click();
  await expect.poll(async () => (await stored(page))?.last_seen_data).toBe(asOf);
  expect((await stored(page)).version).toBe(3);
  await page.goto('./saved');
  await ready(page);
  await expect(panel(page)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('version 2 saved state is migrated: it last saw the dataset before the changelog', async ({ page, problems }) => {
  const k8s = project('kubernetes');
  await seed(page, { version: 2, bookmarks: [k8s.id], decisions: {}, compare: [], settings: {} });
  await page.goto('./saved');
  await ready(page);
  await expect(panel(page).getByRole('listitem')).toHaveText(ends(expected(PRE_CHANGELOG, [k8s.id], {})));
  // No recovery notice: a migration is not damage.
  await expect(page.getByText('Some saved data could not be read')).toHaveCount(0);
  await page.getByRole('button', { name: `Remove bookmark: ${k8s.name}` }).click();
  const after = await stored(page);
  expect(after.version).toBe(3);
  expect(after.last_seen_data).toBe(PRE_CHANGELOG);
  expect(problems).toEqual([]);
});

test('a project page shows its own history, in both languages', async ({ page, problems }) => {
  const entry = changelog.entries[0];
  const id = entry.projects[0];
  await page.goto(`./project/${id}`);
  const history = page.getByRole('region', { name: 'Changes in Trail Map' });
  const mine = changelog.entries.filter((e) => e.projects.includes(id));
  await expect(history.getByRole('listitem')).toHaveCount(mine.length);
  await expect(history).toContainText(entry.summary.en);
  await page.goto(`./project/${id}?lang=ko`);
  await expect(page.getByRole('region', { name: 'Trail Map의 변경 기록' })).toContainText(entry.summary.ko);
  // A project the changelog never names has no such section.
  const quiet = data.projects.find((p) => !changelog.entries.some((e) => e.projects.includes(p.id)))!;
  await page.goto(`./project/${quiet.id}?lang=en`);
  await ready(page);
  await expect(page.getByRole('region', { name: 'Changes in Trail Map' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
