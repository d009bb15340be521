import { test as base, expect, Page } from '@playwright/test';

/** Collects page errors, console errors and CSP violations; each test asserts none occurred. */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(problems);
  },
});

export { expect };

/** Wait until the app has rendered (the main heading exists). */
export async function ready(page: Page) {
  await expect(page.locator('#main h1').first()).toBeVisible();
}
