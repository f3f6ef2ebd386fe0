// What every command that writes into a module folder does first: finish an
// edit a killed run left half done, and remove day-old temporary files.
import { join, relative } from 'node:path';
import { toPosix } from '../sources/project-sources.js';
import { sweepStaleTemps } from '../temp-files.js';
import { recoverEdits } from './journal.js';
import type { ModuleLocation } from './resolve-module.js';

/** Returns the files (relative to `root`) an interrupted run had left half edited, now completed. */
export function prepareModuleFolder(root: string, where: ModuleLocation): string[] {
  const dir = join(where.manualDir, 'modules', where.moduleId);
  const recovered = recoverEdits(dir, toPosix(relative(root, dir)));
  sweepStaleTemps(dir);
  return recovered;
}
