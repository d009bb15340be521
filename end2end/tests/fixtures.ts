import { test as base, expect, Page } from '@playwright/test';

/** Collects page errors, console errors and CSP violations; each test asserts none occurred. */
export const test = base.extend<{ problems: string[] }>({
  // The build prerenders `/`, the project pages, `/compare` and `/saved`: their static
  // content is on screen before the app mounts and replaces it. A test drives the app, so
  // every navigation waits for it to take over (a page without WebAssembly or JavaScript
  // never does: then the wait gives up quietly and the test checks what is there).
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
        const original = (page[name] as (...args: unknown[]) => Promise<unknown>).bind(page);
        (page as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
          const response = await original(...args);
          await appMounted(page, 10_000);
          return response;
        };
      }
    }
    await use(page);
  },
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

/** Wait until the app has rendered (it replaced the prerendered page; the main heading
 * exists). */
export async function ready(page: Page) {
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('#main h1').first()).toBeVisible();
}

/** Wait (at most `timeout` ms, quietly) until no prerendered content is left. */
export async function appMounted(page: Page, timeout: number) {
  await page
    .waitForFunction(() => !document.querySelector('[data-prerendered]'), null, { timeout })
    .catch(() => {});
}
