// Project detail (`/project/:id`): the dataset's facts, links, related projects, stages,
// curated comparisons, bookmark and compare; an unknown id gets suggestions.
import { test, expect, ready } from './fixtures';
import { data, byId, MATURITY_EN, Project, shownNames } from './trail-data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dateEn = (d: string) => {
  const [y, m, day] = d.split('-').map(Number);
  return `${MONTHS[m - 1]} ${day}, ${y}`;
};

// Varied projects: a graduate whose badge changed since 2020, an archived one with a
// successor, one without a language (a specification), and one with the most relations.
const mostRelated = [...data.projects].sort((a, b) => b.related.length - a.related.length)[0];
const picks: Project[] = [
  data.projects.find((p) => p.on_map_2020?.badge === 'incubating' && p.cncf.status === 'graduated')!,
  data.projects.find((p) => p.cncf.status === 'archived')!,
  data.projects.find((p) => p.language === null)!,
  mostRelated,
  // Korean documentation and a project hosted through its parent.
  data.projects.find((p) => p.docs_ko)!,
  data.projects.find((p) => p.related.some((r) => r.kind === 'part-of'))!,
].filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);

for (const p of picks) {
  test(`the page of ${p.name} shows the dataset's facts`, async ({ page, problems }) => {
    await page.goto(`./project/${p.id}`);
    await ready(page);
    const main = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
    await expect(page).toHaveTitle(new RegExp(`^${p.name.replace(/[()]/g, '\\$&')} · Trail Map`));
    await expect(main).toContainText(p.tagline.en);
    for (const [heading, text] of [
      ['What it is', p.what.en],
      ['Why teams use it', p.why.en],
    ]) {
      await expect(main.getByRole('region', { name: heading })).toContainText(text);
    }
    for (const [heading, items] of [
      ['Key features', p.features],
      ['Caveats', p.caveats],
      ['Use cases', p.use_cases],
    ] as const) {
      await expect(main.getByRole('region', { name: heading }).getByRole('listitem')).toHaveText(items.map((t) => t.en));
    }
    const facts = main.getByRole('region', { name: 'Maturity · Links' });
    await expect(facts).toContainText(MATURITY_EN[p.cncf.status]);
    for (const [key, name] of [
      ['accepted', 'Accepted'],
      ['incubating', 'Incubating'],
      ['graduated', 'Graduated'],
      ['archived', 'Archived'],
    ] as const) {
      const d = p.cncf[key];
      if (d) await expect(facts).toContainText(`${name} ${dateEn(d)}`);
    }
    if (p.language) await expect(facts.getByRole('link', { name: p.language, exact: true })).toHaveAttribute('href', `/?language=${encodeURIComponent(p.language)}`);
    else await expect(facts).toContainText('Specification');
    await expect(facts.getByRole('link', { name: p.license, exact: true })).toBeVisible();
    await expect(facts).toContainText(p.origin.en);
    if (p.first_release) await expect(facts).toContainText(String(p.first_release));
    await expect(facts.getByRole('link', { name: 'Homepage' })).toHaveAttribute('href', p.homepage);
    await expect(facts.getByRole('link', { name: 'Repository' })).toHaveAttribute('href', p.repo);
    for (const s of [p.stage, ...p.also_in]) {
      const st = data.stages.find((x) => x.id === s)!;
      await expect(facts.getByRole('link', { name: `${st.step}. ${st.title.en}` })).toHaveAttribute('href', `/?stage=${s}`);
    }
    for (const t of p.tags) {
      const tag = data.tags.find((x) => x.id === t)!;
      await expect(facts.getByRole('link', { name: tag.label.en, exact: true })).toHaveAttribute('href', `/?tag=${t}`);
    }
    const sources = main.getByRole('region', { name: 'Sources' }).getByRole('link');
    await expect(sources).toHaveCount(p.sources.length);
    for (const s of p.sources) await expect(main.getByRole('region', { name: 'Sources' }).locator(`a[href="${s}"]`)).toHaveCount(1);

    const related = main.getByRole('region', { name: 'Related projects' });
    if (p.related.length === 0) await expect(related).toHaveCount(0);
    for (const r of p.related) {
      await expect(related.getByRole('link', { name: byId(r.id).name, exact: true })).toHaveAttribute('href', `/project/${r.id}`);
    }
    const comparisons = data.comparisons.filter((c) => c.projects.includes(p.id));
    const curated = main.getByRole('region', { name: 'Curated comparisons' });
    if (comparisons.length === 0) await expect(curated).toHaveCount(0);
    for (const c of comparisons) {
      await expect(curated.getByRole('link', { name: c.title.en })).toHaveAttribute('href', new RegExp(`/compare\\?ids=${c.projects.join(',')}`));
    }
    // An archived project names its successor next to today's status.
    const successor = p.related.find((r) => r.kind === 'successor');
    if (successor) {
      await expect(main.getByText(`Succeeded by ${byId(successor.id).name}`)).toBeVisible();
    }
    // 2020 map versus today.
    if (p.on_map_2020) await expect(main).toContainText(`Step ${p.on_map_2020.step}:`);
    else if (p.named_in_map_text_2020)
      await expect(main).toContainText(`Named in the text of step ${p.named_in_map_text_2020} (no logo)`);
    else await expect(main).toContainText('Not on the 2020 map');
    // A project hosted through its parent shows the parent's maturity, labelled.
    const parent = p.related.find((r) => r.kind === 'part-of');
    if (parent) await expect(main.getByText(`part of ${byId(parent.id).name}`).first()).toBeVisible();
    // Korean documentation, where the project publishes one.
    if (p.docs_ko) await expect(main.getByRole('link', { name: 'Korean documentation' })).toHaveAttribute('href', p.docs_ko);
    expect(problems).toEqual([]);
  });
}

