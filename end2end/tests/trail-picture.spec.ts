// The trail as a picture at the top of `/`: ten steps along a winding path, each a link to its
// stage card with its name and count, optional steps marked, progress from the reader's
// decisions, dimmed steps under filters, vertical on a phone, both themes and languages.
// Every expectation is computed from data/trailmap.json and src/i18n.rs.
import AxeBuilder from '@axe-core/playwright';
import { Locator, Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { data, expectedVisible, Query, Stage } from './trail-data';
import { lit, ui, Lang } from './reach-data';

const picture = (page: Page, lang: Lang = 'en') =>
  page.getByRole('navigation', { name: ui('TrailPicLabel', lang), exact: true });
const steps = (page: Page, lang: Lang = 'en') => picture(page, lang).getByRole('listitem');
const stepLink = (page: Page, i: number, lang: Lang = 'en') => steps(page, lang).nth(i).getByRole('link');

/** "2 projects" / "2개 프로젝트", as src/i18n.rs `count` writes it. */
function projectsText(n: number, lang: Lang): string {
  const key = n === 1 ? 'ProjectsOne' : 'Projects';
  return lang === 'ko' ? `${n}${ui(key, 'ko')}` : `${n} ${ui(key, 'en')}`;
}

function stepLabel(s: Stage, lang: Lang): string {
  return lang === 'ko' ? `${s.step}${ui('Step', 'ko')}` : `${ui('Step', 'en')} ${s.step}`;
}

/** Per stage, the projects the trail lists for `query` (the stage cards' rule). */
function expectedCounts(query: Query): number[] {
  const shown = expectedVisible(query);
  const filter = query.stage ?? [];
  return data.stages.map((s) =>
    filter.length > 0
      ? filter.includes(s.id)
        ? shown.filter((p) => p.stage === s.id || p.also_in.includes(s.id)).length
        : 0
      : shown.filter((p) => p.stage === s.id).length,
  );
}

/** The accessible name a step link should have (no progress). */
function expectedName(s: Stage, n: number, lang: Lang, empty = false): string {
  const optional = s.optional ? ` · ${ui('TrailPicOptional', lang)}` : '';
  const none = empty ? `, ${ui('NoProjectsMatch', lang)}` : '';
  return `${stepLabel(s, lang)}: ${s.title[lang]}, ${projectsText(n, lang)}${optional}${none}`;
}

async function centre(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not rendered');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}
const nodes = (page: Page, lang: Lang = 'en') => picture(page, lang).locator('.tm-trailpic__node');

for (const lang of ['en', 'ko'] as const) {
  test(`ten steps with names, counts and links to their stage cards (${lang})`, async ({ page, problems }) => {
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    await expect(steps(page, lang)).toHaveCount(data.stages.length);
    const counts = expectedCounts({});
    for (const [i, s] of data.stages.entries()) {
      const link = stepLink(page, i, lang);
      await expect(link).toHaveAccessibleName(expectedName(s, counts[i], lang));
      await expect(link).toHaveAttribute('href', new RegExp(`#${lit(s.id)}$`));
      await expect(link).toContainText(s.title[lang]);
      await expect(link).toContainText(projectsText(counts[i], lang));
    }
    // The stage cards have those ids.
    for (const s of data.stages) await expect(page.locator(`#${s.id}`)).toHaveCount(1);
    // The drawing is decorative.
    await expect(picture(page, lang).locator('svg').first()).toHaveAttribute('aria-hidden', 'true');
    expect(problems).toEqual([]);
  });
}

test('a step link scrolls to its stage card, focuses it and keeps the filters', async ({ page, problems }) => {
  await page.goto('./?maturity=graduated');
  await ready(page);
  const counts = expectedCounts({ maturity: ['graduated'] });
  const i = counts.findIndex((n, k) => k >= 5 && n > 0);
  expect(i).toBeGreaterThanOrEqual(0);
  const s = data.stages[i];
  await stepLink(page, i).click();
  await expect(page).toHaveURL(new RegExp(`\\?maturity=graduated#${lit(s.id)}$`));
  const card = page.locator(`#${s.id}`);
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  // The filter is still applied (its panel starts closed: the box is checked inside it).
  await expect(page.locator('input[data-facet="maturity"][data-value="graduated"]')).toBeChecked();
  expect(problems).toEqual([]);
});

test('an address with a stage fragment opens at that stage card', async ({ page, problems }) => {
  const s = data.stages[data.stages.length - 2];
  await page.goto(`./?lang=en#${s.id}`);
  await ready(page);
  const card = page.locator(`#${s.id}`);
  await expect(card).toBeInViewport();
  await expect(card).toBeFocused();
  await expect(picture(page)).not.toBeInViewport();
  expect(problems).toEqual([]);
});

test('steps 4 to 10 are marked optional in words and by a dashed node', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const optional = ui('TrailPicOptional', 'en');
  for (const [i, s] of data.stages.entries()) {
    expect(s.optional).toBe(s.step >= 4);
    const marker = steps(page).nth(i).getByText(optional, { exact: false });
    if (s.optional) await expect(marker).toBeVisible();
    else await expect(marker).toHaveCount(0);
    const border = await nodes(page).nth(i).evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).toBe(s.optional ? 'dashed' : 'solid');
  }
  expect(problems).toEqual([]);
});

