// Accessibility: axe finds no violations on every main route, in both languages and themes;
// landmarks, headings, focus on route change, print styles.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, ready } from './fixtures';
import { Page } from '@playwright/test';
import { compareIds, firstProject, ui, Lang } from './reach-data';

const routes = [
  { name: 'trail', path: '' },
  { name: 'project', path: `project/${firstProject.id}` },
  { name: 'compare', path: `compare?ids=${compareIds.join(',')}` },
  { name: 'saved', path: 'saved' },
];

async function setTheme(page: Page, lang: Lang, theme: 'light' | 'dark') {
  const select = page.getByRole('combobox', { name: ui('ThemeLabel', lang) });
  await select.selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Something to show on /saved: one bookmark with a decision, so the lists are not empty. */
async function seedSaved(page: Page, lang: Lang) {
  await page.goto(`project/${firstProject.id}?lang=${lang}`);
  await ready(page);
  await page.getByRole('button', { name: `${ui('AddBookmark', lang)}: ${firstProject.name}` }).click();
  await page.getByRole('combobox', { name: new RegExp(`^${ui('Decision', lang)}`) }).selectOption('adopted');
}

for (const lang of ['en', 'ko'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no violations on every route (${lang}, ${theme})`, async ({ page, problems }) => {
      test.setTimeout(90_000);
      await seedSaved(page, lang);
      await setTheme(page, lang, theme);
      for (const route of routes) {
        const sep = route.path.includes('?') ? '&' : '?';
        await page.goto(`${route.path}${sep}lang=${lang}`);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const found = results.violations.map(
          (v) => `${route.name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
        );
        expect(found, `axe on ${route.name}`).toEqual([]);
        // Contrast was really measured (not left 'incomplete'), in this theme.
        expect(results.passes.map((r) => r.id), `contrast checked on ${route.name}`).toContain('color-contrast');
      }
      expect(problems).toEqual([]);
    });
  }
}

test('axe catches a planted violation (the check can fail)', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    input.id = 'planted-unlabelled';
    document.querySelector('main')?.append(input);
  });
  const results = await new AxeBuilder({ page }).include('#planted-unlabelled').analyze();
  expect(results.violations.map((v) => v.id)).toContain('label');
  expect(problems).toEqual([]);
});

test('the shortcuts dialog has no axe violations', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('button', { name: ui('ShortcutsHelp', 'en') }).click();
  await expect(page.getByRole('dialog', { name: ui('ShortcutsHelp', 'en') })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#tm-shortcuts').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});

test('landmarks and one h1 on every route', async ({ page, problems }) => {
  for (const route of routes) {
    await page.goto(route.path);
    await ready(page);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: ui('MainNav', 'en') })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
  expect(problems).toEqual([]);
});

test('focus moves to the new page heading after in-app navigation', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('link', { name: firstProject.name, exact: true }).first().click();
  const h1 = page.getByRole('heading', { level: 1, name: firstProject.name });
  await expect(h1).toBeFocused();
  await page.getByRole('navigation', { name: ui('MainNav', 'en') }).getByRole('link', { name: ui('NavCompare', 'en') }).click();
  await expect(page.getByRole('heading', { level: 1, name: ui('CompareTitle', 'en') })).toBeFocused();
  expect(problems).toEqual([]);
});

test('focus is visible on keyboard focus', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: ui('SkipToContent', 'en') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  expect(problems).toEqual([]);
});

test('print: the trail and the saved stack print without navigation or buttons', async ({ page, problems }) => {
  await seedSaved(page, 'en');
  for (const path of ['./', 'saved']) {
    await page.goto(path);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: ui('MainNav', 'en') })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    const visibleControls = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, textarea')].filter((el) => {
        const r = (el as HTMLElement).getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      }).length,
    );
    expect(visibleControls, `controls visible in print on ${path}`).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path === 'saved') {
      await expect(page.getByRole('heading', { name: ui('MyStack', 'en') })).toBeVisible();
      await expect(page.locator('.tm-stack')).toContainText(firstProject.name);
    } else {
      await expect(page.getByRole('link', { name: firstProject.name, exact: true }).first()).toBeVisible();
    }
    await page.emulateMedia({ media: 'screen' });
  }
  expect(problems).toEqual([]);
});
