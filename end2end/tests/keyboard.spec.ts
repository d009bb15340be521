// Keyboard only: shortcuts, the help dialog, and a whole journey without the mouse.
import { test, expect, ready } from './fixtures';
import { Locator, Page } from '@playwright/test';
import { dataset, firstProject, ui, lit } from './reach-data';

/** Press Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, back = false) {
  for (let i = 0; i < 300; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

const en = (k: string) => ui(k, 'en');
const status = (page: Page) => page.locator('.tm-result-count[role="status"]');
const countText = (n: number) => (n === 1 ? `1 ${en('ResultsCountOne')}` : `${n} ${en('ResultsCount')}`);
const second = dataset.projects.find((p) => p.stage === firstProject.stage && p.id !== firstProject.id)
  ?? dataset.projects.find((p) => p.id !== firstProject.id)!;

test('a keyboard-only journey: search, filter, open, bookmark, compare, come back', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await expect(status(page)).toHaveText(countText(dataset.projects.length));

  // `/` focuses the search; typing filters and the live region announces the new count.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: en('SearchLabel') });
  await expect(search).toBeFocused();
  await page.keyboard.type(firstProject.name);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(firstProject.name)}`, 'i'));
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ (${lit(en('ResultsCount'))}|${lit(en('ResultsCountOne'))})$`));
  const afterSearch = Number((await status(page).textContent())!.split(' ')[0]);
  expect(afterSearch).toBeGreaterThan(0);
  expect(afterSearch).toBeLessThan(dataset.projects.length);

  // Esc clears the search (focus stays in the box).
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(status(page)).toHaveText(countText(dataset.projects.length));
  // The stages are back (a search shows one ranked list instead): the stage keys act on them.
  await expect(page.locator('#main .tm-stages')).toBeVisible();

  // Filter with a facet checkbox: open the Stage group, tick the first stage.
  const stageGroup = page.locator('summary', { hasText: en('FacetStage') });
  await tabTo(page, stageGroup);
  await page.keyboard.press('Enter');
  const firstStage = dataset.stages[0];
  const box = page.getByRole('checkbox', { name: new RegExp(`^1\\. ${lit(firstStage.title.en)}`) });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`[?&]stage=${firstStage.id}`));
  // The choice closes the panel and gives the focus back to its toggle.
  await expect(box).toBeHidden();
  await expect(stageGroup).toBeFocused();
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ (${lit(en('ResultsCount'))}|${lit(en('ResultsCountOne'))})$`));

  // `j` moves to the first visible stage; Tab reaches the card; Enter opens the project.
  await page.locator('body').evaluate((b) => (document.activeElement as HTMLElement)?.blur());
  await page.keyboard.press('j');
  const stage = page.locator(`li[data-stage="${firstStage.id}"]`);
  await expect(stage).toBeFocused();
  const link = stage.getByRole('link', { name: firstProject.name, exact: true });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/project/${firstProject.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: firstProject.name })).toBeFocused();

  // `b` bookmarks the project on its page; `c` adds it to compare.
  const bookmark = page.getByRole('button', { name: `${en('RemoveBookmark')}: ${firstProject.name}` });
  await page.keyboard.press('b');
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-shortcut-status]')).toHaveText(`${en('Bookmarked')}: ${firstProject.name}`);
  await page.keyboard.press('c');
  await expect(page.getByRole('main').getByRole('button', { name: `${en('RemoveFromCompare')}: ${firstProject.name}` })).toHaveAttribute('aria-pressed', 'true');

  // `/` away from the trail comes back to it, with focus in the search box.
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(search).toBeFocused();
  await page.keyboard.type(second.name);
  const card = page.locator(`article[data-project="${second.id}"]`);
  await tabTo(page, card.getByRole('link', { name: second.name, exact: true }));
  await page.keyboard.press('c');
  await expect(card.getByRole('button', { name: `${en('RemoveFromCompare')}: ${second.name}` })).toHaveAttribute('aria-pressed', 'true');

  // The tray opens the comparison of both.
  const open = page.getByRole('complementary', { name: en('CompareTray') }).getByRole('link', { name: en('CompareOpen') });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: en('CompareTitle') })).toBeFocused();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: firstProject.name })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: second.name })).toBeVisible();

  // Back on the trail the bookmark is still there.
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  const firstCard = page.locator(`article[data-project="${firstProject.id}"]`);
  await expect(firstCard.getByRole('button', { name: `${en('RemoveBookmark')}: ${firstProject.name}` })).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

test('shortcuts never fire while typing or with modifier keys', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const card = page.locator(`article[data-project="${firstProject.id}"]`);
  const bookmark = card.locator('[data-action="bookmark"]');
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');

  // Typing shortcut letters in the search box types them.
  const search = page.getByRole('searchbox', { name: en('SearchLabel') });
  await search.focus();
  await page.keyboard.type('jkbc/?');
  await expect(search).toHaveValue('jkbc/?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Ctrl/Alt + letter on a focused card does nothing.
  await card.getByRole('link', { name: firstProject.name, exact: true }).focus();
  await page.keyboard.press('Alt+b');
  await page.keyboard.press('Control+b');
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');
  // The plain key does (proves the previous check could fail).
  await page.keyboard.press('b');
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

test('j and k move between visible stages', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const ids = dataset.stages.map((s) => s.id);
  await page.keyboard.press('j');
  await expect(page.locator(`li[data-stage="${ids[0]}"]`)).toBeFocused();
  await page.keyboard.press('j');
  await expect(page.locator(`li[data-stage="${ids[1]}"]`)).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator(`li[data-stage="${ids[0]}"]`)).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator(`li[data-stage="${ids[0]}"]`)).toBeFocused();
  // With a stage filter only the selected stage is visible: j goes there.
  const last = ids[ids.length - 1];
  await page.goto(`./?stage=${last}`);
  await ready(page);
  await page.keyboard.press('j');
  await expect(page.locator(`li[data-stage="${last}"]`)).toBeFocused();
  expect(problems).toEqual([]);
});

test('? opens the help dialog; Esc closes it and focus returns', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const link = page.getByRole('link', { name: firstProject.name, exact: true }).first();
  await link.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: en('ShortcutsHelp') });
  await expect(dialog).toBeVisible();
  for (const k of ['ShortcutFocusSearch', 'ShortcutNextStage', 'ShortcutPrevStage', 'ShortcutBookmark', 'ShortcutCompare']) {
    await expect(dialog).toContainText(en(k));
  }
  // Modal: the shortcut keys do nothing while it is open.
  await page.keyboard.press('j');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();

  // The footer button and the Close button do the same.
  const opener = page.getByRole('button', { name: en('ShortcutsHelp') });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: en('Close') }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(problems).toEqual([]);
});
