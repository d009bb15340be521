import { test, expect, ready } from './fixtures';

test('the shell renders with header, main and footer', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  await expect(page.getByRole('banner')).toContainText('Trail Map');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Data as of');
  await page.screenshot({ path: 'test-results/trail.png', fullPage: false });
  expect(problems).toEqual([]);
});
