// Where `--pandoc <value>` (or PROMOKIT_PANDOC) points. A bare name (`pandoc`,
// no slash) is looked up on PATH, as a shell would; a path with a slash is
// taken relative to the working folder. Not finding it is a usage error.
import { existsSync } from 'node:fs';
import { delimiter, resolve, sep } from 'node:path';
import which from 'which';
import { UsageError } from '../errors.js';

export const FALLBACK = 'to use the pandoc built into promokit instead, leave out --pandoc and unset PROMOKIT_PANDOC';

export interface FoundPandoc {
  /** Absolute path of the binary. */
  path: string;
  /** The path for messages: `/usr/bin/pandoc (found on PATH for "pandoc")`. */
  shown: string;
}

/** A value naming a file by its path rather than a program on PATH. */
export function hasSlash(given: string): boolean {
  return given.includes('/') || given.includes(sep);
}

/**
 * The binary `given` names. `pathEnv` is the PATH to search (default the
 * process's); `cwd` is where a relative path starts. Throws UsageError:
 *
 *   pandoc not found: no "pandoc" in any folder of PATH (/usr/local/bin:/usr/bin); give its path, or, <FALLBACK>
 *   pandoc not found at /home/ana/bin/pandoc ("bin/pandoc" from the working folder /home/ana); <FALLBACK>
 */
export function locatePandoc(given: string, where: { cwd?: string; pathEnv?: string } = {}): FoundPandoc {
  const cwd = where.cwd ?? process.cwd();
  if (hasSlash(given)) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) {
      const from = path === given ? '' : ` ("${given}" from the working folder ${cwd})`;
      throw new UsageError(`pandoc not found at ${path}${from}; ${FALLBACK}`);
    }
    return { path, shown: path };
  }
  const pathEnv = where.pathEnv ?? process.env.PATH ?? '';
  // `which` reads process.env.PATH when given an empty path: no folders means no search.
  const found = pathEnv.split(delimiter).some(Boolean) ? which.sync(given, { path: pathEnv, nothrow: true }) : null;
  if (found === null) {
    const folders = pathEnv ? `PATH (${pathEnv})` : 'PATH (it is empty)';
    throw new UsageError(`pandoc not found: no "${given}" in any folder of ${folders}; give its path, or, ${FALLBACK}`);
  }
  const path = resolve(cwd, found);
  return { path, shown: `${path} (found on PATH for "${given}")` };
}