test('progress appears along the path after marking projects Adopted and Evaluating', async ({ page, problems }) => {
  // Two projects of the same step (the first step that has two), decided on their pages.
  const i = data.stages.findIndex((s) => data.projects.filter((p) => p.stage === s.id).length >= 2);
  const s = data.stages[i];
  const [a, b] = data.projects.filter((p) => p.stage === s.id);
  await page.goto('./');
  await ready(page);
  const before = (await picture(page).boundingBox())!;
  await expect(steps(page).nth(i).locator('.tm-trailpic__ring')).toHaveCount(0);

  await page.goto(`project/${a.id}`);
  await ready(page);
  await page.getByRole('combobox', { name: `Decision: ${a.name}` }).selectOption('adopted');
  await page.goto(`project/${b.id}`);
  await ready(page);
  await page.getByRole('combobox', { name: `Decision: ${b.name}` }).selectOption('evaluating');

  await page.goto('./');
  await ready(page);
  const link = stepLink(page, i);
  const progress = `1 ${ui('TrailPicAdopted', 'en')}, 1 ${ui('TrailPicEvaluating', 'en')}`;
  await expect(link).toContainText(progress);
  await expect(link).toHaveAccessibleName(new RegExp(`, ${lit(progress)}$`));
  await expect(steps(page).nth(i).locator('.tm-trailpic__ring circle')).toHaveCount(3);
  // Only that step shows progress; the picture keeps its size (no layout shift).
  for (let k = 0; k < data.stages.length; k++) {
    if (k !== i) await expect(stepLink(page, k)).not.toContainText(ui('TrailPicAdopted', 'en'));
  }
  const after = (await picture(page).boundingBox())!;
  expect(after.height).toBe(before.height);
  // In Korean too.
  await page.goto('./?lang=ko');
  await ready(page);
  await expect(stepLink(page, i, 'ko')).toContainText(
    `${ui('TrailPicAdopted', 'ko')} 1, ${ui('TrailPicEvaluating', 'ko')} 1`,
  );
  expect(problems).toEqual([]);
});

