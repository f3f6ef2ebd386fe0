// `promokit stamp|ids <module>`: the module may be a folder path or manual-id/NN-slug.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export interface ModuleLocation {
  manualDir: string;
  moduleId: string;
}

export function resolveModule(root: string, arg: string, cwd: string): ModuleLocation {
  const candidates = [resolve(cwd, arg), join(root, 'manuals', ...arg.split('/').length === 2 ? [arg.split('/')[0]!, 'modules', arg.split('/')[1]!] : [arg])];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    const dir = statSync(c).isDirectory() ? c : dirname(c);
    if (basename(dirname(dir)) === 'modules' && existsSync(join(dirname(dirname(dir)), 'manual.yaml'))) {
      return { manualDir: dirname(dirname(dir)), moduleId: basename(dir) };
    }
  }
  throw new UsageError(`${arg} is not a module: give its folder (manuals/<manual>/modules/NN-slug) or <manual>/NN-slug`);
}
