// The versions that go into cache keys (src/cache/package-version.ts) and the
// Typst compiler's (src/typeset/compile.ts): read from the installed packages,
// and undefined, never a stand-in such as "unknown", when they cannot be read.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageJsonVersion } from '../../src/cache/package-version.js';
import { typstCompilerVersion } from '../../src/typeset/compile.js';

const require = createRequire(import.meta.url);

describe('versions for cache keys', () => {
  it('are the version of a package.json, and undefined when there is none to read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-version-'));
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    expect(packageJsonVersion(file('a.json', '{"version":"1.2.3"}'))).toBe('1.2.3');
    expect(packageJsonVersion(file('b.json', '{"version":"1.1.0-rc.1+build.5"}'))).toBe('1.1.0-rc.1+build.5');
    expect(packageJsonVersion(file('c.json', '{"version":"unknown"}'))).toBeUndefined();
    expect(packageJsonVersion(file('d.json', '{"name":"x"}'))).toBeUndefined();
    expect(packageJsonVersion(file('e.json', '{"version":'))).toBeUndefined();
    expect(packageJsonVersion(join(dir, 'missing.json'))).toBeUndefined();
  });

  it('of Typst is the installed typst-ts compiler package’s, which pins its native compiler to it', () => {
    const pkgFile = require.resolve('@myriaddreamin/typst-ts-node-compiler/package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string; optionalDependencies: Record<string, string> };
    expect(typstCompilerVersion()).toBe(pkg.version);
    // Every platform build is pinned to exactly that version: the package's version is the compiler's.
    expect(new Set(Object.values(pkg.optionalDependencies))).toEqual(new Set([pkg.version]));
  });
});
