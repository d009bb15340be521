// Compare: adding from cards and project pages, the tray and its 4-project limit, the table
// (differences, only-differences), curated comparisons, deep links and their notices, phones.
import { Page, Locator } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { data, project, exact, re, Project } from './prefs-helpers';

const MAX = 4;

function table(page: Page): Locator {
  return page.getByRole('table', { name: 'Compare projects' });
}

/** The project names in column order (the links in the header row). */
async function columns(page: Page): Promise<string[]> {
  return table(page).getByRole('row').first().getByRole('link').allTextContents();
}

/** The table row whose header is `label` (with or without the "Differs" mark). */
function row(page: Page, label: string): Locator {
  return table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${re(label)}( • Differs)?$`) }) });
}

function idsParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get('ids');
}

/** The values the table compares for a few rows, straight from the dataset. */
const FACTS: Record<string, (p: Project) => string> = {
  Maturity: (p) => p.cncf.status,
  Language: (p) => String(p.language),
  License: (p) => p.license,
  'First release': (p) => String(p.first_release),
};

test('add from cards and a project page; the tray holds four and refuses a fifth', async ({ page, problems }) => {
  const picks = data.projects.slice(0, MAX + 1);
  await page.goto('./');
  await ready(page);
  const tray = page.getByRole('complementary', { name: 'Comparison' });
  await expect(tray).toHaveCount(0);

  // From a card.
  const first = page.getByRole('button', { name: `Add to compare: ${picks[0].name}` });
  await first.click();
  await expect(page.getByRole('button', { name: `Remove from compare: ${picks[0].name}` }).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(tray).toBeVisible();
  await expect(tray.getByRole('heading')).toHaveText(`Comparison (1/${MAX})`);

  // From a project page.
  await page.goto(`./project/${picks[1].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(picks[1].name);
  await page.getByRole('button', { name: `Add to compare: ${picks[1].name}` }).click();
  await expect(tray.getByRole('heading')).toHaveText(`Comparison (2/${MAX})`);

  // Two more from cards, then a fifth is refused with a message.
  await page.goto('./');
  await ready(page);
  for (const p of picks.slice(2, MAX)) {
    await page.getByRole('button', { name: `Add to compare: ${p.name}` }).click();
  }
  await expect(tray.getByRole('heading')).toHaveText(`Comparison (${MAX}/${MAX})`);
  await expect(tray.getByRole('listitem')).toHaveText(picks.slice(0, MAX).map((p) => new RegExp(`^${re(p.name)}`)));
  const fifth = page.getByRole('button', { name: `Add to compare: ${picks[MAX].name}` });
  await fifth.click();
  const refusal = page.getByRole('alert').filter({ hasText: 'You can compare at most four projects at a time.' });
  await expect(refusal).toBeVisible();
  await expect(fifth).toHaveAttribute('aria-pressed', 'false');
  await expect(tray.getByRole('heading')).toHaveText(`Comparison (${MAX}/${MAX})`);

  // Making room ends the refusal.
  await tray.getByRole('button', { name: `Remove from compare: ${picks[3].name}` }).click();
  await expect(refusal).toHaveCount(0);
  await expect(tray.getByRole('heading')).toHaveText(`Comparison (3/${MAX})`);

  // The tray opens the comparison, in the order the projects were added.
  await tray.getByRole('link', { name: 'Open comparison' }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  expect(idsParam(page)).toBe(picks.slice(0, 3).map((p) => p.id).join(','));
  await expect.poll(() => columns(page)).toEqual(picks.slice(0, 3).map((p) => p.name));
  // The selection survives a reload (it is saved).
  await page.goto('./');
  await ready(page);
  await expect(tray.getByRole('heading')).toHaveText(`Comparison (3/${MAX})`);
  expect(problems).toEqual([]);
});

test('the tray never covers the end of the page', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  for (const p of data.projects.slice(0, MAX)) {
    await page.getByRole('button', { name: `Add to compare: ${p.name}` }).click();
  }
  const tray = page.getByRole('complementary', { name: 'Comparison' });
  await expect(tray).toBeVisible();
  await page.keyboard.press('End');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const footer = page.getByRole('contentinfo');
  await expect(footer).toBeInViewport();
  const t = await tray.boundingBox();
  const f = await footer.boundingBox();
  expect(t && f).toBeTruthy();
  // Below the tray, not under it.
  expect(f!.y).toBeGreaterThanOrEqual(t!.y + t!.height - 1);
  // And the last thing in <main> ends above the tray.
  const lastHeading = page.getByRole('main').getByRole('heading').last();
  const h = await lastHeading.boundingBox();
  expect(h!.y + h!.height).toBeLessThanOrEqual(t!.y + 1);
  expect(problems).toEqual([]);
});

