// The dataset and UI strings the reach specs check against, read from the sources (never
// copied by hand): data/trailmap.json and the key table in src/i18n.rs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

type Text = { ko: string; en: string };
export type Lang = 'ko' | 'en';
export const dataset: {
  stages: { id: string; step: number; title: Text }[];
  projects: { id: string; name: string; stage: string; tagline: Text }[];
  comparisons: { projects: string[] }[];
} = JSON.parse(readFileSync(join(root, 'data', 'trailmap.json'), 'utf8'));

const i18nSource = readFileSync(join(root, 'src', 'i18n.rs'), 'utf8');

/** A UI string from src/i18n.rs: `Key => "ko", "en";`. */
export function ui(key: string, lang: Lang): string {
  const m = i18nSource.match(new RegExp(`^\\s*${key} => "((?:[^"\\\\]|\\\\.)*)", "((?:[^"\\\\]|\\\\.)*)";`, 'm'));
  if (!m) throw new Error(`no UI string ${key} in src/i18n.rs`);
  return lang === 'ko' ? m[1] : m[2];
}

/** Regex-escape a literal. */
export function lit(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A project in the first stage (so it shows on the trail without scrolling far). */
export const firstProject = dataset.projects.find((p) => p.stage === dataset.stages[0].id)!;
/** Two projects for a comparison: the first curated comparison's. */
export const compareIds = dataset.comparisons[0].projects.slice(0, 2);
