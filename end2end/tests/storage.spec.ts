// Robustness of saved data: storage disabled, storage full, corrupt or foreign data, renamed
// ids, hostile import files. Bad storage is injected with page.addInitScript.
import fs from 'node:fs';
import { Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { data, BACKUP_PREFIX, PREFS_KEY } from './prefs-helpers';

const [a, b, c] = data.projects;

const RECOVERED = 'Some saved data could not be read. Every readable entry was kept and the original was backed up.';

/** Put `raw` under the prefs key before the app starts, once per test (not on reloads). */
async function seed(page: Page, raw: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('test-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('test-seeded', '1');
      }
    },
    [PREFS_KEY, raw],
  );
}

async function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      out[k] = localStorage.getItem(k)!;
    }
    return out;
  });
}

function storageNotice(page: Page) {
  return page.getByRole('status').filter({ has: page.locator('[data-notice="storage"]') });
}

test('storage disabled: the app works in memory and says so', async ({ page, problems }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await ready(page);
  await expect(storageNotice(page)).toContainText(
    'Storage is unavailable in this browser: bookmarks and decisions will be lost when this tab closes.',
  );
  await page.getByRole('button', { name: `Add bookmark: ${a.name}` }).click();
  await expect(page.getByRole('button', { name: `Remove bookmark: ${a.name}` })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: `Add to compare: ${a.name}` }).click();
  await page.getByRole('button', { name: `Add to compare: ${b.name}` }).click();
  // In-app navigation keeps the in-memory state.
  await page.getByRole('complementary', { name: 'Comparison' }).getByRole('link', { name: 'Open comparison' }).click();
  await expect(page.getByRole('table', { name: 'Compare projects' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved');
  await expect(page.getByRole('main').getByRole('link', { name: a.name, exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('storage full on write: the user is told and what was saved stays', async ({ page, problems }) => {
  const saved = JSON.stringify({ version: 2, bookmarks: [a.id], decisions: {}, compare: [], settings: {} });
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    },
    [PREFS_KEY, saved],
  );
  await page.goto('./');
  await ready(page);
  await expect(page.getByRole('button', { name: `Remove bookmark: ${a.name}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(storageNotice(page)).toHaveCount(0);
  await page.getByRole('button', { name: `Add bookmark: ${b.name}` }).click();
  await expect(storageNotice(page)).toContainText(
    'Storage is full: the last change was not saved. Everything saved before is intact.',
  );
  // The change still shows in this tab; storage holds exactly what it held.
  await expect(page.getByRole('button', { name: `Remove bookmark: ${b.name}` })).toHaveAttribute('aria-pressed', 'true');
  expect((await storage(page))[PREFS_KEY]).toBe(saved);
  await storageNotice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(storageNotice(page)).toHaveCount(0);
  expect(problems).toEqual([]);
});

for (const [name, raw] of [
  ['invalid JSON', '{"version":2,"bookmarks":["kubernetes"'],
  ['not an object', '[1,2,3]'],
]) {
  test(`corrupt data (${name}): the app starts, backs up the original, tells the user`, async ({ page, problems }) => {
    await seed(page, raw);
    await page.goto('./');
    await ready(page);
    await expect(storageNotice(page)).toContainText(RECOVERED);
    const kept = await storage(page);
    expect(kept[`${BACKUP_PREFIX}1`]).toBe(raw);
    // What is stored now is readable, so the next start is clean and makes no second copy.
    expect(() => JSON.parse(kept[PREFS_KEY])).not.toThrow();
    await page.reload();
    await ready(page);
    await expect(storageNotice(page)).toHaveCount(0);
    const after = await storage(page);
    expect(after[`${BACKUP_PREFIX}1`]).toBe(raw);
    expect(after[`${BACKUP_PREFIX}2`]).toBeUndefined();
    // And it works.
    await page.getByRole('button', { name: `Add bookmark: ${a.name}` }).click();
    expect(JSON.parse((await storage(page))[PREFS_KEY]).bookmarks).toEqual([a.id]);
    expect(problems).toEqual([]);
  });
}

test('corrupt data (wrong types): every readable entry is kept', async ({ page, problems }) => {
  const raw = JSON.stringify({
    version: 2,
    bookmarks: [a.id, 7, null, { id: b.id }, c.id],
    decisions: {
      [a.id]: { status: 'adopted', note: 'keep me' },
      [b.id]: { status: 'loved', note: 'keep this note too' },
      [c.id]: 42,
    },
    compare: 'not a list',
  });
  // An older backup exists: the new one takes the next free key.
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('test-seeded')) localStorage.setItem(k, 'older backup');
  }, `${BACKUP_PREFIX}1`);
  await seed(page, raw);
  await page.goto('./');
  await ready(page);
  await expect(storageNotice(page)).toContainText(RECOVERED);
  const kept = await storage(page);
  expect(kept[`${BACKUP_PREFIX}1`]).toBe('older backup');
  expect(kept[`${BACKUP_PREFIX}2`]).toBe(raw);
  await expect(page.getByRole('button', { name: `Remove bookmark: ${a.name}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: `Remove bookmark: ${c.name}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: `Add bookmark: ${b.name}` })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('./saved');
  await expect(page.getByRole('combobox', { name: `Decision: ${a.name}` })).toHaveValue('adopted');
  await expect(page.getByRole('textbox', { name: `Note: ${a.name}` })).toHaveValue('keep me');
  await expect(page.getByRole('textbox', { name: `Note: ${b.name}` })).toHaveValue('keep this note too');
  await expect(page.getByRole('combobox', { name: `Decision: ${b.name}` })).toHaveValue('');
  expect(problems).toEqual([]);
});

test('corrupt data (unknown version): readable entries kept, original backed up', async ({ page, problems }) => {
  const raw = JSON.stringify({ version: 99, bookmarks: [a.id], decisions: { [b.id]: { status: 'evaluating', note: '', since: 'x' } }, future: true });
  await seed(page, raw);
  await page.goto('./');
  await ready(page);
  await expect(storageNotice(page)).toContainText(RECOVERED);
  expect((await storage(page))[`${BACKUP_PREFIX}1`]).toBe(raw);
  await expect(page.getByRole('button', { name: `Remove bookmark: ${a.name}` })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`./project/${b.id}`);
  await expect(page.getByRole('combobox', { name: `Decision: ${b.name}` })).toHaveValue('evaluating');
  // Changes are saved again (the original is safe in the backup).
  await page.getByRole('button', { name: `Add bookmark: ${b.name}` }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: `Remove bookmark: ${b.name}` })).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

test('ids no longer in the dataset are kept and shown on /saved', async ({ page, problems }) => {
  const raw = JSON.stringify({ version: 2, bookmarks: [a.id, 'gone-project'], decisions: { 'old-thing': { status: 'rejected', note: 'was nice' } } });
  await seed(page, raw);
  await page.goto('./saved');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved');
  const unknown = page.getByRole('region', { name: 'Saved ids not in the current dataset (kept):' });
  await expect(unknown.getByRole('listitem')).toHaveText(['gone-project Forget', 'old-thing Forget']);
  await expect(page.getByRole('link', { name: a.name, exact: true })).toBeVisible();
  // Readable data: no backup, no alarm.
  expect(Object.keys(await storage(page)).filter((k) => k.startsWith(BACKUP_PREFIX))).toEqual([]);
  await expect(storageNotice(page)).toHaveCount(0);
  // A change elsewhere keeps them; "Forget" removes one.
  await page.getByRole('button', { name: `Remove bookmark: ${a.name}` }).click();
  let stored = JSON.parse((await storage(page))[PREFS_KEY]);
  expect(stored.bookmarks).toEqual(['gone-project']);
  expect(stored.decisions['old-thing']).toEqual({ status: 'rejected', note: 'was nice' });
  await unknown.getByRole('button', { name: 'Forget: gone-project' }).click();
  await expect(unknown.getByRole('listitem')).toHaveText(['old-thing Forget']);
  stored = JSON.parse((await storage(page))[PREFS_KEY]);
  expect(stored.bookmarks).toEqual([]);
  expect(problems).toEqual([]);
});

test('a renamed project keeps its bookmark and decision through its dataset alias', async ({ page, problems }) => {
  const renamed = data.projects.filter((p) => (p.aliases ?? []).length > 0);
  expect(renamed.length).toBeGreaterThanOrEqual(2);
  const [p, q] = renamed;
  const raw = JSON.stringify({ version: 2, bookmarks: [p.aliases![0]], decisions: { [q.aliases![0]]: { status: 'adopted', note: 'under its old id' } } });
  await seed(page, raw);
  await page.goto(`./project/${p.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
  await expect(page.getByRole('button', { name: `Remove bookmark: ${p.name}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(storageNotice(page)).toHaveCount(0);
  // The old id still opens the project.
  for (const alias of [p.aliases![0], q.aliases![0]]) {
    const owner = renamed.find((r) => r.aliases!.includes(alias))!;
    await page.goto(`./project/${alias}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(owner.name);
  }
  await expect(page.getByRole('combobox', { name: `Decision: ${q.name}` })).toHaveValue('adopted');
  await expect(page.getByRole('textbox', { name: `Note: ${q.name}` })).toHaveValue('under its old id');
  await page.goto('./?saved=1');
  await expect(page.getByRole('main').getByRole('article').getByRole('heading', { level: 3 })).toHaveText([p.name]);
  expect(problems).toEqual([]);
});

test('hostile or malformed import files are refused or sanitized, with a clear message', async ({ page, problems }, info) => {
  const file = (name: string, body: string | Buffer) => {
    const f = info.outputPath(name);
    fs.writeFileSync(f, body);
    return f;
  };
  await page.goto(`./project/${a.id}`);
  await page.getByRole('button', { name: `Add bookmark: ${a.name}` }).click();
  await page.goto('./saved');
  const before = (await storage(page))[PREFS_KEY];
  const input = page.getByLabel('JSON file to import');
  const alert = page.getByRole('alert');
  const refusals: [string, string | Buffer, string][] = [
    ['not.json', '<html><body>hi</body></html>', 'This file cannot be imported: It is not a JSON file. (line 1, column 1)'],
    ['schema.json', JSON.stringify({ bookmarks: [a.id] }), 'This file cannot be imported: It is not a Trail Map export. It has no “version”.'],
    ['future.json', JSON.stringify({ version: 7 }), 'This file cannot be imported: It is not a Trail Map export. Unsupported version: 7 (this app reads versions 1–3)'],
    ['types.json', JSON.stringify({ version: 2, bookmarks: a.id }), 'This file cannot be imported: It is not a Trail Map export. Must be a list of ids: “bookmarks”'],
    ['status.json', JSON.stringify({ version: 2, decisions: { [a.id]: { status: '<b>loved</b>' } } }), `This file cannot be imported: It is not a Trail Map export. Unknown decision status for “${a.id}”`],
    ['huge.json', Buffer.alloc(1024 * 1024 + 10, 0x20), 'This file cannot be imported: The file is too large (over 1 MiB).'],
  ];
  for (const [name, body, message] of refusals) {
    await input.setInputFiles(file(name, body));
    await expect(alert, name).toHaveText(message);
    await expect(page.getByRole('region', { name: 'What the import changes' })).toHaveCount(0);
  }
  expect((await storage(page))[PREFS_KEY]).toBe(before);

  // The message follows the language.
  await page.goto('./saved?lang=ko');
  await page.getByLabel('가져올 JSON 파일').setInputFiles(file('schema2.json', JSON.stringify({ bookmarks: [] })));
  await expect(alert).toHaveText('가져올 수 없는 파일입니다: Trail Map 내보내기 파일 형식이 아닙니다. “version” 항목이 없습니다.');
  await page.getByRole('button', { name: 'Language: 한국어' }).or(page.getByRole('button', { name: '언어: English' })).click();
  await expect(alert).toHaveText('This file cannot be imported: It is not a Trail Map export. It has no “version”.');

  // Unknown ids are dropped (and said so); HTML in notes stays text.
  const hostileNote = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
  const unknownIds = Array.from({ length: 30 }, (_, i) => `no-such-project-${i}`);
  await input.setInputFiles(
    file('hostile.json', JSON.stringify({ version: 2, bookmarks: [b.id, ...unknownIds], decisions: { [b.id]: { status: 'adopted', note: hostileNote } } })),
  );
  const preview = page.getByRole('region', { name: 'What the import changes' });
  await expect(preview).toContainText('Unknown ids were dropped: no-such-project-0, no-such-project-1');
  await expect(preview).toContainText('… +10');
  await expect(preview).not.toContainText('no-such-project-29');
  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Import complete.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Note: ${b.name}` })).toHaveValue(hostileNote);
  const main = page.getByRole('main');
  await expect(main.locator('img')).toHaveCount(0);
  await expect(main.locator('b')).toHaveCount(0);
  await expect(main.locator('script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  const stored = JSON.parse((await storage(page))[PREFS_KEY]);
  expect(stored.bookmarks).toEqual([a.id, b.id]);
  expect(stored.decisions[b.id]).toEqual({ status: 'adopted', note: hostileNote });
  // On the project page too, the note is only text.
  await page.goto(`./project/${b.id}`);
  await expect(page.getByRole('textbox', { name: `Note: ${b.name}` })).toHaveValue(hostileNote);
  await expect(page.getByRole('main').locator('img, b, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});
