// Where a path that a project file names really leads, symlinks followed, and
// whether that is inside the project. Shared by `packet` (which refuses to
// read outside) and the check rule `conference-reference`.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type InsideProject = { path: string } | { outside: string };

/**
 * The real path of `p`, symlinks followed. A path that does not exist keeps its
 * missing tail on the real path of its deepest existing folder; a dangling
 * symlink leads to where it points (so a link to a missing file outside the
 * project is still outside).
 */
export function realPath(p: string, depth = 0): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = dirname(p);
    if (parent === p) return p;
    const joined = join(realPath(parent, depth), basename(p));
    try {
      if (depth < 40 && lstatSync(joined).isSymbolicLink()) return realPath(resolve(dirname(joined), readlinkSync(joined)), depth + 1);
    } catch {
      // Not there at all: the joined path is where it would be.
    }
    return joined;
  }
}

/** True when `path` is `root` or below it (both real paths). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * `rel` (as written in a file of folder `base`; absolute or relative) resolved
 * with symlinks followed: `{ path }` (the real path, which may not exist) when
 * it lies inside the project `root`, else `{ outside }` with the real path it
 * leads to. Never throws; whether the file exists is the caller's question.
 */
export function resolveInsideProject(root: string, base: string, rel: string): InsideProject {
  const real = realPath(resolve(base, rel));
  return isInside(realPath(resolve(root)), real) ? { path: real } : { outside: real };
}