test('bookmark and add to compare from the detail page', async ({ page, problems }) => {
  const p = picks[0];
  await page.goto(`./project/${p.id}`);
  await ready(page);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: `Add bookmark: ${p.name}` }).click();
  await expect(main.getByRole('button', { name: `Remove bookmark: ${p.name}` })).toHaveAttribute('aria-pressed', 'true');
  await main.getByRole('button', { name: `Add to compare: ${p.name}` }).click();
  await expect(main.getByRole('button', { name: `Remove from compare: ${p.name}` })).toHaveAttribute('aria-pressed', 'true');
  // The comparison tray lists it.
  await expect(page.getByRole('complementary', { name: 'Comparison' })).toContainText(p.name);
  // The bookmark shows on the trail's card too.
  await page.goto('./?saved=1');
  await ready(page);
  await expect.poll(() => shownNames(page)).toEqual([p.name]);
  expect(problems).toEqual([]);
});

test('a related project link opens that project, and Back returns', async ({ page, problems }) => {
  const p = mostRelated;
  const r = byId(p.related[0].id);
  await page.goto(`./project/${p.id}`);
  await ready(page);
  await page.getByRole('region', { name: 'Related projects' }).getByRole('link', { name: r.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.name);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
  expect(problems).toEqual([]);
});

test('an unknown id explains and suggests projects and a search', async ({ page, problems }) => {
  const p = byId('prometheus');
  const typo = 'promethues';
  await page.goto(`./project/${typo}`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unknown project');
  await expect(page.getByRole('main')).toContainText(typo);
  const suggestions = page.getByRole('main').getByRole('list').getByRole('link');
  await expect(suggestions.first()).toHaveText(p.name);
  await page.getByRole('link', { name: `Search the trail for “${typo}”` }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${typo}$`));
  await expect(page.getByRole('searchbox', { name: 'Search projects' })).toHaveValue(typo);
  await expect(page.getByRole('main').getByRole('heading', { level: 3, name: p.name, exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a project page in Korean, and on reload', async ({ page, problems }) => {
  const p = picks[1];
  await page.goto(`./project/${p.id}?lang=ko`);
  await ready(page);
  await expect(page.getByRole('main')).toContainText(p.what.ko);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
  await expect(page.getByRole('main')).toContainText(p.what.ko);
  await page.screenshot({ path: '/tmp/explore-project.png', fullPage: true });
  expect(problems).toEqual([]);
});