test('steps the filters leave empty are dimmed and say so', async ({ page, problems }) => {
  for (const [url, query] of [
    ['./?stage=observability', { stage: ['observability'] }],
    ['./?q=prometheus', { q: 'prometheus' }],
    ['./?maturity=incubating', { maturity: ['incubating'] }],
  ] as [string, Query][]) {
    await page.goto(url);
    await ready(page);
    const counts = expectedCounts(query);
    expect(counts.some((n) => n === 0), url).toBe(true);
    expect(counts.some((n) => n > 0), url).toBe(true);
    let dim = '';
    let lit_ = '';
    for (const [i, s] of data.stages.entries()) {
      const empty = counts[i] === 0;
      await expect(stepLink(page, i)).toHaveAccessibleName(expectedName(s, counts[i], 'en', empty));
      const color = await steps(page).nth(i).locator('.tm-trailpic__name').evaluate((el) => getComputedStyle(el).color);
      if (empty) dim = color;
      else lit_ = color;
      // Without search text, the stage card is hidden exactly when the step is dimmed; with
      // search text the ranked list replaces the stage cards.
      await expect(page.locator(`#${s.id}`)).toBeVisible({ visible: !empty && !query.q });
    }
    expect(dim, url).not.toBe(lit_);
  }
  // Unfiltered, nothing is dimmed.
  await page.goto('./');
  await ready(page);
  await expect(picture(page).getByText(ui('NoProjectsMatch', 'en'))).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the path runs vertically at 360 px and winds horizontally at 1366 px', async ({ page, problems }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('./');
  await ready(page);
  const phone = await Promise.all(data.stages.map((_, i) => centre(nodes(page).nth(i))));
  for (let i = 1; i < phone.length; i++) {
    expect(Math.abs(phone[i].x - phone[0].x)).toBeLessThan(1);
    expect(phone[i].y).toBeGreaterThan(phone[i - 1].y + 40);
  }
  await expect(picture(page).locator('.tm-trailpic__path--v')).toBeVisible();
  await expect(picture(page).locator('.tm-trailpic__path--h')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(picture(page).locator('.tm-trailpic__path--h')).toBeVisible();
  await expect(picture(page).locator('.tm-trailpic__path--v')).toBeHidden();
  const wide = await Promise.all(data.stages.map((_, i) => centre(nodes(page).nth(i))));
  // Steps 1-5 left to right, then the path bends and 6-10 come back right to left.
  for (let i = 1; i < 5; i++) {
    expect(Math.abs(wide[i].y - wide[0].y)).toBeLessThan(1);
    expect(wide[i].x).toBeGreaterThan(wide[i - 1].x + 100);
  }
  for (let i = 6; i < 10; i++) {
    expect(Math.abs(wide[i].y - wide[5].y)).toBeLessThan(1);
    expect(wide[i].x).toBeLessThan(wide[i - 1].x - 100);
  }
  expect(Math.abs(wide[5].x - wide[4].x)).toBeLessThan(1);
  expect(wide[5].y).toBeGreaterThan(wide[4].y + 40);
  // The whole picture is shorter than on the phone, and no wider than the page.
  const box = (await picture(page).boundingBox())!;
  expect(box.height).toBeLessThan(phone[9].y - phone[0].y);
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  expect(problems).toEqual([]);
});

test('Tab walks the steps in trail order with a visible focus; Enter opens the card', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const first = stepLink(page, 0);
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  for (let i = 1; i < data.stages.length; i++) {
    await page.keyboard.press('Tab');
    const link = stepLink(page, i);
    await expect(link).toBeFocused();
    const outline = await link.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
  await page.keyboard.press('Shift+Tab');
  await expect(stepLink(page, 8)).toBeFocused();
  await page.keyboard.press('Enter');
  const card = page.locator(`#${data.stages[8].id}`);
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  expect(problems).toEqual([]);
});

for (const lang of ['en', 'ko'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the picture; the theme reaches it (${lang}, ${theme})`, async ({ page, problems }) => {
      await page.emulateMedia({ colorScheme: theme });
      // A filter that dims some steps, so dimmed text is checked too.
      await page.goto(`./?lang=${lang}&stage=observability,service-mesh`);
      await ready(page);
      await expect(picture(page, lang)).toBeVisible();
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(theme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(255, 255, 255)');
      const node = await nodes(page, lang).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(node).not.toBe(bg);
      for (const width of [1366, 360]) {
        await page.setViewportSize({ width, height: 800 });
        const result = await new AxeBuilder({ page }).include('.tm-trailpic').analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.help}`), `${width}px`).toEqual([]);
      }
      expect(problems).toEqual([]);
    });
  }
}
