// Saved: bookmarks and decisions, progress on the trail, /saved, persistence, other tabs,
// export → clear → import, Markdown.
import fs from 'node:fs';
import { Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { data, stage, project, exact, PREFS_KEY, Project } from './prefs-helpers';

/** Two projects in different stages, and one more. */
const a: Project = data.projects[0];
const b: Project = data.projects.find((p) => p.stage !== a.stage)!;
const c: Project = data.projects.find((p) => p.id !== a.id && p.id !== b.id && p.stage !== b.stage)!;

async function stored(page: Page): Promise<any> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), PREFS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

async function download(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(path, 'utf8'), path };
}

test('bookmark from a card with the keyboard and from a project page; filter by saved; survives reload', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  const star = page.getByRole('button', { name: `Add bookmark: ${a.name}` });
  await star.focus();
  await page.keyboard.press('Enter');
  const on = page.getByRole('button', { name: `Remove bookmark: ${a.name}` });
  await expect(on).toHaveAttribute('aria-pressed', 'true');
  await expect(on).toBeFocused();
  await page.keyboard.press('Space');
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Space');
  await expect(on).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`./project/${b.id}`);
  await page.getByRole('button', { name: `Add bookmark: ${b.name}` }).click();
  await expect(page.getByRole('button', { name: `Remove bookmark: ${b.name}` })).toHaveAttribute('aria-pressed', 'true');
  expect((await stored(page)).bookmarks).toEqual([a.id, b.id]);

  // Visible on the cards, and filterable.
  await page.goto('./?saved=1');
  await ready(page);
  await expect(page.getByRole('checkbox', { name: 'Bookmarked only' })).toBeChecked();
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(2);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText([a.name, b.name]);
  for (const p of [a, b]) {
    await expect(page.getByRole('button', { name: `Remove bookmark: ${p.name}` })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.reload();
  await expect(cards).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Bookmarked only' }).uncheck();
  await expect(cards).toHaveCount(data.projects.length);
  expect(problems).toEqual([]);
});

test('decisions and notes: typed without losing focus, progress on the trail, grouped on /saved', async ({ page, problems }) => {
  await page.goto(`./project/${a.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.name);
  await page.getByRole('combobox', { name: `Decision: ${a.name}` }).selectOption({ label: 'Adopted' });
  const note = page.getByRole('textbox', { name: `Note: ${a.name}` });
  await note.click();
  const typed = 'Runs  in prod since 2021 ';
  await note.pressSequentially(typed);
  await expect(note).toBeFocused();
  await expect(note).toHaveValue(typed);
  await expect.poll(async () => (await stored(page)).decisions[a.id]).toEqual({ status: 'adopted', note: typed.trim() });
  await note.press('Tab');
  await expect(note).toHaveValue(typed.trim());

  await page.goto(`./project/${b.id}`);
  await page.getByRole('combobox', { name: `Decision: ${b.name}` }).selectOption({ label: 'Evaluating' });
  await page.reload();
  await expect(page.getByRole('combobox', { name: `Decision: ${b.name}` })).toHaveValue('evaluating');

  // The trail: overall progress and per stage.
  await page.goto('./');
  await ready(page);
  await expect(page.getByRole('main').getByText(/^Progress:/).locator('..')).toHaveText('Progress: Evaluating 1 · Adopted 1');
  const stageOf = (p: Project) =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: `Step ${stage(p.stage).step}: ${stage(p.stage).title.en}` }) });
  await expect(stageOf(a)).toContainText('Adopted 1');
  await expect(stageOf(b)).toContainText('Evaluating 1');
  // The card shows the decision.
  await expect(page.getByRole('article').filter({ has: page.getByRole('link', { name: a.name, exact: true }) })).toContainText('Adopted');

  // /saved: grouped by stage, my stack lists the adopted one.
  await page.goto('./saved');
  const stack = page.getByRole('region', { name: 'My stack' });
  await expect(stack).toContainText(`${stage(a.stage).step}. ${stage(a.stage).title.en}`);
  await expect(stack).toContainText(a.name);
  await expect(stack).not.toContainText(b.name);
  for (const p of [a, b]) {
    const group = page.getByRole('region', { name: `${stage(p.stage).step}. ${stage(p.stage).title.en}`, exact: true });
    await expect(group.getByRole('link', { name: p.name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: `Note: ${a.name}` })).toHaveValue(typed.trim());

  // Editing on /saved keeps the focus where it is, even when the list changes around it.
  const noteB = page.getByRole('textbox', { name: `Note: ${b.name}` });
  await noteB.click();
  await noteB.pressSequentially('try it');
  await expect(noteB).toBeFocused();
  const starB = page.getByRole('button', { name: `Add bookmark: ${b.name}` });
  await starB.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Remove bookmark: ${b.name}` })).toBeFocused();
  // Decision "none" with a note keeps the entry.
  await page.getByRole('combobox', { name: `Decision: ${b.name}` }).selectOption({ label: 'No decision' });
  await expect.poll(async () => (await stored(page)).decisions[b.id]).toEqual({ status: null, note: 'try it' });
  expect(problems).toEqual([]);
});