test('rows that differ are marked, and "only differences" hides the rest', async ({ page, problems }) => {
  // A curated pair that is equal on some of these facts and differs on others.
  const pair = data.comparisons
    .map((c) => c.projects.slice(0, 2).map(project))
    .find(([a, b]) => {
      const same = Object.values(FACTS).map((f) => f(a) === f(b));
      return same.includes(true) && same.includes(false);
    });
  expect(pair, 'the dataset has a pair with equal and different facts').toBeTruthy();
  const [a, b] = pair!;
  await page.goto(`./compare?ids=${a.id},${b.id}`);
  await expect(table(page)).toBeVisible();
  await expect.poll(() => columns(page)).toEqual([a.name, b.name]);
  await expect(table(page).getByRole('rowheader')).toHaveCount(16);

  for (const [label, fact] of Object.entries(FACTS)) {
    const differs = fact(a) !== fact(b);
    const header = row(page, label).getByRole('rowheader');
    await expect(header, label).toHaveText(differs ? `${label} • Differs` : label);
    if (differs) await expect(row(page, label)).toHaveClass(/tm-differs/);
    else await expect(row(page, label)).not.toHaveClass(/tm-differs/);
  }
  const cells = row(page, 'License').getByRole('cell');
  await expect(cells).toHaveText([a.license, b.license]);

  const onlyDiff = page.getByRole('checkbox', { name: 'Show only differences' });
  await onlyDiff.check();
  await expect(page).toHaveURL(/[?&]diff=1/);
  for (const [label, fact] of Object.entries(FACTS)) {
    await expect(row(page, label), label).toHaveCount(fact(a) !== fact(b) ? 1 : 0);
  }
  // Every row left is a differing one.
  const headers = await table(page).getByRole('rowheader').allTextContents();
  expect(headers.length).toBeGreaterThan(0);
  for (const h of headers) expect(h).toContain('Differs');
  // The link keeps it.
  await page.reload();
  await expect(onlyDiff).toBeChecked();
  await onlyDiff.uncheck();
  await expect(table(page).getByRole('rowheader')).toHaveCount(16);
  expect(problems).toEqual([]);
});

