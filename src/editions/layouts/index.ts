// The layouts of `build --layout`, in the order `--help` lists them, and the
// editions a build may make besides (`build --<id>`, `editions:` in
// manual.yaml). A new layout: copy parallel.ts, give it its id, add it to
// LAYOUT_LIST; a new edition: copy large-print.ts, add it to EDITION_LIST
// (and its id to EDITION_NAMES in src/model/schema.ts, which a test keeps equal).
import { flip } from './flip.js';
import { largePrint } from './large-print.js';
import type { EditionLayout } from './layout.js';
import { parallel } from './parallel.js';
import { sequential } from './sequential.js';
import { single } from './single.js';

export const LAYOUT_LIST = [parallel, sequential, flip, single] as const;

/** A `--layout` value. */
export type LayoutName = (typeof LAYOUT_LIST)[number]['id'];

export const LAYOUTS: readonly LayoutName[] = LAYOUT_LIST.map((l) => l.id);

export const DEFAULT_LAYOUT: LayoutName = 'parallel';

/** Editions made beside the layout's, when asked for: each adds its outputs to every manual. */
export const EDITION_LIST = [largePrint] as const;

/** An `editions:` value. */
export type EditionName = (typeof EDITION_LIST)[number]['id'];

/** The editions of these names, in EDITION_LIST's order (unknown names are the caller's to refuse). */
export function editionsNamed(names: readonly string[]): EditionLayout[] {
  return EDITION_LIST.filter((e) => names.includes(e.id));
}

/** The layout of a `--layout` value; undefined for a name that is none. */
export function layoutNamed(name: string): EditionLayout | undefined {
  return LAYOUT_LIST.find((l) => l.id === name);
}

/** `--layout` help: each value and what it makes. */
export function layoutHelp(): string {
  return LAYOUT_LIST.map((l) => `${l.id}: ${l.help}`).join('; ');
}