test('a change in another tab shows up without a reload', async ({ page, context, problems }) => {
  const other = await context.newPage();
  const otherProblems: string[] = [];
  other.on('pageerror', (e) => otherProblems.push(e.message));
  other.on('console', (m) => m.type() === 'error' && otherProblems.push(m.text()));
  await page.goto('./');
  await ready(page);
  await other.goto(`./project/${a.id}`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(a.name);

  await page.getByRole('button', { name: `Add bookmark: ${a.name}` }).click();
  await expect(other.getByRole('button', { name: `Remove bookmark: ${a.name}` })).toHaveAttribute('aria-pressed', 'true');

  await other.getByRole('combobox', { name: `Decision: ${a.name}` }).selectOption({ label: 'Rejected' });
  await expect(page.getByRole('main').getByText(/^Progress:/).locator('..')).toHaveText('Progress: Rejected 1');
  await other.getByRole('button', { name: `Add to compare: ${a.name}` }).click();
  await expect(page.getByRole('complementary', { name: 'Comparison' })).toContainText(a.name);

  await page.getByRole('button', { name: `Remove bookmark: ${a.name}` }).click();
  await expect(other.getByRole('button', { name: `Add bookmark: ${a.name}` })).toHaveAttribute('aria-pressed', 'false');
  expect(otherProblems).toEqual([]);
  expect(problems).toEqual([]);
});

test('export JSON → clear all → import gives back byte-for-byte the same file', async ({ page, problems }) => {
  await page.goto('./');
  await ready(page);
  for (const p of [c, a, b]) await page.getByRole('button', { name: `Add bookmark: ${p.name}` }).click();
  await page.getByRole('button', { name: `Add to compare: ${b.name}` }).click();
  await page.goto(`./project/${a.id}`);
  await page.getByRole('combobox', { name: `Decision: ${a.name}` }).selectOption({ label: 'Considering' });
  await page.getByRole('textbox', { name: `Note: ${a.name}` }).fill('ask the team\n"quotes" & <angle>');
  await page.goto(`./project/${b.id}`);
  await page.getByRole('combobox', { name: `Decision: ${b.name}` }).selectOption({ label: 'Adopted' });

  await page.goto('./saved');
  const first = await download(page, 'Export JSON');
  expect(first.name).toMatch(/\.json$/);
  const parsed = JSON.parse(first.text);
  expect(parsed.version).toBe(3);
  expect(parsed.bookmarks).toEqual([c.id, a.id, b.id]);
  expect(parsed.decisions[a.id]).toEqual({ status: 'considering', note: 'ask the team\n"quotes" & <angle>' });
  expect(parsed.decisions[b.id]).toEqual({ status: 'adopted', note: '' });
  expect(parsed.compare).toEqual([b.id]);
  // What is exported is what is stored.
  expect(first.text).toBe(await page.evaluate((k) => localStorage.getItem(k), PREFS_KEY));

  // Clear all asks first.
  await page.getByRole('button', { name: 'Clear all saved data' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Delete all bookmarks and decisions? This cannot be undone.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('link', { name: a.name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all saved data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('Nothing saved yet. Star a project card to bookmark it.')).toBeVisible();
  expect((await stored(page)).bookmarks).toEqual([]);

  // Import with a preview, then replace.
  await page.getByLabel('JSON file to import').setInputFiles(first.path);
  const preview = page.getByRole('region', { name: 'What the import changes' });
  await expect(preview).toContainText('Merge: 3 bookmarks added, 2 decisions changed.');
  await expect(preview).toContainText('Replace: 3 bookmarks added, 2 decisions changed.');
  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText('Import complete.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Note: ${a.name}` })).toHaveValue('ask the team\n"quotes" & <angle>');

  const second = await download(page, 'Export JSON');
  expect(second.text).toBe(first.text);
  await page.reload();
  const third = await download(page, 'Export JSON');
  expect(third.text).toBe(first.text);
  expect(problems).toEqual([]);
});

test('merge keeps what is here and adds what the file has; cancel changes nothing', async ({ page, problems }, info) => {
  await page.goto(`./project/${a.id}`);
  await page.getByRole('button', { name: `Add bookmark: ${a.name}` }).click();
  const file = info.outputPath('incoming.json');
  fs.writeFileSync(file, JSON.stringify({ version: 2, bookmarks: [b.id, a.id], decisions: { [b.id]: { status: 'evaluating', note: 'from the team' } } }));
  await page.goto('./saved');
  const before = await page.evaluate((k) => localStorage.getItem(k), PREFS_KEY);
  await page.getByLabel('JSON file to import').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'What the import changes' });
  // In sentences, singular where it is one.
  await expect(preview.getByText(/^Merge: /)).toHaveText('Merge: 1 bookmark added, 1 decision changed.');
  await expect(preview.getByText(/^Replace: /)).toHaveText('Replace: 1 bookmark added, 1 decision changed.');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), PREFS_KEY)).toBe(before);

  await page.getByLabel('JSON file to import').setInputFiles(file);
  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Import complete.')).toBeVisible();
  const after = await stored(page);
  expect(after.bookmarks).toEqual([a.id, b.id]);
  expect(after.decisions[b.id]).toEqual({ status: 'evaluating', note: 'from the team' });
  expect(problems).toEqual([]);
});

