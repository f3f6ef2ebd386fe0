// The shape of one fuzz input and the seeded random numbers that make them.
import { mulberry32 } from '../../src/bench/prng.js';
import type { Files } from '../helpers/fixture.js';

export type Category = 'yaml' | 'front-matter' | 'markdown' | 'mutation' | 'file-system';

/**
 * A change to the file system after the files are written. Paths are relative
 * to the project root; a symlink target may hold `{CANARY}` (the canary folder
 * outside the project, absolute).
 */
export type FsOp =
  | { op: 'fifo'; path: string }
  | { op: 'mkdir'; path: string }
  | { op: 'rm'; path: string }
  | { op: 'symlink'; path: string; to: string }
  | { op: 'rename'; from: string; to: string }
  | { op: 'manuals-file' };

export interface FuzzInput {
  /** `yaml-017`: category prefix and number, stable for one seed. */
  id: string;
  category: Category;
  title: string;
  /**
   * Files written over demoProject() (tests/helpers/fixture.ts). Text may hold
   * `{CANARY}` (absolute canary folder) and `{UP}` (enough `../` to climb from
   * any project folder to `/`), replaced when the project is written.
   */
  files: Files;
  ops: FsOp[];
  /** The file or folder (relative to the root) a finding must name; undefined: none can (exit 2). */
  names: string | undefined;
  /** check must report at least one error. */
  hostile: boolean;
  /** When given, check must report one of these rules. */
  rules?: string[];
  /** The input leads to the canary outside the project. */
  canary: boolean;
  /** `build --lang es` must fail (exit 1 or 2). */
  buildFails: boolean;
  /** The CLI must answer with a usage error (exit 2) instead of findings. */
  usage?: boolean;
  /** Always in the spawned build sample (inputs that reach the file system in build). */
  buildSample?: boolean;
}

export const DIR = 'manuals/demo/modules/01-estres';
export const ES = `${DIR}/es.md`;
export const EN = `${DIR}/en.md`;
export const MANUAL = 'manuals/demo/manual.yaml';
export const GLOSSARY = 'manuals/demo/glossary.yaml';
export const IMG = `${DIR}/img/persona.svg`;

/** Defaults for one input; `rest` overrides them. */
export function input(category: Category, title: string, rest: Partial<FuzzInput> & Pick<FuzzInput, 'names'>): Omit<FuzzInput, 'id'> {
  return { category, title, files: {}, ops: [], hostile: true, canary: false, buildFails: false, ...rest };
}

export { mulberry32 };

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    chance: (p: number) => next() < p,
  };
}
