// Options shared by every command, and how the CLI finds the project root.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { type PromokitError, UsageError } from '../errors.js';
import { noteUsagePath } from './os-error.js';
import { checkOutputFolder } from './output-folder.js';

export interface CommonOptions {
  root?: string;
  out?: string;
  lang?: string;
  paper?: 'letter' | 'a4';
  quiet?: boolean;
  json?: boolean;
}

/** The nearest folder, from `start` upwards, that holds `manuals/`. */
export function findRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'manuals')) && statSync(join(dir, 'manuals')).isDirectory()) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `--root`, or the nearest folder holding `manuals/`; a usage error otherwise. */
export function resolveRoot(opts: CommonOptions, cwd = process.cwd()): string {
  if (opts.root) {
    const root = resolve(cwd, opts.root);
    if (!existsSync(root)) throw new UsageError(`--root ${opts.root}: no such folder`);
    if (!existsSync(join(root, 'manuals'))) throw new UsageError(`--root ${opts.root}: it has no manuals/ folder`);
    if (!statSync(join(root, 'manuals')).isDirectory()) throw new UsageError(`--root ${opts.root}: its manuals is a file, not a folder`);
    return noteRoot(root);
  }
  const found = findRoot(cwd);
  if (!found) {
    throw new UsageError(
      `no manuals/ folder found in ${cwd} or any folder above it; run "promokit init" or pass --root <dir>`,
    );
  }
  return noteRoot(found);
}

/** The root and its manuals/ are usage paths: a system error at them is exit 2. */
function noteRoot(root: string): string {
  noteUsagePath(root);
  noteUsagePath(join(root, 'manuals'));
  return root;
}

/**
 * `--out` (default `out`, relative to the project root), checked: not in
 * manuals/, not the root itself, a writable folder, and each of `subfolders`
 * a folder when it is there (see output-folder.ts). A UsageError otherwise.
 */
export function resolveOut(opts: CommonOptions, root: string, subfolders: readonly string[] = []): string {
  const out = resolve(root, opts.out ?? 'out');
  checkOutputFolder(out, root, opts.out ?? 'out', { subfolders });
  return out;
}

/** `--lang es,en` → ['es','en']; undefined when not given. */
export function parseLangs(list: string | undefined): string[] | undefined {
  if (!list) return undefined;
  const langs = list.split(',').map((l) => l.trim()).filter(Boolean);
  for (const l of langs) {
    if (!/^[a-z]{2,3}$/.test(l)) throw new UsageError(`--lang: "${l}" is not a language code such as es or en`);
  }
  return langs;
}

export function parsePaper(value: string): 'letter' | 'a4' {
  if (value !== 'letter' && value !== 'a4') throw new UsageError(`--paper must be letter or a4, not "${value}"`);
  return value;
}

/** Adds the common options to a command. `out` and `paper` only where they mean something. */
export function addCommonOptions(cmd: Command, which: { out?: boolean; paper?: boolean; json?: boolean } = {}): Command {
  cmd.option('--root <dir>', 'project folder (default: nearest folder holding manuals/)');
  if (which.out) cmd.option('--out <dir>', 'output folder', 'out');
  cmd.option('--lang <list>', 'languages to use, comma-separated (default: all of the manual)');
  if (which.paper) cmd.option('--paper <size>', 'letter or a4', parsePaper, 'letter');
  cmd.option('--quiet', 'print only errors');
  if (which.json) cmd.option('--json', 'print a JSON summary on stdout');
  return cmd;
}

/**
 * Colour on a terminal unless NO_COLOR is set to something (https://no-color.org:
 * an empty NO_COLOR counts as unset) or TERM is dumb. FORCE_COLOR decides
 * before both: 1, 2, 3 or true force colour, even into a pipe; 0 or false turn it off.
 */
export function useColor(stream: { isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR?.trim().toLowerCase();
  if (force === '0' || force === 'false') return false;
  if (force === '1' || force === '2' || force === '3' || force === 'true') return true;
  if (env.NO_COLOR) return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** A failure as the `failures` lists of the --json summaries print it (kept beside `findings` for older readers). */
export function failureJson(f: PromokitError): { file: string | undefined; line: number | undefined; rule: string | undefined; message: string } {
  return { file: f.file, line: f.line, rule: f.rule, message: f.message };
}

/** The line stamp and ids print first when they completed an edit a stopped run had left half done. */
export const recoveredLine = (recovered: readonly string[]): string =>
  recovered.length ? `finished the edit a stopped run had left half done: ${recovered.join(', ')}\n` : '';
