// The trail (route `/`): ten stages in order with every project of the dataset, stage
// collapse, card facts (maturity, 2020-map change, successor), help and the data date.
import { test, expect, ready } from './fixtures';
import { data, byId, MATURITY_EN, Project, shownNames, distinctSorted } from './trail-data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dateEn = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${MONTHS[m - 1]} ${day}, ${y}`;
};
const todayDate = (p: Project) =>
  ({
    graduated: p.cncf.graduated,
    incubating: p.cncf.incubating,
    sandbox: p.cncf.accepted,
    archived: p.cncf.archived,
    'not-cncf': null,
  })[p.cncf.status];

const stageItem = (page: import('@playwright/test').Page, step: number, title: string) =>
  page.getByRole('main').getByRole('listitem', { name: `Step ${step}: ${title}`, exact: true });

const card = (page: import('@playwright/test').Page, name: string) =>
  page
    .getByRole('main')
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

test('all ten stages render in order, each with its own projects', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const headings = page.getByRole('main').getByRole('heading', { level: 2, name: /^Step \d+:/ });
  await expect(headings).toHaveText(data.stages.map((s) => `Step ${s.step}: ${s.title.en}`));
  expect(data.stages.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  for (const stage of data.stages) {
    const item = stageItem(page, stage.step, stage.title.en);
    await expect(item).toBeVisible();
    await expect(item).toContainText(stage.summary.en);
    const hint = item.getByText('Optional (after step 3)');
    if (stage.optional) await expect(hint).toBeVisible();
    else await expect(hint).toHaveCount(0);
    const own = data.projects.filter((p) => p.stage === stage.id).map((p) => p.name);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(own);
    await expect(item).toContainText(`${own.length} projects`);
  }
  // Every project appears exactly once on the unfiltered trail.
  const shown = await shownNames(page);
  expect(shown.length).toBe(data.projects.length);
  expect(distinctSorted(shown)).toEqual(data.projects.map((p) => p.name).sort());
  await expect(page.getByRole('status').filter({ hasText: 'projects match' })).toHaveText(
    `${data.projects.length} projects match`,
  );
  await page.screenshot({ path: '/tmp/explore-trail.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('a stage collapses and expands with its button', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const stage = data.stages[1];
  const item = stageItem(page, stage.step, stage.title.en);
  const first = data.projects.find((p) => p.stage === stage.id)!;
  const toggle = item.getByRole('button', { name: `Collapse: ${stage.title.en}` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  const expand = item.getByRole('button', { name: `Expand: ${stage.title.en}` });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expect(expand).toBeFocused();
  await expect(item.getByRole('heading', { level: 3, name: first.name })).toBeHidden();
  // The summary stays; other stages are untouched.
  await expect(item).toContainText(stage.summary.en);
  await expect(card(page, data.projects.find((p) => p.stage !== stage.id)!.name)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(item.getByRole('heading', { level: 3, name: first.name })).toBeVisible();
  await expect(item.getByRole('button', { name: `Collapse: ${stage.title.en}` })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect(problems).toEqual([]);
});

test('cards show name, tagline, maturity, language and the 2020-map change', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  for (const p of data.projects) {
    // Found by id (one cheap query per card, not a role search over every card), then its
    // heading must be the project's name.
    const c = page.getByRole('main').locator(`article[data-project="${p.id}"]`);
    await expect(c).toHaveCount(1);
    await expect(c.getByRole('heading', { level: 3 })).toHaveText(p.name);
    await expect(c).toContainText(p.tagline.en);
    await expect(c).toContainText(MATURITY_EN[p.cncf.status]);
    if (p.language) await expect(c).toContainText(p.language);
    await expect(c.getByRole('button', { name: `Add bookmark: ${p.name}` })).toHaveAttribute('aria-pressed', 'false');
    await expect(c.getByRole('link', { name: p.name, exact: true })).toHaveAttribute('href', `/project/${p.id}`);
    const badge = p.on_map_2020?.badge ?? null;
    const changed = p.on_map_2020 !== null && badge !== p.cncf.status;
    if (changed) {
      const then = badge ? MATURITY_EN[badge] : 'no badge';
      const date = todayDate(p);
      const text = `2020 map: ${then} → ${MATURITY_EN[p.cncf.status]}${date ? ` (${dateEn(date)})` : ''}`;
      await expect(c).toContainText(text);
    } else {
      await expect(c).not.toContainText('2020 map:');
    }
  }
  expect(problems).toEqual([]);
});

test('an archived project points to its successor', async ({ page, problems }) => {
  const archived = data.projects.filter((p) => p.cncf.status === 'archived');
  expect(archived.length).toBeGreaterThan(0);
  await page.goto('./');
  await ready(page);
  for (const p of archived) {
    const next = byId(p.related.find((r) => r.kind === 'successor')!.id);
    const c = card(page, p.name);
    await expect(c).toContainText(`Succeeded by ${next.name}`);
    await expect(c.getByRole('link', { name: next.name, exact: true })).toHaveAttribute('href', `/project/${next.id}`);
  }
  const p = archived[0];
  const next = byId(p.related.find((r) => r.kind === 'successor')!.id);
  await card(page, p.name).getByRole('link', { name: next.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/project/${next.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.name);
  expect(problems).toEqual([]);
});

test('a bookmark toggled on a card shows on the card and survives a reload', async ({ page, problems }) => {
  const p = data.projects[3];
  await page.goto('./');
  await ready(page);
  const c = card(page, p.name);
  await c.getByRole('button', { name: `Add bookmark: ${p.name}` }).click();
  await expect(c.getByRole('button', { name: `Remove bookmark: ${p.name}` })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await ready(page);
  await expect(card(page, p.name).getByRole('button', { name: `Remove bookmark: ${p.name}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(problems).toEqual([]);
});

test('help along the way and the data date are shown', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const help = page.getByRole('region', { name: 'Help along the way' });
  await expect(help.getByRole('heading', { level: 3 })).toHaveText(data.help.map((h) => h.title.en));
  for (const h of data.help) {
    await expect(help.getByRole('link', { name: h.title.en })).toHaveAttribute('href', h.url);
    await expect(help).toContainText(h.text.en);
  }
  await expect(page.getByRole('contentinfo')).toContainText(`Data as of: ${dateEn(data.as_of)}`);
  expect(problems).toEqual([]);
});

test('the trail in Korean', async ({ page, problems }) => {
  await page.goto('./?lang=ko');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const headings = page.getByRole('main').getByRole('heading', { level: 2, name: /^\d+단계:/ });
  await expect(headings).toHaveText(data.stages.map((s) => `${s.step}단계: ${s.title.ko}`));
  const p = data.projects[0];
  await expect(card(page, p.name)).toContainText(p.tagline.ko);
  expect(problems).toEqual([]);
});
