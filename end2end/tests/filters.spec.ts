// Facet filters: counts per option from the dataset, OR within a facet, AND across facets,
// bookmarked only, chips, clear all, the empty state, focus and history while toggling.
import { test, expect, ready } from './fixtures';
import {
  data,
  FACETS,
  Facet,
  Query,
  allValues,
  expectedCount,
  expectedVisible,
  expectShown,
  label,
  openFacet,
  params,
} from './trail-data';
import type { Page } from '@playwright/test';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A facet checkbox: its name is the value's label followed by its count. */
const option = (page: Page, facet: Facet, value: string, count?: number) =>
  page
    .getByRole('group', { name: { stage: 'Stage', maturity: 'Maturity', language: 'Language', license: 'License', tag: 'Tag' }[facet], exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${esc(label(facet, value))}\\s*${count ?? '\\d+'}$`) });

async function expectCounts(page: Page, query: Query, facet: Facet) {
  await openFacet(page, facet);
  for (const v of allValues(facet)) {
    await expect(option(page, facet, v, expectedCount(query, facet, v))).toBeVisible();
  }
}

/** Two values of `facet` that each leave some projects (the most common first). */
function twoValues(facet: Facet): [string, string] {
  const ranked = allValues(facet)
    .map((v) => [v, expectedCount({}, facet, v)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return [ranked[0][0], ranked[1][0]];
}

for (const facet of FACETS) {
  test(`the ${facet} facet: counts, OR within, AND across`, async ({ page, problems }) => {
    await page.goto('./');
    await ready(page);
    await expectCounts(page, {}, facet);
    const historyBefore = await page.evaluate(() => history.length);

    const [a, b] = twoValues(facet);
    const box = option(page, facet, a);
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(box).toBeFocused();
    let query: Query = { [facet]: [a] };
    await expect.poll(() => params(page).get(facet)).toBe(a);
    await expectShown(page, expectedVisible(query));
    await expect(page.getByRole('button', { name: `Remove filter: ${label(facet, a)}` })).toBeVisible();

    // OR within the facet.
    await option(page, facet, b).check();
    query = { [facet]: [a, b] };
    await expect.poll(() => params(page).get(facet)).toBe(`${a},${b}`);
    await expectShown(page, expectedVisible(query));
    await expectCounts(page, query, facet);

    // AND across facets: every other facet's counts follow.
    const other: Facet = facet === 'maturity' ? 'language' : 'maturity';
    await expectCounts(page, query, other);
    const o = allValues(other).find((v) => expectedCount(query, other, v) > 0)!;
    await option(page, other, o).check();
    query = { ...query, [other]: [o] };
    await expectShown(page, expectedVisible(query));
    for (const f of FACETS) await expectCounts(page, query, f);

    // Toggling replaced the history entry instead of adding ones.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    // Unchecking restores.
    await option(page, facet, a).uncheck();
    query = { ...query, [facet]: [b] };
    await expectShown(page, expectedVisible(query));
    expect(problems).toEqual([]);
  });
}

test('chips remove one filter each; clear all removes every one', async ({ page, problems }) => {
  const [lang1] = twoValues('language');
  await page.goto(`./?maturity=graduated,incubating&language=${encodeURIComponent(lang1)}&q=metrics`);
  await ready(page);
  let query: Query = { maturity: ['graduated', 'incubating'], language: [lang1], q: 'metrics' };
  await expectShown(page, expectedVisible(query));
  const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button');
  await expect(chips).toHaveText([/Search: “metrics”/, /Graduated/, /Incubating/, new RegExp(esc(lang1))]);

  await page.getByRole('button', { name: 'Remove filter: Incubating' }).click();
  query = { ...query, maturity: ['graduated'] };
  await expect.poll(() => params(page).get('maturity')).toBe('graduated');
  await expectShown(page, expectedVisible(query));
  await expect(chips).toHaveCount(3);

  await page.getByRole('button', { name: 'Remove filter: Search: “metrics”' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('');
  await expectShown(page, expectedVisible({ ...query, q: '' }));

  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expectShown(page, data.projects);
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('bookmarked only shows the bookmarked projects', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const picks = [data.projects[0], data.projects[data.projects.length - 1]];
  for (const p of picks) {
    await page.getByRole('button', { name: `Add bookmark: ${p.name}` }).click();
  }
  const saved = page.getByRole('checkbox', { name: 'Bookmarked only' });
  await saved.check();
  await expect(saved).toBeFocused();
  await expect.poll(() => params(page).get('saved')).toBe('1');
  await expectShown(page, expectedVisible({ saved: new Set(picks.map((p) => p.id)) }));
  await expect(page.getByRole('button', { name: 'Remove filter: Bookmarked only' })).toBeVisible();
  // Counts respect the bookmark filter too.
  await expectCounts(page, { saved: new Set(picks.map((p) => p.id)) }, 'stage');
  await saved.uncheck();
  await expectShown(page, data.projects);
  expect(problems).toEqual([]);
});

test('no match says so and offers to clear the filters', async ({ page, problems }) => {
  // A language and a maturity that no project shares, found in the dataset.
  let pair: [string, string] | undefined;
  for (const l of allValues('language'))
    for (const m of allValues('maturity'))
      if (!pair && expectedVisible({ language: [l], maturity: [m] }).length === 0) pair = [l, m];
  expect(pair).toBeDefined();
  const [l, m] = pair!;
  await page.goto(`./?language=${encodeURIComponent(l)}&maturity=${m}`);
  await ready(page);
  await expect(page.getByText('No project matches these filters.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'projects match' })).toHaveText('0 projects match');
  // No empty stage is left on screen.
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: /^Step \d+:/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expectShown(page, data.projects);
  await expect(page.getByText('No project matches these filters.')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a stage filter lists every project serving the stage, and hides the other stages', async ({ page, problems }) => {
  // The stage with the most projects that list it under also_in.
  const stage = [...data.stages].sort(
    (a, b) =>
      data.projects.filter((p) => p.also_in.includes(b.id)).length -
      data.projects.filter((p) => p.also_in.includes(a.id)).length,
  )[0];
  await page.goto(`./?stage=${stage.id}`);
  await ready(page);
  const serving = expectedVisible({ stage: [stage.id] });
  expect(serving.some((p) => p.stage !== stage.id)).toBe(true);
  await expectShown(page, serving);
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: /^Step \d+:/ })).toHaveText([
    `Step ${stage.step}: ${stage.title.en}`,
  ]);
  expect(problems).toEqual([]);
});
