// The versions that go into cache keys are read from the installed packages'
// own package.json files: a key without the real version would survive an
// upgrade of the tool and hand back what the old one made.
import { readFileSync } from 'node:fs';

/** A version as npm writes it: `0.7.0`, `1.1.0-rc.1`, `2.0.0+build.5`. */
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The `version` of the package.json at `file`; undefined when it cannot be read or is not a version. */
export function packageJsonVersion(file: string): string | undefined {
  try {
    const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' && SEMVER.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}
