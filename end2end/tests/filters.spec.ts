// Facet filters: counts per option from the dataset, OR within a facet, AND across facets,
// bookmarked only, chips, clear all, the empty state, focus and history while toggling.
import { test, expect, ready } from './fixtures';
import {
  data,
  FACETS,
  FACET_EN,
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
/** A facet's panel (its group of checkboxes) and the toggle that opens it. */
const panel = (page: Page, facet: Facet) => page.getByRole('group', { name: FACET_EN[facet], exact: true });
const toggleOf = (page: Page, facet: Facet) => page.locator('summary', { hasText: new RegExp(`^${esc(FACET_EN[facet])}`) });
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
    // The choice closes the panel and gives the focus back to its toggle.
    await expect(panel(page, facet)).toBeHidden();
    await expect(toggleOf(page, facet)).toBeFocused();
    let query: Query = { [facet]: [a] };
    await expect.poll(() => params(page).get(facet)).toBe(a);
    await expectShown(page, expectedVisible(query));
    await expect(page.getByRole('button', { name: `Remove filter: ${label(facet, a)}` })).toBeVisible();

    // OR within the facet.
    await openFacet(page, facet);
    await expect(option(page, facet, a)).toBeChecked();
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

    // Each toggle added a history entry (Back undoes it).
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 3);

    // Unchecking restores.
    await openFacet(page, facet);
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

test('a filter panel closes after a choice, on a click outside and on Esc', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const [m] = twoValues('maturity');
  // Closed until asked for.
  for (const f of FACETS) await expect(panel(page, f)).toBeHidden();

  // A choice with the mouse closes it.
  await openFacet(page, 'maturity');
  await option(page, 'maturity', m).click();
  await expect.poll(() => params(page).get('maturity')).toBe(m);
  await expect(panel(page, 'maturity')).toBeHidden();

  // A click outside closes it, without choosing anything.
  await openFacet(page, 'language');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(panel(page, 'language')).toBeHidden();
  expect(params(page).get('language')).toBeNull();

  // Opening another panel is a click outside the first: one is open at a time.
  await openFacet(page, 'license');
  await toggleOf(page, 'tag').click();
  await expect(panel(page, 'tag')).toBeVisible();
  await expect(panel(page, 'license')).toBeHidden();

  // Esc closes it and gives the focus back to its toggle; the search and filters stay.
  await page.getByRole('searchbox', { name: 'Search projects' }).fill('proxy');
  await expect.poll(() => params(page).get('q')).toBe('proxy');
  const url = page.url();
  await option(page, 'tag', allValues('tag')[0]).focus();
  await page.keyboard.press('Escape');
  await expect(panel(page, 'tag')).toBeHidden();
  await expect(toggleOf(page, 'tag')).toBeFocused();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('searchbox', { name: 'Search projects' })).toHaveValue('proxy');
  expect(problems).toEqual([]);
});

test('Back undoes a facet toggle; typing in the search box still replaces the entry', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const start = await page.evaluate(() => history.length);
  const [m] = twoValues('maturity');
  const [l] = twoValues('language');
  await openFacet(page, 'maturity');
  await option(page, 'maturity', m).check();
  await expect.poll(() => params(page).get('maturity')).toBe(m);
  await openFacet(page, 'language');
  await option(page, 'language', l).check();
  await expect.poll(() => params(page).get('language')).toBe(l);
  expect(await page.evaluate(() => history.length)).toBe(start + 2);
  await expectShown(page, expectedVisible({ maturity: [m], language: [l] }));

  // Back undoes the last toggle, then the one before; Forward redoes it.
  await page.goBack();
  await expect.poll(() => params(page).get('language')).toBeNull();
  expect(params(page).get('maturity')).toBe(m);
  await expectShown(page, expectedVisible({ maturity: [m] }));
  await openFacet(page, 'language');
  await expect(option(page, 'language', l)).not.toBeChecked();
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expectShown(page, data.projects);
  await page.goForward();
  await expect.poll(() => params(page).get('maturity')).toBe(m);
  await expectShown(page, expectedVisible({ maturity: [m] }));

  // Typing replaces the entry: no keystroke is a step back, and Back leaves the search
  // together with the filter state it was typed in.
  const length = await page.evaluate(() => history.length);
  const box = page.getByRole('searchbox', { name: 'Search projects' });
  await box.click();
  await page.keyboard.type('prox', { delay: 30 });
  await expect.poll(() => params(page).get('q')).toBe('prox');
  expect(await page.evaluate(() => history.length)).toBe(length);
  // Removing a chip of a filter is a toggle too.
  await page.getByRole('button', { name: `Remove filter: ${label('maturity', m)}` }).click();
  await expect.poll(() => params(page).get('maturity')).toBeNull();
  expect(params(page).get('q')).toBe('prox');
  await page.goBack();
  await expect.poll(() => params(page).get('maturity')).toBe(m);
  expect(params(page).get('q')).toBe('prox');
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  expect(problems).toEqual([]);
});

for (const inUrl of [false, true]) {
  test(`switching language keeps the scroll position${inUrl ? ' (lang in the link)' : ''}`, async ({ page, problems }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(inUrl ? './?lang=en' : './');
    await ready(page);
    const stage = data.stages[5];
    const heading = page.locator(`li[data-stage="${stage.id}"] h2`);
    await heading.scrollIntoViewIfNeeded();
    await page.evaluate((id) => {
      const el = document.querySelector(`li[data-stage="${id}"] h2`)!;
      window.scrollBy(0, el.getBoundingClientRect().top - 200);
    }, stage.id);
    const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(1000);
    for (const [button, title, lang] of [
      ['한국어', stage.title.ko, 'ko'],
      ['English', stage.title.en, 'en'],
    ] as const) {
      // Clicked where it is, as in the sticky header: a locator click would scroll the page
      // to the top first.
      // On a phone the language button sits behind the header's "Aa" menu.
      const switchButton = page.getByRole('button', { name: new RegExp(`: ${button}$`) });
      if (!(await switchButton.isVisible())) await page.locator('.tm-header__menu').evaluate((el: HTMLElement) => el.click());
      await switchButton.evaluate((el: HTMLElement) => el.click());
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(heading).toContainText(title);
      if (inUrl) await expect.poll(() => params(page).get('lang')).toBe(lang);
      // The same stage heading stays where the reader was, not the top of the page.
      await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThan(before - 40);
      expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(before + 40);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    }
    expect(problems).toEqual([]);
  });
}
