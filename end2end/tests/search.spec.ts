// Search: one ranked list with the reason for each result, in both languages; the relevance
// table shared with the native test (tests/fixtures/search_queries.json); "Did you mean",
// comparison offers, projects outside the curated trail; typing that keeps focus, caret,
// scroll position and the history length.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, ready } from './fixtures';
import { data, byId, expectedVisible, expectShown, matchesName, params, searchBox } from './trail-data';

type Row = { q: string; top?: string[]; suggest?: string; compare?: string[]; curated?: string; outside?: string };
const table: Row[] = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'tests', 'fixtures', 'search_queries.json'), 'utf-8'),
);
const results = (page: import('@playwright/test').Page) => page.locator('#main .tm-results > li > article');
const korean = (q: string) => /[\uac00-\ud7a3]/.test(q);

for (const lang of ['en', 'ko'] as const) {
  test(`the relevance table: every ${lang === 'en' ? 'English' : 'Korean'} query puts the expected project first`, async ({ page, problems }) => {
    // One page load per query: allow far more than one test's usual time.
    test.setTimeout(300_000);
    const rows = table.filter((r) => korean(r.q) === (lang === 'ko'));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) {
      await page.goto(`./?q=${encodeURIComponent(row.q)}&lang=${lang}`);
      await ready(page);
      if (row.top) {
        await expect(results(page).first(), row.q).toBeVisible();
        expect.soft(row.top, `first result for “${row.q}”`).toContain(await results(page).first().getAttribute('data-project'));
      }
      const dym = page.locator('[data-notice=did-you-mean] a');
      if (row.suggest) {
        await expect.soft(dym, row.q).toHaveAttribute('href', new RegExp(`[?&]q=${encodeURIComponent(row.suggest)}(&|$)`));
      } else {
        await expect.soft(dym, row.q).toHaveCount(0);
      }
      const offer = page.locator('[data-notice=compare-offer]');
      if (row.compare) {
        await expect.soft(offer.locator('a').first(), row.q).toHaveAttribute('href', `/compare?ids=${row.compare.join(',')}`);
      } else {
        await expect.soft(offer, row.q).toHaveCount(0);
      }
      if (row.curated) await expect.soft(offer.locator(`[data-curated="${row.curated}"] a`), row.q).toBeVisible();
      const outside = page.locator('[data-notice=outside]');
      if (row.outside) await expect.soft(outside, row.q).toContainText(row.outside);
      else await expect.soft(outside, row.q).toHaveCount(0);
    }
    expect(problems).toEqual([]);
  });
}

for (const [q, must] of [
  ['모니터링', 'prometheus'],
  ['추적', 'jaeger'],
  ['tracing', 'jaeger'],
  ['PROMETHEUS', 'prometheus'],
] as const) {
  test(`searching “${q}” finds ${must} and exactly the matching projects`, async ({ page, problems }) => {
    const expected = expectedVisible({ q });
    expect(expected.map((p) => p.id)).toContain(must);
    await page.goto('./');
    await ready(page);
    await searchBox(page).fill(q);
    await expect.poll(() => params(page).get('q')).toBe(q);
    await expectShown(page, expected);
    expect(problems).toEqual([]);
  });
}

