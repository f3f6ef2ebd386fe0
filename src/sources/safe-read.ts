// Reading a source file safely: inside the project (symlinks followed), a
// regular file (a FIFO or a device would block or never end), of a bounded
// size, and every operating-system error said in words, never thrown.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LIMITS } from '../limits.js';
import { isInside } from './inside-project.js';

export type ReadProblemRule = 'file-unreadable' | 'file-empty' | 'path-outside-project' | 'input-too-large';

export interface ReadProblem {
  rule: ReadProblemRule;
  message: string;
}

/** errno → what a person understands. */
export function osErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it does not exist';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'ELOOP':
      return 'its symbolic links form a loop';
    case 'ENAMETOOLONG':
      return 'its name is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'it is on a read-only file system';
    case 'EEXIST':
      return 'something of that name is already there';
    case 'ENOTEMPTY':
      return 'the folder is not empty';
    case 'EBUSY':
      return 'it is in use (busy)';
    case 'EIO':
      return 'the disk could not be read or written (input/output error)';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}


let realRoots = new Map<string, string>();
/** The real path of a project root, cached (roots do not move during a run). */
export function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (!real) {
    try {
      real = realpathSync(root);
    } catch {
      real = root;
    }
    if (realRoots.size > 100) realRoots = new Map();
    realRoots.set(root, real);
  }
  return real;
}

/**
 * Where `path` really is, when it may be read: inside `root` (or one of
 * `allowed`, real folders), a regular file. Otherwise the problem.
 */
export function vetPath(path: string, root: string, allowed: readonly string[] = []): { real: string; size: number } | ReadProblem {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    const dangling = (err as NodeJS.ErrnoException).code === 'ENOENT' && isLink(path);
    return { rule: 'file-unreadable', message: dangling ? 'it is a symbolic link to something that does not exist' : `cannot read it: ${osErrorText(err)}` };
  }
  if (!isInside(realRoot(root), real) && !allowed.some((a) => isInside(a, real))) {
    return { rule: 'path-outside-project', message: `it leads outside the project, to ${real}; copy the file into the project (or list its folder in allow_paths)` };
  }
  let st;
  try {
    st = statSync(real);
  } catch (err) {
    return { rule: 'file-unreadable', message: `cannot read it: ${osErrorText(err)}` };
  }
  if (st.isDirectory()) return { rule: 'file-unreadable', message: 'it is a folder, not a file' };
  if (!st.isFile()) return { rule: 'file-unreadable', message: 'it is not a regular file (a pipe, socket or device), so it is not read' };
  return { real, size: st.size };
}

/** What a file too large is called in a message, and what to do about it. */
export interface SizeWords {
  noun: string;
  advice: string;
}

const SOURCE_WORDS: SizeWords = { noun: 'a source file', advice: 'split it' };

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Reads a vetted source of at most `maxBytes`; a larger file is a problem, read no further. */
export function readVetted(path: string, root: string, maxBytes: number = LIMITS.fileBytes, words: SizeWords = SOURCE_WORDS, allowed: readonly string[] = []): Uint8Array | ReadProblem {
  const vet = vetPath(path, root, allowed);
  if ('rule' in vet) return vet;
  if (vet.size > maxBytes) return tooLarge(vet.size, maxBytes, words);
  return readOpened(vet.real, 'r', maxBytes, words);
}

/**
 * Reads a file that a walk of a vetted folder listed as a regular file (not a
 * link): no path to resolve. Opened without following a link and without
 * blocking, so a file swapped for a link or a pipe since is still refused.
 */
export function readListedFile(path: string, maxBytes: number = LIMITS.fileBytes): Uint8Array | ReadProblem {
  return readOpened(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK, maxBytes, SOURCE_WORDS);
}

function readOpened(path: string, flags: string | number, maxBytes: number, words: SizeWords): Uint8Array | ReadProblem {
  let fd: number | undefined;
  try {
    fd = openSync(path, flags);
    const st = fstatSync(fd);
    if (!st.isFile()) return { rule: 'file-unreadable', message: 'it is not a regular file (a pipe, socket or device), so it is not read' };
    const size = st.size; // the file may have changed since it was listed
    if (size > maxBytes) return tooLarge(size, maxBytes, words);
    const buf = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buf, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === size ? buf : buf.subarray(0, at);
  } catch (err) {
    return { rule: 'file-unreadable', message: `cannot read it: ${osErrorText(err)}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(size: number, max: number, words: SizeWords): ReadProblem {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { rule: 'input-too-large', message: `the file is ${mb(size)}, more than the ${mb(max)} ${words.noun} may have; ${words.advice}` };
}

/**
 * readVetted for a file the user named on the command line, which may be
 * anywhere: a regular file (a pipe or a device is refused before it is
 * opened) of at most `maxBytes`, every operating-system error in words.
 */
export function readUserFile(path: string, maxBytes: number, words: SizeWords): Uint8Array | ReadProblem {
  return readVetted(path, ANYWHERE, maxBytes, words);
}

/** The root under which every real path lies (vetPath's confinement is then a no-op). */
const ANYWHERE = '/';

/** The real paths of the folders of `allow_paths` (relative to `base`); ones that do not exist are left out. */
export function realFolders(base: string, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    try {
      const real = realpathSync(resolve(base, p));
      if (statSync(real).isDirectory()) out.push(real);
    } catch {
      // A folder that is not there allows nothing.
    }
  }
  return out;
}