test('Markdown export is a readable stack summary', async ({ page, problems }) => {
  await page.goto(`./project/${a.id}`);
  await page.getByRole('combobox', { name: `Decision: ${a.name}` }).selectOption({ label: 'Adopted' });
  await page.getByRole('textbox', { name: `Note: ${a.name}` }).fill('our standard\nsince last year');
  await page.goto(`./project/${b.id}`);
  await page.getByRole('button', { name: `Add bookmark: ${b.name}` }).click();
  await page.goto('./saved');
  const md = await download(page, 'Export Markdown');
  expect(md.name).toMatch(/\.md$/);
  const sa = stage(a.stage);
  const sb = stage(b.stage);
  expect(md.text.startsWith('# Trail Map — My stack\n')).toBe(true);
  const link = (p: Project) => `[${p.name}](${new URL(`project/${p.id}`, page.url()).href})`;
  expect(md.text).toContain(`## Step ${sa.step}: ${sa.title.en}\n\n### Adopted\n\n- **${link(a)}** — our standard\n  since last year\n`);
  expect(md.text).toContain(`## Step ${sb.step}: ${sb.title.en}\n\n### Saved, no decision yet\n\n- **${link(b)}**\n`);
  // Dated today (the browser's day), beside the dataset's date.
  const now = new Date();
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][now.getMonth()];
  expect(md.text.split('\n')[2]).toBe(`_Exported: ${month} ${now.getDate()}, ${now.getFullYear()} · Data as of: ${(data as any).as_of}_`);
  // In Korean, in Korean.
  await page.goto('./saved?lang=ko');
  const ko = await download(page, 'Markdown으로 내보내기');
  expect(ko.text).toContain('나의 스택');
  expect(ko.text).toContain(`## ${sa.step}단계: ${sa.title.ko}`);
  expect(ko.text).toContain('### 도입함');
  expect(ko.text).toContain('### 저장함 (결정 전)');
  expect(ko.text).toContain(`_내보낸 날: ${now.getFullYear()}년 ${now.getMonth() + 1}월 ${now.getDate()}일 · `);
  expect(problems).toEqual([]);
});

test('a note exported to Markdown stays text inside its item', async ({ page, problems }) => {
  await page.goto(`./project/${a.id}`);
  await page.getByRole('combobox', { name: `Decision: ${a.name}` }).selectOption({ label: 'Evaluating' });
  await page.getByRole('textbox', { name: `Note: ${a.name}` }).fill('<img src=x> & *hot* [link](https://x.example)\n# not a heading\n- nor a list');
  await page.goto('./saved');
  const md = await download(page, 'Export Markdown');
  expect(md.text).toContain(
    ' — \\<img src=x\\> \\& \\*hot\\* \\[link\\](https://x.example)\n  \\# not a heading\n  \\- nor a list\n',
  );
  expect(md.text).not.toMatch(/(^|[^\\])<img/);
  expect(problems).toEqual([]);
});