test('a search shows one flat ranked list with stage labels; clearing it brings the trail back', async ({ page, problems }) => {
  await page.goto('./?q=kafka');
  await ready(page);
  await expect(results(page).first()).toHaveAttribute('data-project', 'kafka');
  await expect(page.locator('#main .tm-stages')).toHaveCount(0);
  // Every card carries its stage as a label.
  const cards = await results(page).all();
  expect(cards.length).toBeGreaterThan(1);
  for (const card of cards) {
    const id = (await card.getAttribute('data-project'))!;
    const stage = data.stages.find((s) => s.id === byId(id).stage)!;
    await expect(card.locator('.tm-chip--stage')).toHaveText(`Step ${stage.step} · ${stage.title.en}`);
  }
  await searchBox(page).fill('');
  await expect(page.locator('#main .tm-stages > li')).toHaveCount(data.stages.length);
  await expect(results(page)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('matched words are marked and each result says where it matched', async ({ page, problems }) => {
  await page.goto('./?q=prometheus');
  await ready(page);
  const first = results(page).first();
  await expect(first).toHaveAttribute('data-project', 'prometheus');
  await expect(first.locator('.tm-card__title mark')).toHaveText('Prometheus');
  await expect(first.locator('.tm-card__matched')).toContainText('Matched in: name');
  // A project that only mentions it: marked in its text, matched outside its name.
  const thanos = results(page).and(page.locator('[data-project=thanos]'));
  await expect(thanos.locator('mark').first()).toHaveText(/prometheus/i);
  await expect(thanos.locator('.tm-card__matched')).not.toContainText('name');
  // Name matches come first: once a result matched outside its name, no name match follows.
  const ids = await results(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-project')!));
  const flags = ids.map((id) => matchesName(byId(id), 'prometheus'));
  expect(flags.indexOf(false)).toBeGreaterThan(0);
  expect(flags.slice(flags.indexOf(false))).not.toContain(true);
  // Marks are elements built from text: markup in the query stays text.
  await page.goto(`./?q=${encodeURIComponent('<b>kafka</b>')}`);
  await ready(page);
  await expect(results(page).first()).toHaveAttribute('data-project', 'kafka');
  await expect(page.locator('#main .tm-results b')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a typo offers “Did you mean Prometheus?” as a link', async ({ page, problems }) => {
  await page.goto('./?q=promethues');
  await ready(page);
  const note = page.locator('[data-notice=did-you-mean]');
  await expect(note).toHaveText('Did you mean Prometheus?');
  await note.getByRole('link', { name: 'Prometheus' }).click();
  await expect.poll(() => params(page).get('q')).toBe('prometheus');
  await expect(searchBox(page)).toHaveValue('prometheus');
  await expect(note).toHaveCount(0);
  await expect(results(page).first()).toHaveAttribute('data-project', 'prometheus');
  await page.goto('./?q=promethues&lang=ko');
  await expect(page.locator('[data-notice=did-you-mean]')).toHaveText('혹시 찾으시는 것이 Prometheus인가요?');
  expect(problems).toEqual([]);
});

test('“istio vs linkerd” offers their comparison and the curated one', async ({ page, problems }) => {
  await page.goto(`./?q=${encodeURIComponent('istio vs linkerd')}`);
  await ready(page);
  const ids = await results(page).evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-project')));
  expect(ids).toEqual(['istio', 'linkerd']);
  const offer = page.locator('[data-notice=compare-offer]');
  const curated = data.comparisons.find((c) => c.id === 'envoy-linkerd-istio')!;
  await expect(offer.getByRole('link', { name: curated.title.en })).toHaveAttribute(
    'href',
    `/compare?ids=${curated.projects.join(',')}`,
  );
  await offer.getByRole('link', { name: 'Istio · Linkerd' }).click();
  await expect(page).toHaveURL(/\/compare\?ids=istio,linkerd/);
  await expect(page.getByRole('columnheader', { name: /Istio/ }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('a landscape project outside the curated trail gets a helpful empty state', async ({ page, problems }) => {
  for (const [q, name] of [['zipkin', 'Zipkin'], ['kubevirt', 'KubeVirt']]) {
    // Skip a name the curated dataset has gained since (it then matches normally).
    if (data.projects.some((p) => p.name.toLowerCase() === q)) continue;
    await page.goto(`./?q=${q}`);
    await ready(page);
    const note = page.locator('[data-notice=outside]');
    await expect(note).toContainText(name);
    await expect(note).toContainText('not one of the projects this trail picks');
    if ((await results(page).count()) === 0) {
      await expect(note).toContainText('Search for what it does');
      await expect(page.getByText('No project matches these filters.')).toHaveCount(0);
    }
  }
  await page.goto('./?q=zipkin&lang=ko');
  await expect(page.locator('[data-notice=outside]')).toContainText('CNCF 랜드스케이프에는 있지만');
  expect(problems).toEqual([]);
});

test('Korean queries match with or without spaces, and Hangul names find their project', async ({ page, problems }) => {
  for (const q of ['서비스메시', '서비스 메시']) {
    await page.goto(`./?q=${encodeURIComponent(q)}&lang=ko`);
    await ready(page);
    // Envoy's tagline names service meshes as its purpose: it may rank with the two meshes.
    expect(['linkerd', 'istio', 'envoy']).toContain(await results(page).first().getAttribute('data-project'));
    await expect(results(page).first().locator('mark').first()).toBeVisible();
  }
  const spaced = await results(page).count();
  await page.goto(`./?q=${encodeURIComponent('서비스메시')}&lang=ko`);
  await expect(results(page)).toHaveCount(spaced);
  for (const [q, id] of [['프로메테우스', 'prometheus'], ['카프카', 'kafka'], ['예거', 'jaeger']]) {
    await page.goto(`./?q=${encodeURIComponent(q)}&lang=ko`);
    await expect(results(page).first()).toHaveAttribute('data-project', id);
    await expect(results(page).first().locator('.tm-card__matched')).toContainText('이름');
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
