// Reading a source file safely: inside the project (symlinks followed), a
// regular file (a FIFO or a device would block or never end), of a bounded
// size, and every operating-system error said in words, never thrown.
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
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
    return { rule: 'file-unreadable', message: `cannot read it: ${osErrorText(err)}` };
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

/** Reads a vetted source of at most `maxBytes`; a larger file is a problem, read no further. */
export function readVetted(path: string, root: string, maxBytes: number = LIMITS.fileBytes): Uint8Array | ReadProblem {
  const vet = vetPath(path, root);
  if ('rule' in vet) return vet;
  if (vet.size > maxBytes) return tooLarge(vet.size, maxBytes);
  let fd: number | undefined;
  try {
    fd = openSync(vet.real, 'r');
    const size = fstatSync(fd).size; // the file may have changed since stat
    if (size > maxBytes) return tooLarge(size, maxBytes);
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

function tooLarge(size: number, max: number): ReadProblem {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { rule: 'input-too-large', message: `the file is ${mb(size)}, more than the ${mb(max)} a source file may have; split it` };
}
