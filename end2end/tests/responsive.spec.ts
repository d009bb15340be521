// Phones: at 360 px no route scrolls sideways, in either language, with the compare tray
// showing; reduced motion is honoured.
import { test, expect, ready } from './fixtures';
import { Page } from '@playwright/test';
import { compareIds, firstProject, ui } from './reach-data';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const routes = [
  '',
  `project/${firstProject.id}`,
  `compare?ids=${compareIds.join(',')}`,
  'compare',
  'saved',
  'project/no-such-project',
  'no/such/page',
];

async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > root.clientWidth + 1 && !el.closest('.tm-compare__scroll');
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });
}

for (const lang of ['en', 'ko'] as const) {
  test(`no horizontal page scroll at 360 px on any route (${lang})`, async ({ page, problems }) => {
    // Something in the tray and saved, so those parts render too.
    await page.goto(`project/${firstProject.id}?lang=${lang}`);
    await ready(page);
    await page.getByRole('main').getByRole('button', { name: `${ui('AddToCompare', lang)}: ${firstProject.name}` }).click();
    await page.getByRole('button', { name: `${ui('AddBookmark', lang)}: ${firstProject.name}` }).click();
    for (const route of routes) {
      await page.goto(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
      await ready(page);
      const o = await overflow(page);
      expect(o.scroll, `${route || '/'} is ${o.scroll}px wide: ${o.wide.join(', ')}`).toBeLessThanOrEqual(o.client);
    }
    // The open facets and the shortcuts dialog fit too.
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    for (const s of await page.locator('summary.tm-facet__summary').all()) await s.click();
    let o = await overflow(page);
    expect(o.scroll, `open facets: ${o.wide.join(', ')}`).toBeLessThanOrEqual(o.client);
    await page.getByRole('button', { name: ui('ShortcutsHelp', lang) }).click();
    const dialog = page.getByRole('dialog', { name: ui('ShortcutsHelp', lang) });
    await expect(dialog).toBeInViewport({ ratio: 1 });
    o = await overflow(page);
    expect(o.scroll).toBeLessThanOrEqual(o.client);
    expect(problems).toEqual([]);
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('animations and smooth scrolling are off', async ({ page, problems }) => {
    await page.goto('./');
    await ready(page);
    const styles = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 2s';
      probe.style.animation = 'x 2s infinite';
      document.querySelector('main')?.append(probe);
      const s = getComputedStyle(probe);
      const out = {
        transition: s.transitionDuration,
        animation: s.animationName,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      };
      probe.remove();
      return out;
    });
    expect(styles.animation).toBe('none');
    expect(['0s', '']).toContain(styles.transition);
    expect(styles.scroll).toBe('auto');
    expect(problems).toEqual([]);
  });
});
