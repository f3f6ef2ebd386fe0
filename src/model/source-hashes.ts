// What a translation is stamped with: a hash of each section of its source file.
import { hashText } from './markdown.js';
import type { LangFile } from './types.js';

/** Key of the module title in `source_hashes` (section ids never start with `_`). */
export const TITLE_KEY = '_title';

/** Sections without an id are keyed by position: `§3` is the third level-2 section. */
export function sectionKey(id: string | undefined, index: number): string {
  return id ?? `§${index + 1}`;
}

export function sourceHashes(source: LangFile): Record<string, string> {
  const out: Record<string, string> = {};
  if (source.meta) out[TITLE_KEY] = hashText(source.meta.title);
  source.sections.forEach((s, i) => {
    out[sectionKey(s.id, i)] = s.hash;
  });
  return out;
}

export type StaleKind = 'title' | 'changed' | 'new' | 'removed';

export interface StaleEntry {
  /** `_title`, a section id, or `§N` for a section without id. */
  key: string;
  kind: StaleKind;
  /** Index of the section in the source file (not for `title` and `removed`). */
  index?: number;
}

/**
 * What changed in `source` since `translation` was stamped: the title, each
 * changed or new section, each removed one. undefined when never stamped.
 */
export function staleEntries(source: LangFile, translation: LangFile): StaleEntry[] | undefined {
  const stamp = translation.meta?.source_hashes;
  if (!stamp) return undefined;
  const now = sourceHashes(source);
  const out: StaleEntry[] = [];
  if (stamp[TITLE_KEY] !== undefined && stamp[TITLE_KEY] !== now[TITLE_KEY]) out.push({ key: TITLE_KEY, kind: 'title' });
  source.sections.forEach((s, index) => {
    const key = sectionKey(s.id, index);
    if (stamp[key] !== s.hash) out.push({ key, kind: stamp[key] === undefined ? 'new' : 'changed', index });
  });
  for (const key of Object.keys(stamp)) if (key !== TITLE_KEY && !(key in now)) out.push({ key, kind: 'removed' });
  return out;
}
