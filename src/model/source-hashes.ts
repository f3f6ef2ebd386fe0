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
