// Reading on a phone (issue 18 §3): whole words in headings, a sticky one-row header, the
// slim compare tray, the theme menu, card controls, the project page's order, archived
// projects and the maturity legend.
import { Page } from '@playwright/test';
import { test, expect, ready } from './fixtures';
import { data, byId, Project } from './trail-data';
import { ui, Lang } from './reach-data';

const PREFS_KEY = 'trailmap:prefs';
const LANGS = ['en', 'ko'] as const;

/** Words (by the browser's own word segmentation) of the matched elements' visible text
 *  that the layout split across two lines: a word whose range has rects on two lines. */
async function splitWords(page: Page, selector: string, lang: Lang) {
  return page.evaluate(
    ([sel, l]) => {
      const seg = new Intl.Segmenter(l, { granularity: 'word' });
      const splits: string[] = [];
      let words = 0;
      for (const el of document.querySelectorAll(sel)) {
        if (el.getClientRects().length === 0) continue;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (n.parentElement?.closest('.tm-visually-hidden')) continue;
          for (const s of seg.segment(n.data)) {
            if (!s.isWordLike) continue;
            const range = document.createRange();
            range.setStart(n, s.index);
            range.setEnd(n, s.index + s.segment.length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
            if (rects.length === 0) continue;
            words += 1;
            const tops = rects.map((r) => r.top);
            const line = Math.min(...rects.map((r) => r.height));
            if (Math.max(...tops) - Math.min(...tops) > line / 2) {
              splits.push(`“${s.segment}” in ${el.tagName.toLowerCase()}.${el.className}: “${el.textContent?.trim()}”`);
            }
          }
        }
      }
      return { words, splits };
    },
    [selector, lang] as const,
  );
}

/** Projects whose name or tagline holds the longest words: the hardest to fit. */
function longestWords(lang: Lang, n: number): Project[] {
  const longest = (p: Project) =>
    Math.max(...`${p.name} ${p.tagline[lang]}`.split(/\s+/).map((w) => w.length));
  return [...data.projects].sort((a, b) => longest(b) - longest(a)).slice(0, n);
}