test('progress is a bar per stage and overall, with its numbers in words', async ({ page, problems }) => {
  // Two decisions in a's stage (one rejected), one in b's.
  const a2 = data.projects.find((p) => p.stage === a.stage && p.id !== a.id)!;
  const picks: [Project, string][] = [
    [a, 'Adopted'],
    [a2, 'Rejected'],
    [b, 'Evaluating'],
  ];
  for (const [p, choice] of picks) {
    await page.goto(`./project/${p.id}`);
    await page.getByRole('combobox', { name: `Decision: ${p.name}` }).selectOption({ label: choice });
  }
  await page.goto('./saved');
  const section = page.getByRole('region', { name: 'Decisions by stage' });
  const bars = section.getByRole('progressbar');
  await expect(bars).toHaveCount(data.stages.length + 1);
  const value = (name: string) =>
    section.getByRole('progressbar', { name, exact: true }).evaluate((el: HTMLProgressElement) => [el.value, el.max]);
  const total = data.projects.length;
  expect(await value('Overall')).toEqual([3, total]);
  await expect(section.getByRole('progressbar', { name: 'Overall', exact: true })).toHaveAccessibleDescription(
    `3 of ${total} decided · Evaluating 1 · Adopted 1 · Rejected 1`,
  );
  const sorted = [...data.stages].sort((x, y) => x.step - y.step);
  for (const s of sorted) {
    const inStage = data.projects.filter((p) => p.stage === s.id).length;
    const decided = picks.filter(([p]) => p.stage === s.id).length;
    const name = `${s.step}. ${s.title.en}`;
    expect(await value(name), name).toEqual([decided, inStage]);
    await expect(section.getByRole('progressbar', { name, exact: true })).toHaveAccessibleDescription(
      new RegExp(`^${decided} of ${inStage} decided`),
    );
  }
  // In trail order.
  const names = await bars.evaluateAll((els) => els.map((e) => document.getElementById(e.getAttribute('aria-labelledby')!)!.textContent));
  expect(names).toEqual(['Overall', ...sorted.map((s) => `${s.step}. ${s.title.en}`)]);
  // A change shows at once; Korean words in Korean.
  await page.getByRole('combobox', { name: `Decision: ${a2.name}` }).selectOption({ label: 'No decision' });
  await expect.poll(() => value('Overall')).toEqual([2, total]);
  await page.goto('./saved?lang=ko');
  await expect(page.getByRole('progressbar', { name: '전체', exact: true })).toHaveAccessibleDescription(
    `${total}개 중 2개 결정 · 평가 중 1 · 도입함 1`,
  );
  expect(problems).toEqual([]);
});

test('the import preview speaks in sentences, in Korean too', async ({ page, problems }, info) => {
  await page.goto(`./project/${a.id}`);
  await page.getByRole('button', { name: `Add bookmark: ${a.name}` }).click();
  await page.getByRole('combobox', { name: `Decision: ${a.name}` }).selectOption({ label: 'Adopted' });
  const file = info.outputPath('incoming.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      version: 2,
      bookmarks: [b.id, c.id, 'no-such-project'],
      decisions: { [b.id]: { status: 'evaluating', note: '' }, [c.id]: { status: 'rejected', note: '' } },
    }),
  );
  await page.goto('./saved?lang=ko');
  await page.getByLabel('가져올 JSON 파일').setInputFiles(file);
  const preview = page.getByRole('region', { name: '가져오면 바뀌는 내용' });
  await expect(preview.getByText(/^합치기: /)).toHaveText('합치기: 북마크 2개 추가, 결정 2개 변경. 알 수 없는 ID를 뺐습니다: no-such-project');
  // Replacing also drops what is here and not in the file.
  await expect(preview.getByText(/^바꾸기: /)).toHaveText(
    '바꾸기: 북마크 2개 추가, 북마크 1개 제거, 결정 3개 변경. 알 수 없는 ID를 뺐습니다: no-such-project',
  );
  await page.goto('./saved?lang=en');
  await page.getByLabel('JSON file to import').setInputFiles(file);
  await expect(page.getByText(/^Replace: /)).toHaveText(
    'Replace: 2 bookmarks added, 1 bookmark removed, 3 decisions changed. Unknown ids were dropped: no-such-project',
  );
  expect(problems).toEqual([]);
});

test('/saved with nothing saved says how to start', async ({ page, problems }) => {
  await page.goto('./saved');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(exact('Saved'));
  await expect(page.getByText('Nothing saved yet. Star a project card to bookmark it.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'My stack' })).toContainText('No project is marked as adopted yet.');
  expect(problems).toEqual([]);
});

test('a download the browser refuses is reported, and the next one clears the report', async ({ page, problems }) => {
  await page.addInitScript(() => {
    const create = URL.createObjectURL;
    (window as any).__refuseDownloads = true;
    URL.createObjectURL = function (obj: Blob | MediaSource) {
      if ((window as any).__refuseDownloads) throw new DOMException('blocked', 'SecurityError');
      return create.call(URL, obj);
    };
  });
  await page.goto('./saved');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const alert = page.locator('[data-notice="export"]');
  await expect(alert).toHaveText('The file could not be downloaded. The browser may have blocked it: please try again.');
  await expect(alert).toHaveAttribute('role', 'alert');
  await page.evaluate(() => ((window as any).__refuseDownloads = false));
  const md = await download(page, 'Export Markdown');
  expect(md.name).toMatch(/\.md$/);
  await expect(alert).toHaveCount(0);
  expect(problems).toEqual([]);
});

// Keep `project` referenced for readers grepping helpers; used by other specs.
void project;
