// Compare on a phone (issue 18 §3): the names row sticks while the table scrolls, two project
// columns at a time with a snap from one to the next, prose rows cut to a first line with
// "more", "only differences" keeps the facts that differ (never prose), and the curated
// comparison's text once on the page.
import { Page, Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { data, project, re, Project } from './prefs-helpers';
import { ui } from './reach-data';

const PHONE = { width: 390, height: 844 };
const PROSE = ['Origin', 'WhatItIs', 'WhyUseIt', 'KeyFeatures', 'Caveats', 'UseCases'].map((k) => ui(k, 'en'));
const FACT_ROWS = ['Stages', 'Maturity', 'Timeline', 'OnMap2020', 'Language', 'License', 'FirstRelease', 'Tags'].map((k) => ui(k, 'en'));

const table = (page: Page) => page.getByRole('table', { name: 'Compare projects' });
const region = (page: Page) => page.getByRole('region', { name: 'Compare projects' });
const nameLinks = (page: Page) => table(page).getByRole('row').first().getByRole('link');
/** A row by its label (the header may also hold "• Differs" and a "more" button). */
const row = (page: Page, label: string): Locator =>
  table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${re(label)}\\b`) }) });

/** The curated comparison with the most projects (four where there is one). */
const widest = data.comparisons.reduce((x, y) => (y.projects.length > x.projects.length ? y : x));

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

test('the project names stay visible while the table scrolls at 390 px', async ({ page, problems }) => {
  await page.goto(`./compare?ids=${widest.projects.join(',')}`);
  await expect(table(page)).toBeVisible();
  const names = widest.projects.map((id) => project(id).name);
  await expect(nameLinks(page)).toHaveText(names);
  // Bring the table to the top of the screen, then scroll through it as a finger would.
  await region(page).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
  const top = (await region(page).boundingBox())!.y;
  const box = (await region(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => region(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(600);
  // The first rows have gone up out of sight; the names are still there, at the top.
  await expect(row(page, ui('Stages', 'en')).getByRole('rowheader')).not.toBeInViewport();
  const first = nameLinks(page).first();
  await expect(first).toBeInViewport();
  const y = (await first.boundingBox())!.y;
  expect(y).toBeGreaterThanOrEqual(top - 1);
  expect(y).toBeLessThan(top + 60);
  // The remove buttons of the head row are still in reach too.
  await expect(page.getByRole('button', { name: `Remove: ${names[0]}` })).toBeInViewport();
  expect(problems).toEqual([]);
});

test('a phone shows two project columns at a time and snaps to the next', async ({ page, problems }) => {
  expect(widest.projects.length).toBeGreaterThan(2);
  await page.goto(`./compare?ids=${widest.projects.join(',')}`);
  await expect(table(page)).toBeVisible();
  await expect(page.getByText(ui('CompareSwipeHint', 'en'))).toBeVisible();
  const r = (await region(page).boundingBox())!;
  const heads = table(page).locator('thead th');
  const label = (await heads.first().boundingBox())!;
  const cols = await table(page).locator('thead th[data-project]').evaluateAll((els) =>
    els.map((e) => {
      const b = e.getBoundingClientRect();
      return { x: b.x, w: b.width };
    }),
  );
  expect(cols.length).toBe(widest.projects.length);
  const right = r.x + r.width;
  const fully = cols.filter((c) => c.x >= label.x + label.width - 1 && c.x + c.w <= right + 1);
  expect(fully.length, JSON.stringify({ cols, r, label })).toBe(2);
  // The two fill the width beside the labels: each about half of it.
  const half = (right - (label.x + label.width)) / 2;
  for (const c of fully) expect(Math.abs(c.w - half)).toBeLessThan(4);

  // Keyboard: the region takes the focus; an arrow key moves on by whole columns.
  await region(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region(page).evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // After the snap a column starts right at the pinned labels.
  await expect
    .poll(async () => {
      const labelRight = await heads.first().evaluate((e) => e.getBoundingClientRect().right);
      const starts = await table(page).locator('thead th[data-project]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
      return Math.min(...starts.map((x) => Math.abs(x - labelRight)));
    })
    .toBeLessThan(2);
  // A swipe reaches the last column.
  await region(page).evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(nameLinks(page).last()).toBeInViewport({ ratio: 1 });
  expect(problems).toEqual([]);
});

test('prose rows show a first line and open with "more"', async ({ page, problems }) => {
  const [a, b] = widest.projects.map(project);
  await page.goto(`./compare?ids=${a.id},${b.id}`);
  await expect(table(page)).toBeVisible();
  const what = row(page, ui('WhatItIs', 'en'));
  const more = what.getByRole('button', { name: ui('CompareMore', 'en') });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  // The text inside the first cell (the cell itself is as tall as its row's heading).
  const cell = what.getByRole('cell').first().locator('.tm-compare__cell');
  const lineHeight = await cell.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
  const closed = (await cell.boundingBox())!.height;
  expect(closed).toBeLessThan(lineHeight * 2 + 20);
  // The whole text is there for the "more" control to show.
  await expect(cell).toContainText(a.what.en);
  await more.click();
  const less = what.getByRole('button', { name: ui('CompareLess', 'en') });
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(async () => (await cell.boundingBox())!.height).toBeGreaterThan(closed + lineHeight);
  // The keyboard closes it again; focus stays on the control.
  await less.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(more).toBeFocused();
  // Lists (key features) show their first item only until opened.
  const features = row(page, ui('KeyFeatures', 'en'));
  await expect(features.getByRole('cell').first().getByRole('listitem').nth(1)).toBeHidden();
  await features.getByRole('button', { name: ui('CompareMore', 'en') }).click();
  await expect(features.getByRole('cell').first().getByRole('listitem').nth(1)).toBeVisible();
  // Facts are never cut.
  for (const label of [ui('Maturity', 'en'), ui('License', 'en'), ui('Timeline', 'en')]) {
    await expect(row(page, label).getByRole('button')).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

/** What the table compares for some fact rows, from the dataset. */
const FACTS: Record<string, (p: Project) => string> = {
  [ui('Maturity', 'en')]: (p) => p.cncf.status,
  [ui('Language', 'en')]: (p) => String(p.language),
  [ui('License', 'en')]: (p) => p.license,
  [ui('FirstRelease', 'en')]: (p) => String(p.first_release),
};

test('"only differences" keeps the facts that differ and hides prose', async ({ page, problems }) => {
  const [a, b] = widest.projects.map(project);
  await page.goto(`./compare?ids=${a.id},${b.id}`);
  await expect(table(page)).toBeVisible();
  // Prose differs in wording between any two projects, but is never marked as a difference.
  for (const label of PROSE) {
    await expect(row(page, label)).toHaveCount(1);
    await expect(row(page, label).getByRole('rowheader')).not.toContainText('Differs');
  }
  await page.getByRole('checkbox', { name: 'Show only differences' }).check();
  await expect(page).toHaveURL(/[?&]diff=1/);
  for (const label of PROSE) await expect(row(page, label), label).toHaveCount(0);
  for (const [label, fact] of Object.entries(FACTS)) {
    await expect(row(page, label), label).toHaveCount(fact(a) !== fact(b) ? 1 : 0);
  }
  const headers = await table(page).getByRole('rowheader').allTextContents();
  expect(headers.length).toBeGreaterThan(0);
  for (const h of headers) {
    expect(h).toContain('Differs');
    expect(FACT_ROWS.some((f) => h.startsWith(f)), h).toBe(true);
  }
  expect(problems).toEqual([]);
});

test('the curated comparison’s text is on the page once', async ({ page, problems }) => {
  const c = data.comparisons[0];
  const other = data.comparisons[1];
  await page.goto(`./compare?ids=${c.projects.join(',')}`);
  await expect(page.getByRole('region', { name: `When to pick which: ${c.title.en}` })).toContainText(c.narrative.en);
  const main = page.getByRole('main');
  const count = (text: string) => main.evaluate((el, t) => el.textContent!.split(t).length - 1, text);
  await expect.poll(() => count(c.narrative.en)).toBe(1);
  // The list still names it, says it is the one on screen, and tells the others.
  const list = page.getByRole('region', { name: 'Curated comparisons' });
  const item = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: c.title.en, exact: true }) });
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(item).toContainText(ui('CuratedShownAbove', 'en'));
  expect(await count(other.narrative.en)).toBe(1);
  // Another comparison: its text moves up, the first one's is back in the list.
  await list.getByRole('link', { name: other.title.en, exact: true }).click();
  await expect(page.getByRole('region', { name: `When to pick which: ${other.title.en}` })).toBeVisible();
  await expect.poll(() => count(other.narrative.en)).toBe(1);
  await expect.poll(() => count(c.narrative.en)).toBe(1);
  await expect(item).not.toHaveAttribute('aria-current', 'true');
  expect(problems).toEqual([]);
});