const TRAIL_HEADINGS = '#main h1, #main .tm-lead, .tm-stage__title, .tm-card__title, .tm-card__tagline';
const PROJECT_HEADINGS = '#main h1, #main .tm-lead';

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const lang of LANGS) {
    test(`no word in the stage and project headings is split across lines (${lang})`, async ({ page, problems }) => {
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      await expect(page.locator('.tm-card')).toHaveCount(data.projects.length);
      const trail = await splitWords(page, TRAIL_HEADINGS, lang);
      // Every stage title, project name and tagline was measured.
      expect(trail.words).toBeGreaterThan(data.projects.length * 4);
      expect(trail.splits).toEqual([]);
      for (const p of [...longestWords(lang, 6), byId('opentracing')]) {
        await page.goto(`./project/${p.id}?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
        const one = await splitWords(page, PROJECT_HEADINGS, lang);
        expect(one.words).toBeGreaterThan(1);
        expect(one.splits, p.id).toEqual([]);
      }
      expect(problems).toEqual([]);
    });
  }

  test('the measure finds a split word (the check can fail)', async ({ page, problems }) => {
    await page.goto('./?lang=en');
    await ready(page);
    // The rules the fix replaced: break anywhere, titles squeezed beside their button.
    // (Through the CSSOM: the CSP forbids inline style sheets.)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.tm-stage__title')) {
        el.style.overflowWrap = 'anywhere';
        el.style.maxWidth = '7rem';
      }
    });
    const found = await splitWords(page, '.tm-stage__title', 'en');
    expect(found.splits.join('\n')).toContain(data.stages[0].title.en);
    expect(problems).toEqual([]);
  });
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of LANGS) {
    test(`the header is one row and stays on screen while scrolling (${lang})`, async ({ page, problems }) => {
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      const header = page.getByRole('banner');
      const nav = page.getByRole('navigation', { name: ui('MainNav', lang) });
      const links = nav.getByRole('link');
      await expect(links).toHaveCount(4);
      // One row: the brand, every link and the menu button share one line, 44 px tall each.
      const row = await page.evaluate(() => {
        const items = [...document.querySelectorAll('.tm-header__brand, .tm-nav a, .tm-header__menu')];
        return items.map((el) => {
          const r = el.getBoundingClientRect();
          return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: r.height, right: r.right };
        });
      });
      expect(row).toHaveLength(6);
      for (const item of row) {
        expect(item.top).toBe(row[0].top);
        expect(item.height).toBeGreaterThanOrEqual(44);
        expect(item.right).toBeLessThanOrEqual(390);
      }
      const box = (await header.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(60);
      // Still one row on the narrowest phones.
      await page.setViewportSize({ width: 360, height: 740 });
      await expect.poll(async () => (await header.boundingBox())!.height).toBeLessThanOrEqual(60);
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('.tm-header__brand, .tm-nav a, .tm-header__menu')].map((el) => el.getBoundingClientRect()),
      );
      expect(new Set(narrow.map((r) => Math.round(r.top))).size).toBe(1);
      expect(Math.max(...narrow.map((r) => r.right))).toBeLessThanOrEqual(360);
      await page.setViewportSize({ width: 390, height: 844 });
      // Scrolled far down, the header is still at the top of the screen.
      await page.evaluate(() => window.scrollTo(0, 3000));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
      await expect(header).toBeInViewport({ ratio: 1 });
      expect((await header.boundingBox())!.y).toBeLessThanOrEqual(1);
      await links.nth(3).click();
      await expect(page).toHaveURL(/\/saved/);
      expect(problems).toEqual([]);
    });
  }

  test('language and theme open from one header button, by keyboard too', async ({ page, problems }) => {
    await page.goto('./?lang=en');
    await ready(page);
    const menu = page.getByRole('button', { name: ui('HeaderMenu', 'en') });
    const theme = page.getByRole('combobox', { name: ui('ThemeLabel', 'en') });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(theme).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(theme).toBeVisible();
    await theme.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await theme.focus();
    await page.keyboard.press('Escape');
    await expect(theme).toBeHidden();
    await expect(menu).toBeFocused();
    // The language switch is in the same menu.
    await menu.click();
    await page.getByRole('button', { name: `${ui('LanguageLabel', 'en')}: ${ui('SwitchToOther', 'en')}` }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    expect(problems).toEqual([]);
  });

  test('the compare tray is a slim bar whose list unfolds, by keyboard too', async ({ page, problems }) => {
    const picks = data.projects.slice(0, 3);
    await page.goto('./?lang=en');
    await ready(page);
    for (const p of picks) await page.getByRole('button', { name: `${ui('AddToCompare', 'en')}: ${p.name}` }).click();
    const tray = page.getByRole('complementary', { name: ui('CompareTray', 'en') });
    const toggle = tray.getByRole('button', { name: new RegExp(`^${ui('CompareTray', 'en')} \\(\\d/4\\)$`) });
    await expect(toggle).toHaveText(`${ui('CompareTray', 'en')} (3/4)`);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(tray.getByRole('listitem')).toHaveCount(0);
    await expect(tray.getByRole('link', { name: ui('CompareOpen', 'en') })).toBeVisible();
    const slim = (await tray.boundingBox())!;
    expect(slim.height).toBeLessThanOrEqual(64);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(tray.getByRole('listitem')).toHaveText(picks.map((p) => new RegExp(`^${p.name}`)));
    await tray.getByRole('button', { name: `${ui('RemoveFromCompare', 'en')}: ${picks[2].name}` }).click();
    await expect(tray.getByRole('listitem')).toHaveCount(2);
    await toggle.click();
    await expect(tray.getByRole('listitem')).toHaveCount(0);
    await tray.getByRole('link', { name: ui('CompareOpen', 'en') }).click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${picks[0].id},${picks[1].id}$`));
    expect(problems).toEqual([]);
  });

  for (const lang of LANGS) {
    test(`the theme menu names the theme; stored values stay the same (${lang})`, async ({ page, problems }) => {
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      await page.getByRole('button', { name: ui('HeaderMenu', lang) }).click();
      const theme = page.getByRole('combobox', { name: ui('ThemeLabel', lang) });
      const shown = () => theme.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].textContent);
      expect(await shown()).toBe(ui('ThemeSystem', lang));
      expect(ui('ThemeSystem', lang)).toContain(ui('ThemeLabel', lang));
      for (const [value, key] of [['dark', 'ThemeDark'], ['light', 'ThemeLight'], ['system', 'ThemeSystem']] as const) {
        await theme.selectOption(value);
        expect(await shown()).toBe(ui(key, lang));
        await expect
          .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').settings?.theme, PREFS_KEY))
          .toBe(value === 'system' ? null : value);
      }
      expect(problems).toEqual([]);
    });
  }

  test('every control on a project card is at least 44 × 44 px', async ({ page, problems }) => {
    await page.goto('./?lang=en');
    await ready(page);
    await expect(page.locator('.tm-card')).toHaveCount(data.projects.length);
    const small = await page.evaluate(() => {
      const out: string[] = [];
      let measured = 0;
      for (const card of document.querySelectorAll('.tm-card')) {
        const cardBox = card.getBoundingClientRect();
        for (const el of card.querySelectorAll('a, button, select, input, textarea, summary, [tabindex]')) {
          // The title link's target is the whole card (its ::after covers it).
          const stretched = el.matches('.tm-card__title a') && getComputedStyle(el, '::after').position === 'absolute';
          const r = stretched ? cardBox : el.getBoundingClientRect();
          measured += 1;
          if (r.width < 44 || r.height < 44) {
            out.push(`${card.getAttribute('data-project')}: ${el.tagName} “${el.textContent?.trim()}” ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
          }
        }
      }
      return { out, measured };
    });
    // A title link and two toggles per card at least, plus the successor links.
    expect(small.measured).toBeGreaterThanOrEqual(document_count(3));
    expect(small.out).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the whole card opens the project; its toggles stay toggles', async ({ page, problems }) => {
    const p = data.projects[0];
    const withLanguage = data.projects.find((x) => x.language)!;
    await page.goto('./?lang=en');
    await ready(page);
    const card = page.locator(`article[data-project="${p.id}"]`);
    // The compare toggle says what it does, in words and in its name and tooltip.
    const compare = card.getByRole('button', { name: `${ui('AddToCompare', 'en')}: ${p.name}` });
    await expect(compare).toHaveText(`⇄${ui('CompareShort', 'en')}`);
    await expect(compare).toHaveAttribute('title', `${ui('AddToCompare', 'en')}: ${p.name}`);
    await compare.click();
    await expect(compare).toHaveCount(0);
    await expect(card.getByRole('button', { name: `${ui('RemoveFromCompare', 'en')}: ${p.name}` })).toHaveAttribute('aria-pressed', 'true');
    await card.getByRole('button', { name: `${ui('AddBookmark', 'en')}: ${p.name}` }).click();
    await expect(page).toHaveURL(/\?lang=en$/);
    // The language is plain text, not a chip that looks like a button.
    const langText = page.locator(`article[data-project="${withLanguage.id}"] .tm-card__lang`);
    await expect(langText).toHaveText(`${ui('Language', 'en')}: ${withLanguage.language}`);
    const look = await langText.evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopStyle, background: s.backgroundColor, role: el.getAttribute('role'), tag: el.tagName };
    });
    expect(look).toEqual({ border: 'none', background: 'rgba(0, 0, 0, 0)', role: null, tag: 'SPAN' });
    // A click on the tagline, away from the title link, opens the project.
    // (By coordinates: the stretched title link is on top there, which is the point.)
    await card.locator('.tm-card__tagline').scrollIntoViewIfNeeded();
    const tagline = (await card.locator('.tm-card__tagline').boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('href'),
      [tagline.x + 5, tagline.y + 5],
    );
    expect(hit).toMatch(new RegExp(`/project/${p.id}$`));
    await page.mouse.click(tagline.x + 5, tagline.y + 5);
    await expect(page).toHaveURL(new RegExp(`/project/${p.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
    expect(problems).toEqual([]);
  });

  test('on a project page, "What it is" comes before the decision, which stays compact', async ({ page, problems }) => {
    const p = data.projects[0];
    await page.goto(`./project/${p.id}?lang=en`);
    await ready(page);
    const what = page.getByRole('heading', { level: 2, name: ui('WhatItIs', 'en') });
    const select = page.getByRole('combobox', { name: `${ui('Decision', 'en')}: ${p.name}` });
    const note = page.getByRole('textbox', { name: `${ui('Note', 'en')}: ${p.name}` });
    const order = await page.evaluate(() => {
      const h = [...document.querySelectorAll('#main h2')].find((e) => e.id === 'what-title')!;
      const form = document.querySelector('#main [data-decision]')!;
      const h1 = document.querySelector('#main h1')!;
      return {
        whatBeforeForm: !!(h.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING),
        h1BeforeWhat: !!(h1.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING),
        formInHeader: !!form.closest('header'),
      };
    });
    expect(order).toEqual({ whatBeforeForm: true, h1BeforeWhat: true, formInHeader: false });
    // Both the content and the decision are on the first screen; the note is folded away.
    await expect(what).toBeInViewport();
    await expect(select).toBeInViewport();
    await expect(note).toBeHidden();
    const compact = (await page.locator('#main [data-decision]').boundingBox())!;
    expect(compact.height).toBeLessThanOrEqual(100);
    // Choosing a decision unfolds the note, to say why.
    await select.selectOption('evaluating');
    await expect(note).toBeVisible();
    await note.fill('trying it in staging');
    await page.reload();
    await ready(page);
    await expect(note).toBeVisible();
    await expect(note).toHaveValue('trying it in staging');
    expect(problems).toEqual([]);
  });
});

/** At least `per` interactive elements per card on the trail. */
function document_count(per: number): number {
  return data.projects.length * per;
}

// The archived project the dataset names a successor for (OpenTracing → OpenTelemetry).
const archived = data.projects.find((p) => p.cncf.status === 'archived' && p.related.some((r) => r.kind === 'successor'))!;
const successor = byId(archived.related.find((r) => r.kind === 'successor')!.id);

for (const lang of LANGS) {
  test(`an archived project opens with a banner naming its successor (${lang})`, async ({ page, problems }) => {
    await page.goto(`./project/${archived.id}?lang=${lang}`);
    await ready(page);
    const banner = page.getByRole('region', { name: new RegExp(`^${ui('MaturityArchived', lang)}`) });
    const expected = `${ui('MaturityArchived', lang)} — ${ui('UseInsteadBefore', lang)} ${successor.name} ${ui('UseInsteadAfter', lang)}`;
    await expect(banner.getByRole('heading', { level: 2 })).toHaveText(expected);
    // It comes right after the page head, before the content.
    const first = await page.evaluate(() => document.querySelector('#main header')?.nextElementSibling?.getAttribute('data-banner'));
    expect(first).toBe('archived');
    // Adopting it warns, and the decision is still recorded.
    const select = page.getByRole('combobox', { name: `${ui('Decision', lang)}: ${archived.name}` });
    const warning = page.getByRole('status').filter({ hasText: ui('AdoptArchivedWarning', lang) });
    await expect(warning).toHaveCount(0);
    await select.selectOption('adopted');
    await expect(warning).toBeVisible();
    await expect(select).toHaveValue('adopted');
    await expect
      .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').decisions, PREFS_KEY))
      .toMatchObject({ [archived.id]: { status: 'adopted' } });
    await select.selectOption('evaluating');
    await expect(warning).toHaveCount(0);
    // The banner's link goes to the successor, which has no banner and no warning.
    await banner.getByRole('link', { name: successor.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(successor.name);
    await expect(page.locator('[data-banner="archived"]')).toHaveCount(0);
    await page.getByRole('combobox', { name: `${ui('Decision', lang)}: ${successor.name}` }).selectOption('adopted');
    await expect(page.locator('[data-warning]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test(`a maturity legend explains the badges on the trail and on a project page (${lang})`, async ({ page, problems }) => {
    const meanings = ['Sandbox', 'Incubating', 'Graduated', 'Archived'].map(
      (m) => `${ui(`Maturity${m}`, lang)} ${ui(`Legend${m}`, lang)}`,
    );
    await page.goto(`./?lang=${lang}`);
    await ready(page);
    const legend = page.locator('[data-legend="maturity"]');
    await expect(legend).toHaveCount(1);
    for (const m of meanings) await expect(legend).toContainText(m);
    // Before the first stage card, where the first badges are.
    const before = await page.evaluate(() => {
      const l = document.querySelector('[data-legend="maturity"]')!;
      const badge = document.querySelector('.tm-stages .tm-badge')!;
      return !!(l.compareDocumentPosition(badge) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await page.goto(`./project/${archived.id}?lang=${lang}`);
    await ready(page);
    const near = page.locator('.tm-then-now [data-legend="maturity"]');
    await expect(near).toHaveCount(1);
    for (const m of meanings) await expect(near).toContainText(m);
    expect(problems).toEqual([]);
  });
}
