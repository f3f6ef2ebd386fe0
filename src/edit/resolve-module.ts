// `promokit stamp|ids <module>`: the module may be a folder path or manual-id/NN-slug.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export interface ModuleLocation {
  manualDir: string;
  moduleId: string;
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

const inside = (root: string, path: string): boolean => {
  const rel = relative(real(root), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A module folder inside `root`: given from `cwd`, from the root, or as <manual>/<NN-slug>. */
export function resolveModule(root: string, arg: string, cwd: string): ModuleLocation {
  const parts = arg.split('/');
  const short = parts.length === 2 ? [parts[0]!, 'modules', parts[1]!] : [arg];
  const candidates = [resolve(cwd, arg), resolve(root, arg), join(root, 'manuals', ...short)];
  for (const c of candidates) {
    if (!existsSync(c) || !inside(root, c)) continue;
    const dir = statSync(c).isDirectory() ? c : dirname(c);
    if (basename(dirname(dir)) === 'modules' && existsSync(join(dirname(dirname(dir)), 'manual.yaml'))) {
      return { manualDir: dirname(dirname(dir)), moduleId: basename(dir) };
    }
  }
  throw new UsageError(`${arg} is not a module of the project in ${root}: give its folder (manuals/<manual>/modules/NN-slug) or <manual>/NN-slug`);
}
