// The dataset and a small re-statement of the trail's filter and search rules, so the
// explore specs (trail, filters, search, deep links, project) compute their expectations
// from data/trailmap.json instead of hard-coding them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, Page } from '@playwright/test';

export type Text = { ko: string; en: string };
export type Project = {
  id: string;
  aliases?: string[];
  name: string;
  stage: string;
  also_in: string[];
  on_map_2020: { step: number; badge: 'graduated' | 'incubating' | null } | null;
  named_in_map_text_2020?: number;
  docs_ko?: string;
  cncf: {
    status: string;
    accepted: string | null;
    incubating: string | null;
    graduated: string | null;
    archived: string | null;
  };
  language: string | null;
  license: string;
  homepage: string;
  repo: string;
  first_release: number | null;
  origin: Text;
  tagline: Text;
  what: Text;
  why: Text;
  features: Text[];
  caveats: Text[];
  use_cases: Text[];
  tags: string[];
  related: { id: string; kind: string }[];
  sources: string[];
};
export type Stage = { id: string; step: number; optional: boolean; title: Text; summary: Text; guidance: Text[] };
export type Catalog = {
  as_of: string;
  help: { id: string; title: Text; text: Text; url: string }[];
  tags: { id: string; label: Text }[];
  stages: Stage[];
  projects: Project[];
  comparisons: { id: string; title: Text; projects: string[] }[];
};

export const data: Catalog = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'data', 'trailmap.json'), 'utf-8'),
);

export const byId = (id: string): Project => {
  const p = data.projects.find((x) => x.id === id);
  if (!p) throw new Error(`no project ${id} in the dataset`);
  return p;
};

export type Facet = 'stage' | 'maturity' | 'language' | 'license' | 'tag';
export const FACETS: Facet[] = ['stage', 'maturity', 'language', 'license', 'tag'];
export type Query = Partial<Record<Facet, string[]>> & { q?: string; saved?: Set<string> };

export const MATURITY_EN: Record<string, string> = {
  graduated: 'Graduated',
  incubating: 'Incubating',
  sandbox: 'Sandbox',
  archived: 'Archived',
  'not-cncf': 'Not CNCF',
};
export const FACET_EN: Record<Facet, string> = {
  stage: 'Stage',
  maturity: 'Maturity',
  language: 'Language',
  license: 'License',
  tag: 'Tag',
};

/** The values a project has for a facet (stage: primary and also_in). */
export function values(p: Project, facet: Facet): string[] {
  switch (facet) {
    case 'stage':
      return [p.stage, ...p.also_in];
    case 'maturity':
      return [p.cncf.status];
    case 'language':
      return p.language ? [p.language] : [];
    case 'license':
      return [p.license];
    case 'tag':
      return p.tags;
  }
}

/** The label the UI shows (in English) for a facet value. */
export function label(facet: Facet, value: string): string {
  switch (facet) {
    case 'stage': {
      const s = data.stages.find((x) => x.id === value)!;
      return `${s.step}. ${s.title.en}`;
    }
    case 'maturity':
      return MATURITY_EN[value];
    case 'tag':
      return data.tags.find((t) => t.id === value)!.label.en;
    default:
      return value;
  }
}

// ---- search: the matching rule of src/search/ for plain words ----
// A query word matches a word of a project (or the word without its Korean particle, or an
// English plural's singular); the last word may also be the start of a word. Every word must
// match (AND) unless no project matches them all (then any). Typos, Korean words typed
// without spaces and comparison queries are left to the native table
// (tests/fixtures/search_queries.json), which the browser test `search.spec.ts` also runs.

