// A system pandoc, selected with --pandoc <path or name> or PROMOKIT_PANDOC,
// run with node:child_process (src/convert/run-binary.ts says why not
// pandoc-wrapper). Before the first conversion its `--version` is read: the
// Typst writer and the Lua API promokit relies on need pandoc 3.1.2 or newer.
// Refusals are usage errors (exit 2); `where` is the path found, with
// `(found on PATH for "pandoc")` when it came from PATH:
//
//   cannot run pandoc at <where>: <Node's error, such as spawn <path> EACCES>; <FALLBACK>
//   cannot run pandoc at <where>: `--version` exited with code <n>[: "<its stderr>"]; <FALLBACK>
//   <where> does not look like pandoc: `--version` printed "<its first line>"; <FALLBACK>
//   pandoc at <where> is version <v>, but promokit needs pandoc 3.1.2 or newer
//     (older versions lack the Typst writer features it uses); install a newer
//     one (https://pandoc.org/installing.html), or, <FALLBACK>
//
// (one line; not-found messages: src/convert/pandoc-locate.ts).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { registerTemp } from '../temp-files.js';
import { FALLBACK, locatePandoc } from './pandoc-locate.js';
import { moduleFilter, pandocOptions, PandocError, type Pandoc, type ToTypstOptions } from './pandoc.js';
import { endText, runBinary, type BinaryRun } from './run-binary.js';

export const MIN_PANDOC: readonly [number, number, number] = [3, 1, 2];

const VERSION_TIMEOUT_MS = 30_000;
const CONVERT_TIMEOUT_MS = 120_000;

export interface PandocVersion {
  /** As pandoc prints it: `3.1.12.2`. */
  text: string;
  /** The first three numbers, for comparing: [3, 1, 12]. */
  numbers: [number, number, number];
}

/** `pandoc 3.1.12.2` (first line of --version) → its version; undefined if not a pandoc. */
export function parsePandocVersion(firstLine: string): PandocVersion | undefined {
  const m = /^pandoc(?:\.exe)?\s+((\d+(?:\.\d+)*)(?:[-+~][0-9A-Za-z.+~-]*)?)(?=\s|$)/i.exec(firstLine.trim());
  if (!m) return undefined;
  const n = m[2]!.split('.').map(Number);
  return { text: m[1]!, numbers: [n[0]!, n[1] ?? 0, n[2] ?? 0] };
}

export function versionAtLeast(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < min.length; i++) {
    const a = v[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const quoted = (s: string, max = 200): string => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

class SystemPandoc implements Pandoc {
  name: string;
  /** `pandoc 3.1.12.2`: set by check(), which systemPandoc() awaits. */
  version: string | undefined;
  private checked: Promise<void> | undefined;
  private dir: string | undefined;
  // At most one pandoc per core at a time: a build asks for every module at
  // once, and a hundred processes sharing two cores would each run into the
  // timeout.
  private readonly limit = availableParallelism();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly path: string,
    private readonly shown: string,
  ) {
    this.name = `pandoc (${path})`;
  }

  /** Runs `pandoc --version` once; refuses what is not pandoc, or is older than 3.1.2. */
  check(): Promise<void> {
    this.checked ??= (async () => {
      let run: BinaryRun;
      try {
        run = await runBinary(this.path, ['--version'], { timeoutMs: VERSION_TIMEOUT_MS });
      } catch (err) {
        throw new UsageError(`cannot run pandoc at ${this.shown}: ${reason(err)}; ${FALLBACK}`);
      }
      if (run.code !== 0) {
        const said = run.stderr.trim() ? `: ${quoted(run.stderr.trim())}` : '';
        throw new UsageError(`cannot run pandoc at ${this.shown}: \`--version\` ${endText(run, VERSION_TIMEOUT_MS)}${said}; ${FALLBACK}`);
      }
      const first = run.stdout.split('\n')[0]?.trim() ?? '';
      const version = parsePandocVersion(first);
      if (!version) throw new UsageError(`${this.shown} does not look like pandoc: \`--version\` printed ${quoted(first)}; ${FALLBACK}`);
      if (!versionAtLeast(version.numbers, MIN_PANDOC)) {
        throw new UsageError(
          `pandoc at ${this.shown} is version ${version.text}, but promokit needs pandoc ${MIN_PANDOC.join('.')} or newer ` +
            `(older versions lack the Typst writer features it uses); install a newer one (https://pandoc.org/installing.html), or, ${FALLBACK}`,
        );
      }
      this.version = `pandoc ${version.text}`;
      this.name = `pandoc ${version.text} (${this.path})`;
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

  /** Runs `work` when a slot is free; a finishing run hands its slot to the next in line. */
  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  async toTypst(markdown: string, opts: ToTypstOptions): Promise<string> {
    await this.check();
    return this.inTurn(() => this.convert(markdown, opts));
  }

  private async convert(markdown: string, opts: ToTypstOptions): Promise<string> {
    const dir = this.workDir();
    const defaults = join(dir, `defaults-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
    // The same options object as pandoc-wasm, as a defaults file (YAML ⊃ JSON).
    writeFileSync(defaults, JSON.stringify(pandocOptions(opts, join(dir, 'promokit-module.lua'))));
    try {
      let run: BinaryRun;
      try {
        run = await runBinary(this.path, [`--defaults=${defaults}`], { input: markdown, timeoutMs: CONVERT_TIMEOUT_MS });
      } catch (err) {
        throw new Error(`cannot run pandoc at ${this.path}: ${reason(err)}`);
      }
      const said = run.stderr.trim();
      // Stopped from outside (a timeout, a signal): not the Markdown's fault.
      if (run.code === null) throw new Error(`pandoc at ${this.path} ${endText(run, CONVERT_TIMEOUT_MS)}${said ? `: ${said}` : ''}`);
      if (run.code !== 0 || run.stdout === '') {
        const how = run.code !== 0 ? endText(run, CONVERT_TIMEOUT_MS) : 'printed nothing';
        throw new PandocError(`${said || 'no message'} (pandoc at ${this.path} ${how})`);
      }
      return run.stdout;
    } finally {
      rmSync(defaults, { force: true });
    }
  }
}

/**
 * The system pandoc `given` names (a name looked up on PATH, or a path from
 * `cwd`), its version checked: an unusable one is refused up front with a
 * UsageError. `pathEnv` defaults to the process's PATH.
 */
export async function systemPandoc(given: string, where: { cwd?: string; pathEnv?: string } = {}): Promise<Pandoc> {
  const found = locatePandoc(given, where);
  const pandoc = new SystemPandoc(found.path, found.shown);
  await pandoc.check();
  return pandoc;
}
