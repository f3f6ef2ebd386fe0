// The folder a command writes into, checked before anything is made: not
// manuals/ or a folder in it (where the sources are), not the project root
// itself, and writable — not a file, not under a file, not read-only. A
// refusal is a usage error (exit 2) about the output folder; nothing is
// created or written by the check.
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { isInside, realPath } from '../sources/inside-project.js';
import { osErrorText } from '../sources/safe-read.js';
import { noteOutputFolder, shown } from './os-error.js';

/**
 * Throws the errno error when files cannot be made in `folder`, an existing
 * folder. As root, access() allows writing almost anywhere, so the tests of a
 * read-only folder pass a check that fails instead.
 */
export type WritableCheck = (folder: string) => void;

export const canWrite: WritableCheck = (folder) => accessSync(folder, constants.W_OK | constants.X_OK);

/**
 * Why files cannot be written in `out` (made with its missing parents), in
 * words, or undefined when they can. Looks only: creates nothing.
 */
export function outputFolderProblem(out: string, check: WritableCheck = canWrite, cwd: string = process.cwd()): string | undefined {
  for (let p = out; ; p = dirname(p)) {
    let folder: boolean;
    try {
      folder = statSync(p).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Missing (it would be made), or under a file (found further up).
      if ((code === 'ENOENT' || code === 'ENOTDIR') && dirname(p) !== p) continue;
      return p === out ? osErrorText(err) : `${shown(p, cwd)}: ${osErrorText(err)}`;
    }
    if (!folder) return p === out ? 'it is a file, not a folder' : `a part of its path, ${shown(p, cwd)}, is a file, not a folder`;
    try {
      check(p);
    } catch (err) {
      return p === out ? osErrorText(err) : `it cannot be made in ${shown(p, cwd)}: ${osErrorText(err)}`;
    }
    return undefined;
  }
}

export interface OutputFolderOptions {
  /** The option that named it, for messages: `--out`. */
  flag?: string;
  check?: WritableCheck;
  /** Folders the command keeps inside (`.cache`): each must be a folder when it is there. */
  subfolders?: readonly string[];
  cwd?: string;
}

/**
 * Refuses `out` (absolute; `given` as the user wrote it) as the output folder
 * of a command run on project `root`, with a UsageError. When accepted, it is
 * noted, so that a system error under it later is reported against it.
 */
export function checkOutputFolder(out: string, root: string, given: string, options: OutputFolderOptions = {}): void {
  const flag = options.flag ?? '--out';
  const cwd = options.cwd ?? process.cwd();
  const real = realPath(out);
  const project = realPath(root);
  if (isInside(join(project, 'manuals'), real)) {
    throw new UsageError(`${flag} ${given} must not be inside manuals/, where the sources are; write elsewhere, e.g. ${flag} out`);
  }
  if (real === project) {
    throw new UsageError(`${flag} ${given} must not be the project folder itself, which holds manuals/; give a folder of its own, e.g. ${flag} out`);
  }
  const refuse = (problem: string): UsageError => new UsageError(`${shown(out, cwd)}/ is not a writable folder: ${problem}`);
  const problem = outputFolderProblem(out, options.check, cwd);
  if (problem) throw refuse(problem);
  for (const sub of options.subfolders ?? []) {
    const p = join(out, sub);
    let folder = true;
    try {
      folder = statSync(p).isDirectory();
    } catch {
      // Not there yet: it will be made.
    }
    if (!folder) throw refuse(`${shown(p, cwd)} is a file, where promokit keeps a folder; remove it`);
  }
  noteOutputFolder(out);
}

/**
 * Refuses `output` (absolute; `given` as written) as the file `-o` writes: in
 * manuals/ of the project around it, an existing folder, or in a folder that
 * cannot be written.
 */
export function checkOutputFile(output: string, given: string, root: string | undefined, options: OutputFolderOptions = {}): void {
  const flag = options.flag ?? '-o';
  const cwd = options.cwd ?? process.cwd();
  if (root && isInside(join(realPath(root), 'manuals'), realPath(output))) {
    throw new UsageError(`${flag} ${given} must not be inside manuals/, where the sources are; write it elsewhere (e.g. out/)`);
  }
  let folder = false;
  try {
    folder = statSync(output).isDirectory();
  } catch {
    // Not there, or under a file: outputFolderProblem says which.
  }
  if (folder) throw new UsageError(`${flag} ${given} is a folder; give a file name, e.g. ${join(given, 'handout.pdf')}`);
  const dir = dirname(output);
  const problem = outputFolderProblem(dir, options.check, cwd);
  if (problem) throw new UsageError(`${shown(dir, cwd)}/ is not a writable folder: ${problem}`);
  noteOutputFolder(dir);
}
