// Operating-system errors (errno: EACCES, ENOTDIR, ENOSPC…) that reach the
// CLI from anywhere in a command are bad input or a bad place, not a bug of
// ours: they print as `promokit: <path>: <words>`, never "internal error".
// Exit 2 when the path is the output folder (or in it, or on the way to it)
// or a path the command line named (--root); exit 1 otherwise.
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ExitCode } from '../errors.js';
import { isInside } from '../sources/inside-project.js';
import { osErrorText } from '../sources/safe-read.js';

interface NotedPath {
  path: string;
  kind: 'output' | 'usage';
}

/** Paths this run's command line named; main() forgets them before each command. */
let noted: NotedPath[] = [];

/** `folder` is where the command writes: an error there is about the output folder. */
export function noteOutputFolder(folder: string): void {
  noted.push({ path: resolve(folder), kind: 'output' });
}

/** `path` was named on the command line (--root, manuals/ under it): an error at it is a usage error. */
export function noteUsagePath(path: string): void {
  noted.push({ path: resolve(path), kind: 'usage' });
}

export function forgetNotedPaths(): void {
  noted = [];
}

/** A system error from Node's fs, child_process, net…: a string `code` and the call that failed. */
export function isOsError(err: unknown): err is NodeJS.ErrnoException {
  if (!(err instanceof Error)) return false;
  const e = err as NodeJS.ErrnoException;
  return typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code) && typeof e.syscall === 'string';
}

export interface OsErrorReport {
  /** What follows `promokit: `. */
  message: string;
  exitCode: ExitCode;
}

/** How main() reports `err`, a system error (see isOsError). */
export function osErrorReport(err: NodeJS.ErrnoException, cwd: string = process.cwd()): OsErrorReport {
  // A failed rename names its source first; the target is the path a person knows.
  const dest = (err as NodeJS.ErrnoException & { dest?: unknown }).dest;
  const raw = err.syscall === 'rename' && typeof dest === 'string' ? dest : err.path;
  const words = describe(err, raw === undefined ? undefined : resolve(cwd, raw));
  if (raw === undefined) return { message: words, exitCode: ExitCode.sourceError };
  const path = resolve(cwd, raw);
  const show = (p: string): string => shown(p, cwd);
  const outputs = noted.filter((n) => n.kind === 'output');
  // In the output folder; else at a named path or a folder above it (the project root); else on the way to the output folder.
  const out = outputs.find((n) => isInside(n.path, path));
  const usage = noted.some((n) => n.kind === 'usage' && isInside(path, n.path));
  const above = usage ? undefined : outputs.find((n) => isInside(path, n.path));
  const folder = out ?? above;
  if (folder) {
    const where = path === folder.path ? '' : `${show(path)}: `;
    return { message: `${show(folder.path)}/ is not a writable folder: ${where}${words}`, exitCode: ExitCode.usage };
  }
  return { message: `${show(path)}: ${words}`, exitCode: usage ? ExitCode.usage : ExitCode.sourceError };
}

/** osErrorText, made exact when a file stands where a folder was wanted. */
function describe(err: NodeJS.ErrnoException, path: string | undefined): string {
  if (path !== undefined && (err.code === 'ENOTDIR' || err.code === 'EEXIST')) {
    try {
      if (!statSync(path).isDirectory()) return 'it is a file, not a folder';
    } catch {
      // Not there (a part of its path is a file): the general words fit.
    }
  }
  return osErrorText(err);
}

/** A path as messages show it: relative to the working folder when it is below it, else absolute. */
export function shown(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