test('a curated comparison opens ready, with its narrative, from the compare page and a project page', async ({ page, problems }) => {
  const c = data.comparisons[0];
  await page.goto('./compare');
  const list = page.getByRole('region', { name: 'Curated comparisons' });
  await expect(list.getByRole('link')).toHaveCount(data.comparisons.length);
  const item = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: c.title.en, exact: true }) });
  await expect(item).toContainText(c.narrative.en);
  await item.getByRole('link', { name: c.title.en, exact: true }).click();
  expect(idsParam(page)).toBe(c.projects.join(','));
  await expect.poll(() => columns(page)).toEqual(c.projects.map((id) => project(id).name));
  const narrative = page.getByRole('region', { name: `When to pick which: ${c.title.en}` });
  await expect(narrative).toContainText(c.narrative.en);

  // In Korean, the same comparison tells its Korean narrative.
  await page.goto(`./compare?ids=${c.projects.join(',')}&lang=ko`);
  await expect(page.getByRole('region', { name: `언제 무엇을 고를까: ${c.title.ko}` })).toContainText(c.narrative.ko);

  // Listed on the pages of the projects it involves, with the narrative, opening the same table.
  const last = project(c.projects[c.projects.length - 1]);
  await page.goto(`./project/${last.id}?lang=en`);
  const onProject = page.getByRole('region', { name: 'Curated comparisons' });
  await expect(onProject).toContainText(c.narrative.en);
  await onProject.getByRole('link', { name: c.title.en, exact: true }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  expect(idsParam(page)).toBe(c.projects.join(','));
  await expect(page.getByRole('region', { name: `When to pick which: ${c.title.en}` })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a deep link keeps its order; columns move, go and swap in place', async ({ page, problems }) => {
  const c = data.comparisons.find((x) => x.projects.length >= 3)!;
  const [a, b, d] = c.projects.slice(0, 3).map(project);
  await page.goto(`./compare?ids=${d.id},${a.id},${b.id}`);
  await expect.poll(() => columns(page)).toEqual([d.name, a.name, b.name]);
  await expect(page.getByRole('button', { name: `Move left: ${d.name}` })).toBeDisabled();
  await expect(page.getByRole('button', { name: `Move right: ${b.name}` })).toBeDisabled();

  // With the keyboard: the focus stays on the moved column's button, so it can keep moving.
  await page.getByRole('button', { name: `Move right: ${d.name}` }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => columns(page)).toEqual([a.name, d.name, b.name]);
  await expect(page.getByRole('button', { name: `Move right: ${d.name}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => columns(page)).toEqual([a.name, b.name, d.name]);
  // At the edge, the focus goes to the other direction.
  await expect(page.getByRole('button', { name: `Move left: ${d.name}` })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(idsParam(page)).toBe([a.id, d.id, b.id].join(','));
  await page.getByRole('button', { name: `Move left: ${b.name}` }).click();
  await expect.poll(() => columns(page)).toEqual([a.name, b.name, d.name]);
  await page.getByRole('button', { name: `Remove: ${a.name}` }).click();
  await expect.poll(() => columns(page)).toEqual([b.name, d.name]);
  expect(idsParam(page)).toBe([b.id, d.id].join(','));
  await page.reload();
  await expect.poll(() => columns(page)).toEqual([b.name, d.name]);

  // Swap a column for one of its alternatives in one step.
  const alt = b.related
    .filter((r) => r.kind === 'alternative' || r.kind === 'successor')
    .map((r) => project(r.id))
    .find((p) => p.id !== d.id && p.id !== b.id);
  const target = alt ?? data.projects.find((p) => p.stage === b.stage && p.id !== b.id && p.id !== d.id)!;
  await page.getByRole('combobox', { name: `Swap for: ${b.name}` }).selectOption(target.id);
  await expect.poll(() => columns(page)).toEqual([target.name, d.name]);
  expect(idsParam(page)).toBe([target.id, d.id].join(','));

  // Add one from the page itself.
  const extra = data.projects.find((p) => ![target.id, d.id].includes(p.id))!;
  await page.getByRole('combobox', { name: 'Add a project' }).selectOption(extra.id);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => columns(page)).toEqual([target.name, d.name, extra.name]);
  // What is shown is the tray's selection.
  await page.goto('./');
  await expect(page.getByRole('complementary', { name: 'Comparison' }).getByRole('listitem')).toHaveText(
    [target.name, d.name, extra.name].map((n) => new RegExp(`^${re(n)}`)),
  );
  expect(problems).toEqual([]);
});

test('unknown ids are dropped, duplicates collapse, more than four keeps the first four', async ({ page, problems }) => {
  const [a, b, c, d, e] = data.projects;
  await page.goto(`./compare?ids=${a.id},no-such-project,${b.id},<b>x</b>`);
  await expect(page.getByText(`Unknown ids were dropped: no-such-project, <b>x</b>`)).toBeVisible();
  await expect.poll(() => columns(page)).toEqual([a.name, b.name]);
  await expect(page.getByRole('main').locator('b')).toHaveCount(0);

  await page.goto(`./compare?ids=${a.id},${b.id},${a.id},${b.id.toUpperCase()}`);
  await expect(page.getByText('Duplicate ids were merged.')).toBeVisible();
  await expect.poll(() => columns(page)).toEqual([a.name, b.name]);

  await page.goto(`./compare?ids=${[e, d, c, b, a].map((p) => p.id).join(',')}`);
  await expect(page.getByText('More than four ids: showing the first four.')).toBeVisible();
  await expect.poll(() => columns(page)).toEqual([e, d, c, b].map((p) => p.name));

  // An alias resolves to the project's current id.
  const aliased = data.projects.find((p) => (p.aliases ?? []).length > 0)!;
  await page.goto(`./compare?ids=${aliased.aliases![0]},${a.id}`);
  await expect.poll(() => columns(page)).toEqual([aliased.name, a.name]);
  await expect(page.getByText(/Unknown ids were dropped/)).toHaveCount(0);

  // Fewer than two explains how to add more.
  for (const ids of [a.id, '', 'nothing-known']) {
    await page.goto(`./compare?ids=${ids}`);
    await expect(page.getByText(/Pick at least two projects to compare/)).toBeVisible();
    await expect(table(page)).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

test('usable at 360 px: the table scrolls sideways with row labels pinned', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const c = data.comparisons.reduce((x, y) => (y.projects.length > x.projects.length ? y : x));
  await page.goto(`./compare?ids=${c.projects.join(',')}`);
  await expect(table(page)).toBeVisible();
  // The page itself never scrolls sideways.
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(360);
  const region = page.getByRole('region', { name: 'Compare projects' });
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  // Keyboard users can scroll it: the region is focusable and arrow keys move it.
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  // Bring the table's top into view (only vertically).
  await region.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 10));
  const label = row(page, 'Stages').getByRole('rowheader');
  const box = (await label.boundingBox())!;
  const regionBox = (await region.boundingBox())!;
  expect(Math.abs(box.x - regionBox.x)).toBeLessThanOrEqual(2);
  await expect(label).toBeInViewport();
  // The last column can be reached.
  const lastName = project(c.projects[c.projects.length - 1]).name;
  await expect(table(page).getByRole('row').first().getByRole('link', { name: lastName, exact: true })).toBeInViewport();
  expect(problems).toEqual([]);
});

test('the compare page shows the tray selection and puts it in the address', async ({ page, problems }) => {
  const [a, b] = data.projects;
  await page.goto('./');
  await ready(page);
  await page.getByRole('button', { name: `Add to compare: ${a.name}` }).click();
  await page.getByRole('button', { name: `Add to compare: ${b.name}` }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare', exact: true }).click();
  await expect.poll(() => idsParam(page)).toBe(`${a.id},${b.id}`);
  await expect.poll(() => columns(page)).toEqual([a.name, b.name]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(exact('Compare projects'));
  expect(problems).toEqual([]);
});
