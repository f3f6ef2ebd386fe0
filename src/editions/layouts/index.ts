// The layouts of `build --layout`, in the order `--help` lists them. A new
// layout: copy parallel.ts, give it its id, add it here.
import { flip } from './flip.js';
import type { EditionLayout } from './layout.js';
import { parallel } from './parallel.js';
import { sequential } from './sequential.js';
import { single } from './single.js';

export const LAYOUT_LIST = [parallel, sequential, flip, single] as const;

/** A `--layout` value. */
export type LayoutName = (typeof LAYOUT_LIST)[number]['id'];

export const LAYOUTS: readonly LayoutName[] = LAYOUT_LIST.map((l) => l.id);

export const DEFAULT_LAYOUT: LayoutName = 'parallel';

/** The layout of a `--layout` value; undefined for a name that is none. */
export function layoutNamed(name: string): EditionLayout | undefined {
  return LAYOUT_LIST.find((l) => l.id === name);
}

/** `--layout` help: each value and what it makes. */
export function layoutHelp(): string {
  return LAYOUT_LIST.map((l) => `${l.id}: ${l.help}`).join('; ');
}
