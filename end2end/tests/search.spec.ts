// Search: both languages, case and typo tolerance, names first, and typing that keeps focus,
// caret, scroll position and the history length.
import { test, expect, ready } from './fixtures';
import {
  data,
  byId,
  containsExactly,
  expectedVisible,
  expectShown,
  matchesName,
  params,
  searchBox,
} from './trail-data';

for (const [q, must] of [
  ['모니터링', 'prometheus'],
  ['추적', 'jaeger'],
  ['tracing', 'jaeger'],
  ['PROMETHEUS', 'prometheus'],
] as const) {
  test(`searching “${q}” finds ${must} and exactly the matching projects`, async ({ page, problems }) => {
    const expected = expectedVisible({ q });
    expect(expected.map((p) => p.id)).toContain(must);
    // Every project whose text contains the term is among them.
    for (const p of data.projects) if (containsExactly(p, q)) expect(expected).toContain(p);
    await page.goto('./');
    await ready(page);
    await searchBox(page).fill(q);
    await expect.poll(() => params(page).get('q')).toBe(q);
    await expectShown(page, expected);
    expect(problems).toEqual([]);
  });
}

test('a small typo still finds the project, which is listed first in its stage', async ({ page, problems }) => {
  const p = byId('prometheus');
  const typo = 'promethues';
  expect(data.projects.some((x) => containsExactly(x, typo))).toBe(false);
  await page.goto('./');
  await ready(page);
  await searchBox(page).fill(typo);
  const expected = expectedVisible({ q: typo });
  expect(expected).toContain(p);
  await expectShown(page, expected);
  const stage = data.stages.find((s) => s.id === p.stage)!;
  const item = page.getByRole('main').getByRole('listitem', { name: `Step ${stage.step}: ${stage.title.en}` });
  await expect(item.getByRole('heading', { level: 3 }).first()).toHaveText(p.name);
  expect(problems).toEqual([]);
});

test('name matches come before other matches in every stage', async ({ page, problems }) => {
  const q = 'prometheus';
  const expected = expectedVisible({ q });
  // The query must match some projects by name and others only by their text.
  expect(expected.some((p) => matchesName(p, q))).toBe(true);
  expect(expected.some((p) => !matchesName(p, q))).toBe(true);
  await page.goto(`./?q=${q}`);
  await ready(page);
  await expectShown(page, expected);
  for (const stage of data.stages) {
    const inStage = expected.filter((p) => p.stage === stage.id);
    if (inStage.length === 0) continue;
    const item = page.getByRole('main').getByRole('listitem', { name: `Step ${stage.step}: ${stage.title.en}` });
    const shown = await item.getByRole('heading', { level: 3 }).allInnerTexts();
    const flags = shown.map((n) => matchesName(data.projects.find((p) => p.name === n)!, q));
    // Once a non-name match appears, no name match follows.
    expect(flags.indexOf(false) === -1 || !flags.slice(flags.indexOf(false)).includes(true)).toBe(true);
  }
  expect(problems).toEqual([]);
});

test('typing keeps focus, caret and scroll position, and does not grow the history', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const box = searchBox(page);
  await box.scrollIntoViewIfNeeded();
  // Scroll the box to the top of the viewport so that a jump would show.
  await page.evaluate(() => {
    const el = document.querySelector('input[type=search]')!;
    window.scrollBy(0, el.getBoundingClientRect().top - 10);
  });
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(0);
  const length = await page.evaluate(() => history.length);
  await box.click();
  await page.keyboard.type('tracing', { delay: 30 });
  await expect.poll(() => params(page).get('q')).toBe('tracing');
  await expectShown(page, expectedVisible({ q: 'tracing' }));
  await expect(box).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
  expect(await page.evaluate(() => history.length)).toBe(length);

  // Edit in the middle: the caret stays where the user put it.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  await expect.poll(() => params(page).get('q')).toBe('tracXing');
  await expect(box).toHaveValue('tracXing');
  expect(await box.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(5);
  await page.keyboard.press('Backspace');
  await expect.poll(() => params(page).get('q')).toBe('tracing');
  // A trailing space is kept in the box while the URL holds the trimmed text.
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await expect(box).toHaveValue('tracing ');
  await expect(box).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(length);
  expect(problems).toEqual([]);
});

test('Korean UI search with Korean terms', async ({ page, problems }) => {
  await page.goto('./?lang=ko');
  await ready(page);
  const box = page.getByRole('searchbox', { name: '프로젝트 검색' });
  await box.fill('추적');
  const expected = expectedVisible({ q: '추적' });
  await expect(page.getByRole('status').filter({ hasText: '조건에 맞습니다' })).toHaveText(
    `${expected.length}개 프로젝트가 조건에 맞습니다`,
  );
  await expect(page.getByRole('main').getByRole('heading', { level: 3, name: 'Jaeger', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
