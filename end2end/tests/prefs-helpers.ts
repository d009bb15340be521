// Shared by compare.spec.ts, saved.spec.ts and storage.spec.ts: the dataset (expected values
// are read from it, never hard-coded) and the storage keys the app documents.
import fs from 'node:fs';
import path from 'node:path';

export interface Text {
  ko: string;
  en: string;
}
export interface Project {
  id: string;
  aliases?: string[];
  name: string;
  stage: string;
  also_in: string[];
  language: string | null;
  license: string;
  first_release: number | null;
  cncf: { status: string };
  related: { id: string; kind: string }[];
}
export interface Comparison {
  id: string;
  title: Text;
  projects: string[];
  narrative: Text;
}
export interface Stage {
  id: string;
  step: number;
  title: Text;
}
export interface Catalog {
  stages: Stage[];
  projects: Project[];
  comparisons: Comparison[];
}

export const data: Catalog = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../data/trailmap.json'), 'utf8'),
);

export const PREFS_KEY = 'trailmap:prefs';
export const BACKUP_PREFIX = 'trailmap:backup:';

export function project(id: string): Project {
  const p = data.projects.find((x) => x.id === id);
  if (!p) throw new Error(`dataset has no project ${id}`);
  return p;
}

export function stage(id: string): Stage {
  const s = data.stages.find((x) => x.id === id);
  if (!s) throw new Error(`dataset has no stage ${id}`);
  return s;
}

/** Escape text for use inside a RegExp. */
export function re(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An exact accessible name, as a RegExp. */
export function exact(text: string): RegExp {
  return new RegExp(`^${re(text)}$`);
}