const EXTRA_SEPARATORS = '·•…“”‘’、。「」『』—–〈〉《》（），：；→←';
function isSeparator(c: string): boolean {
  return (
    /\s/.test(c) ||
    (/[!-/:-@[-`{-~]/.test(c) && c !== '+' && c !== '#') ||
    EXTRA_SEPARATORS.includes(c)
  );
}
export function normalize(s: string): string[] {
  let out = '';
  for (const c of s) out += isSeparator(c) ? ' ' : c.toLowerCase();
  return out.split(' ').filter((w) => w.length > 0);
}
const PARTICLES = ['으로서', '으로써', '에서는', '에서도', '이라는', '입니다', '에서', '으로', '에게', '까지',
  '부터', '처럼', '보다', '이나', '라는', '이며', '이고', '와', '과', '을', '를', '이', '가', '은', '는', '의',
  '에', '로', '도', '만', '나'];
const hangul = (s: string) => [...s].every((c) => c >= '\uac00' && c <= '\ud7a3');
function derived(w: string): string | null {
  if (hangul(w.slice(-1))) {
    for (const p of PARTICLES) {
      const s = w.endsWith(p) ? w.slice(0, -p.length) : '';
      if ([...s].length >= 2 && hangul(s)) return s;
    }
    return null;
  }
  return w.length >= 4 && /^[\x00-\x7f]+$/.test(w) && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : null;
}
function withDerived(words: string[]): string[] {
  return words.flatMap((w) => {
    const d = derived(w);
    return d ? [w, d] : [w];
  });
}
const fieldCache = new Map<string, { name: string[]; other: string[] }>();
function fields(p: Project): { name: string[]; other: string[] } {
  let f = fieldCache.get(p.id);
  if (!f) fieldCache.set(p.id, (f = computeFields(p)));
  return f;
}
function computeFields(p: Project & { search_aliases?: string[] }): { name: string[]; other: string[] } {
  const tagTexts = p.tags.flatMap((t) => {
    const tag = data.tags.find((x) => x.id === t);
    return tag ? [t, tag.label.ko, tag.label.en] : [t];
  });
  const texts = [p.tagline, p.what, p.why, p.origin, ...p.features, ...p.use_cases].flatMap((t) => [t.ko, t.en]);
  return {
    name: withDerived(normalize([p.name, p.id, ...(p.aliases ?? []), ...(p.search_aliases ?? [])].join(' '))),
    other: withDerived(normalize([...tagTexts, ...texts].join(' '))),
  };
}
function termIn(words: string[], term: string, last: boolean): boolean {
  const t = [term, derived(term)].filter((x): x is string => x !== null);
  return words.some((w) => t.includes(w) || (last && w.startsWith(term)));
}
const termsCache = new Map<string, string[]>();
function termsOf(q: string): string[] {
  const cached = termsCache.get(q);
  if (cached) return cached;
  const terms = normalize(q);
  terms.forEach((t, i) => {
    const last = i + 1 === terms.length;
    if (!data.projects.some((p) => termIn([...fields(p).name, ...fields(p).other], t, last)))
      throw new Error(`“${t}” needs the typo rules: test it through the native table`);
  });
  termsCache.set(q, terms);
  return terms;
}
function termMatches(p: Project, q: string): boolean[] {
  const f = fields(p);
  const terms = termsOf(q);
  return terms.map((t, i) => termIn(f.name, t, i + 1 === terms.length) || termIn(f.other, t, i + 1 === terms.length));
}
/** Whether `p` matches the search text `q` (every word, or any when no project has every word). */
const allCache = new Map<string, boolean>();
export function matchesText(p: Project, q: string): boolean {
  let all = allCache.get(q);
  if (all === undefined) allCache.set(q, (all = data.projects.some((x) => termMatches(x, q).every(Boolean))));
  const m = termMatches(p, q);
  return all ? m.every(Boolean) : m.some(Boolean);
}
/** Whether some word of `q` matches the project's name, id or aliases. */
export function matchesName(p: Project, q: string): boolean {
  const f = fields(p);
  const terms = termsOf(q);
  return terms.some((t, i) => termIn(f.name, t, i + 1 === terms.length));
}

/** The projects the trail shows for `query` (AND across facets, OR within one). */
export function expectedVisible(query: Query, skip?: Facet): Project[] {
  return data.projects.filter((p) => {
    for (const f of FACETS) {
      if (f === skip) continue;
      const want = query[f];
      if (want && want.length > 0 && !values(p, f).some((v) => want.includes(v))) return false;
    }
    if (query.saved && !query.saved.has(p.id)) return false;
    if (query.q && query.q.trim() && !matchesText(p, query.q)) return false;
    return true;
  });
}

/** How many projects an option of `facet` would leave, given the rest of `query`. */
export function expectedCount(query: Query, facet: Facet, value: string): number {
  return expectedVisible(query, facet).filter((p) => values(p, facet).includes(value)).length;
}

/** Every value of a facet that occurs in the dataset. */
export function allValues(facet: Facet): string[] {
  if (facet === 'stage') return data.stages.map((s) => s.id);
  const seen: string[] = [];
  for (const p of data.projects) for (const v of values(p, facet)) if (!seen.includes(v)) seen.push(v);
  return seen;
}

// ---- page helpers ----

/** The names of the project cards on screen (each card's heading), in DOM order. */
export async function shownNames(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts();
}

/** The distinct project names a query should show, sorted, to compare with `shownNames`. */
export function names(projects: Project[]): string[] {
  return [...new Set(projects.map((p) => p.name))].sort();
}

export function distinctSorted(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()))].sort();
}

export async function expectShown(page: Page, projects: Project[]) {
  await expect
    .poll(async () => distinctSorted(await shownNames(page)), { timeout: 7_000 })
    .toEqual(names(projects));
  await expect(page.getByRole('status').filter({ hasText: /^\d+ projects? match(es)?$/ })).toHaveText(
    projects.length === 1 ? '1 project matches' : `${projects.length} projects match`,
  );
}

/** The search box. */
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search projects' });

/** The disclosure of one facet; opens it if closed. */
export async function openFacet(page: Page, facet: Facet) {
  const group = page.getByRole('group', { name: FACET_EN[facet], exact: true });
  if (!(await group.isVisible())) {
    await page.locator('summary', { hasText: new RegExp(`^${FACET_EN[facet]}`) }).click();
  }
  await expect(group).toBeVisible();
  return group;
}

/** The URL's query as a map of key -> value (decoded). */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
