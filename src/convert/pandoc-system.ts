// A system pandoc, driven through pandoc-wrapper: selected with --pandoc <path>
// or PROMOKIT_PANDOC. Its version is checked before the first conversion: the
// Typst writer and the Lua API promokit relies on need pandoc 3.1.2 or newer.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { registerTemp } from '../temp-files.js';
import { moduleFilter, pandocOptions, PandocError, type Pandoc, type ToTypstOptions } from './pandoc.js';

export const MIN_PANDOC: readonly [number, number, number] = [3, 1, 2];

type PandocJS = import('pandoc-wrapper');

/** `pandoc 3.1.12.2` (first line of --version) → [3, 1, 12]; undefined if not a pandoc. */
export function parsePandocVersion(firstLine: string): [number, number, number] | undefined {
  const m = /^pandoc(?:\.exe)?\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?/i.exec(firstLine.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

export function versionAtLeast(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < min.length; i++) {
    const a = v[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

const FALLBACK = 'to use the pandoc built into promokit instead, leave out --pandoc and unset PROMOKIT_PANDOC';

class SystemPandoc implements Pandoc {
  name: string;
  private checked: Promise<void> | undefined;
  private dir: string | undefined;

  constructor(
    private readonly path: string,
    private readonly wrapper: PandocJS,
  ) {
    this.name = `pandoc (${path})`;
  }

  /** Runs `pandoc --version` once; refuses a pandoc older than 3.1.2. */
  check(): Promise<void> {
    this.checked ??= (async () => {
      let first = '';
      try {
        const out = await this.wrapper.run(['--version'], { reject: false, timeout: 30_000 });
        first = out.stdout.split('\n')[0] ?? '';
      } catch (err) {
        throw new UsageError(`cannot run pandoc at ${this.path}: ${err instanceof Error ? err.message : String(err)}; ${FALLBACK}`);
      }
      const version = parsePandocVersion(first);
      if (!version) {
        throw new UsageError(`${this.path} does not look like pandoc ("${first || 'no output'}" from --version); ${FALLBACK}`);
      }
      const shown = version.join('.');
      if (!versionAtLeast(version, MIN_PANDOC)) {
        throw new UsageError(
          `pandoc at ${this.path} is version ${shown}, but promokit needs pandoc ${MIN_PANDOC.join('.')} or newer ` +
            `(older versions lack the Typst writer features it uses); install a newer one (https://pandoc.org/installing.html), or, ${FALLBACK}`,
        );
      }
      this.name = `pandoc ${shown} (${this.path})`;
    })();
    return this.checked;
  }

  /**
   * The folder holding the Lua filter and the defaults files, made once and
   * registered as temporary (src/temp-files.ts): removed on exit and on
   * Ctrl-C/SIGTERM. Made again if a signal removed it while the process
   * carries on (watch).
   */
  private workDir(): string {
    if (!this.dir || !existsSync(this.dir)) {
      this.dir = mkdtempSync(join(tmpdir(), 'promokit-pandoc-'));
      registerTemp(this.dir);
      writeFileSync(join(this.dir, 'promokit-module.lua'), moduleFilter());
    }
    return this.dir;
  }

  async toTypst(markdown: string, opts: ToTypstOptions): Promise<string> {
    await this.check();
    const dir = this.workDir();
    const defaults = join(dir, `defaults-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
    // The same options object as pandoc-wasm, as a defaults file (YAML ⊃ JSON).
    writeFileSync(defaults, JSON.stringify(pandocOptions(opts, join(dir, 'promokit-module.lua'))));
    try {
      const out = await this.wrapper.run([`--defaults=${defaults}`], { input: markdown, reject: false, timeout: 120_000 });
      if (out.exitCode !== 0 || out.stdout === '') {
        throw new PandocError(out.stderr.trim() || out.shortMessage || `pandoc exited with code ${String(out.exitCode)}`);
      }
      return out.stdout;
    } finally {
      rmSync(defaults, { force: true });
    }
  }
}

/**
 * A system pandoc at `path`. The version is checked on `ready()` (the build
 * calls it before anything else), so an old pandoc is refused up front.
 */
export async function systemPandoc(path: string, cwd = process.cwd()): Promise<Pandoc> {
  const abs = resolve(cwd, path);
  const require = createRequire(import.meta.url);
  const PandocJSCtor = require('pandoc-wrapper') as typeof import('pandoc-wrapper');
  // pandoc-wrapper reads the binary's path from the environment only.
  const saved = process.env.PANDOC_BINARY_PATH;
  let wrapper: PandocJS;
  try {
    process.env.PANDOC_BINARY_PATH = abs;
    wrapper = new PandocJSCtor({ runAsAsync: true });
  } catch {
    throw new UsageError(`pandoc not found at ${path}; ${FALLBACK}`);
  } finally {
    if (saved === undefined) delete process.env.PANDOC_BINARY_PATH;
    else process.env.PANDOC_BINARY_PATH = saved;
  }
  const pandoc = new SystemPandoc(abs, wrapper);
  await pandoc.check();
  return pandoc;
}
