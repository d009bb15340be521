// The URL contract of the trail: one deep link per key, combinations in any key order,
// unknown keys and values, reload, Back/Forward (view and scroll), and "copy link".
import { test, expect, ready } from './fixtures';
import { data, byId, expectedVisible, expectShown, label, openFacet, params, searchBox } from './trail-data';

const stage = data.stages[3];
const graduated = expectedVisible({ maturity: ['graduated'] });
const rare = (key: 'language' | 'license') => {
  // The least common value, so the filter visibly narrows the trail.
  const counts = new Map<string, number>();
  for (const p of data.projects) {
    const v = key === 'language' ? p.language : p.license;
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[1] - b[1])[0][0];
};

test('q: the search box holds the text and the trail is searched', async ({ page, problems }) => {
  await page.goto('./?q=%EB%AA%A8%EB%8B%88%ED%84%B0%EB%A7%81');
  await ready(page);
  await expect(searchBox(page)).toHaveValue('모니터링');
  await expectShown(page, expectedVisible({ q: '모니터링' }));
  expect(problems).toEqual([]);
});

test('stage: only the stage is shown and its option is checked', async ({ page, problems }) => {
  await page.goto(`./?stage=${stage.id}`);
  await ready(page);
  await expectShown(page, expectedVisible({ stage: [stage.id] }));
  const group = await openFacet(page, 'stage');
  const name = label('stage', stage.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(group.getByRole('checkbox', { name: new RegExp(`^${name}`) })).toBeChecked();
  expect(problems).toEqual([]);
});

test('maturity', async ({ page, problems }) => {
  await page.goto('./?maturity=graduated');
  await ready(page);
  await expectShown(page, graduated);
  await expect(page.getByRole('button', { name: 'Remove filter: Graduated' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('language (any case)', async ({ page, problems }) => {
  const l = rare('language');
  await page.goto(`./?language=${encodeURIComponent(l.toLowerCase())}`);
  await ready(page);
  await expectShown(page, expectedVisible({ language: [l] }));
  await expect(page.getByRole('button', { name: `Remove filter: ${l}` })).toBeVisible();
  expect(problems).toEqual([]);
});

test('license', async ({ page, problems }) => {
  const l = rare('license');
  await page.goto(`./?license=${encodeURIComponent(l)}`);
  await ready(page);
  await expectShown(page, expectedVisible({ license: [l] }));
  expect(problems).toEqual([]);
});

test('tag', async ({ page, problems }) => {
  await page.goto('./?tag=tracing,service-mesh');
  await ready(page);
  await expectShown(page, expectedVisible({ tag: ['tracing', 'service-mesh'] }));
  await expect(page.getByRole('button', { name: `Remove filter: ${label('tag', 'tracing')}` })).toBeVisible();
  expect(problems).toEqual([]);
});

test('saved=1 with bookmarks from storage', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const p = byId('envoy');
  await page.getByRole('button', { name: `Add bookmark: ${p.name}`, exact: true }).click();
  await page.goto('./?saved=1');
  await ready(page);
  await expect(page.getByRole('checkbox', { name: 'Bookmarked only' })).toBeChecked();
  await expectShown(page, [p]);
  expect(problems).toEqual([]);
});

test('lang=ko shows the page in Korean, lang=en in English', async ({ page, problems }) => {
  await page.goto('./?lang=ko');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('클라우드 네이티브 트레일 맵');
  await page.goto('./?lang=en');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cloud Native Trail Map');
  expect(problems).toEqual([]);
});

test('every key at once, in any order, gives the same view; reload keeps it', async ({ page, problems }) => {
  const query = { q: 'proxy', stage: ['service-mesh', 'networking-security'], maturity: ['graduated'], language: ['Go', 'C++'], license: ['Apache-2.0'], tag: ['proxy', 'mtls'] };
  const expected = expectedVisible(query);
  expect(expected.length).toBeGreaterThan(0);
  const a = './?q=proxy&stage=service-mesh,networking-security&maturity=graduated&language=Go,C%2B%2B&license=Apache-2.0&tag=proxy,mtls&lang=en';
  const b = './?lang=en&tag=proxy,mtls&license=Apache-2.0&language=Go,C%2B%2B&maturity=graduated&stage=service-mesh%2Cnetworking-security&q=proxy';
  for (const url of [a, b]) {
    await page.goto(url);
    await ready(page);
    await expectShown(page, expected);
    await expect(searchBox(page)).toHaveValue('proxy');
  }
  await page.reload();
  await ready(page);
  await expectShown(page, expected);
  expect(params(page).get('tag')).toBe('proxy,mtls');
  expect(problems).toEqual([]);
});

test('unknown keys and values are ignored with a notice', async ({ page, problems }) => {
  await page.goto('./?maturity=graduated,ripe&colour=blue&stage=nowhere');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
  await expect(notice).toContainText('maturity=ripe');
  await expect(notice).toContainText('colour=blue');
  await expect(notice).toContainText('stage=nowhere');
  await expectShown(page, graduated);
  expect(problems).toEqual([]);
});

test('Back and Forward: opening a project pushes one entry; Back restores view, scroll and focus', async ({ page, problems }) => {
  await page.goto('./?maturity=graduated');
  await ready(page);
  await searchBox(page).fill('s');
  await searchBox(page).fill('');
  const filtered = './?maturity=graduated';
  await expect.poll(() => new URL(page.url()).search).toBe(filtered.slice(2));
  const length = await page.evaluate(() => history.length);
  // A project far down the trail.
  const target = [...graduated].reverse().find((p) => p.stage === data.stages[8].id)!;
  const link = page.getByRole('main').getByRole('link', { name: target.name, exact: true });
  await link.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(500);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/project/${target.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  expect(await page.evaluate(() => history.length)).toBe(length + 1);

  await page.goBack();
  await expect(page).toHaveURL(/\?maturity=graduated$/);
  await expectShown(page, graduated);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
  await expect(page.getByRole('main').getByRole('link', { name: target.name, exact: true })).toBeFocused();

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  await page.goBack();
  await expectShown(page, graduated);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
  expect(problems).toEqual([]);
});

test('copy link reproduces the view in a fresh browser context', async ({ page, context, browser, problems, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?lang=ko&maturity=graduated');
  await ready(page);
  await page.getByRole('searchbox', { name: '프로젝트 검색' }).fill('proxy');
  await expect.poll(() => params(page).get('q')).toBe('proxy');
  await ready(page);
  await page.getByRole('button', { name: '링크 복사' }).click();
  await expect(page.getByRole('status').filter({ hasText: '링크를 복사했습니다' })).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url.startsWith(new URL(baseURL!).origin)).toBe(true);
  const copied = new URL(url);
  expect(copied.searchParams.get('lang')).toBe('ko');
  expect(copied.searchParams.get('q')).toBe('proxy');
  expect(copied.searchParams.get('maturity')).toBe('graduated');

  const fresh = await browser.newContext({ locale: 'en-US' });
  try {
    const other = await fresh.newPage();
    await other.goto(url);
    await ready(other);
    await expect(other.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(other.getByRole('searchbox', { name: '프로젝트 검색' })).toHaveValue('proxy');
    const expected = expectedVisible({ q: 'proxy', maturity: ['graduated'] });
    await expect(other.getByRole('status').filter({ hasText: '조건에 맞습니다' })).toHaveText(
      `${expected.length}개 프로젝트가 조건에 맞습니다`,
    );
  } finally {
    await fresh.close();
  }
  expect(problems).toEqual([]);
});
