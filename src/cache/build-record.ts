// The record of a whole build: what `promokit build` read (every file of the
// project folder by path, size and time of change; the options; the
// environment it reads; promokit's own files and the engines' versions) and
// what it wrote. A build whose inputs match the record, and whose outputs are
// still on disk as written, has nothing to do: the CLI checks this before it
// loads the project, pandoc or Typst, and reports the outputs as up to date.
// Any doubt (a file touched, an output moved, a record unreadable) means a
// normal build, which still skips whatever its own cache holds.
import { createRequire } from 'node:module';
import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../write-atomic.js';
import { hashParts, openEntry, sealEntry, sha256 } from './build-cache.js';
import { packageJsonVersion } from './package-version.js';

/** Bump when what the record covers changes. */
const RECORD_VERSION = '1';

/** Folders of a project that are no input of a build (`.cache`: another output folder's cache). */
const SKIPPED = new Set(['.git', 'node_modules', '.cache']);

/** The environment a build reads (besides its options). */
const ENV = ['SOURCE_DATE_EPOCH', 'PROMOKIT_PANDOC', 'PROMOKIT_TYPESET_CHILD', 'PROMOKIT_TYPESET_TIMEOUT', 'PROMOKIT_WHOLE_DOCUMENTS'];

/** Packages whose version a build's outputs depend on. */
const ENGINES = ['@myriaddreamin/typst-ts-node-compiler', 'pandoc-wasm', 'pdf-lib'];

export interface RecordedOutput {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface WholeBuildRecord<T> {
  key: string;
  /** Folders outside the project the build may read (allow_paths), and the hash of their files. */
  outside?: { dirs: string[]; key: string };
  files: RecordedOutput[];
  /** What the build reported, to report again. */
  result: T;
}

/**
 * Each file under `dir` (not `skip`, nor .git, node_modules) as `path size
 * mtime`, sorted. Links are followed while they stay inside `within` (a real
 * path); one that leads out is recorded by its target's name only, never
 * read: the build refuses what it points at (allow_paths folders are keyed
 * apart, by foldersKey).
 */
async function listFiles(dir: string, skip: ReadonlySet<string>, within?: string, base = dir, depth = 0): Promise<string[]> {
  const entries = depth > 32 ? [] : await readdir(dir, { withFileTypes: true }).catch(() => []);
  const lines: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (SKIPPED.has(e.name) || skip.has(path)) continue;
    const rel = relative(base, path).split(sep).join('/');
    if (within !== undefined && e.isSymbolicLink()) {
      const real = await realpath(path).catch(() => undefined);
      if (real === undefined || (real !== within && !real.startsWith(within + sep))) {
        lines.push(`${rel} -> ${await readlink(path).catch(() => '?')}`);
        continue;
      }
    }
    const s = await stat(path).catch(() => undefined);
    if (s?.isDirectory()) lines.push(...(await listFiles(path, skip, within, base, depth + 1)));
    else if (s) lines.push(`${rel} ${s.size} ${s.mtimeMs}`);
  }
  return lines.sort();
}

/** The hash of the files under folders outside the project a build read (a manual's allow_paths). */
async function foldersKey(dirs: readonly string[]): Promise<string> {
  return hashParts((await Promise.all(dirs.map(async (d) => [d, ...(await listFiles(d, new Set()))]))).flat());
}

/** promokit's own folder (above dist/ or src/). */
function packageRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/**
 * The hash of every input of a build: the project folder's files (outside
 * `out`), `options`, the environment it reads, promokit's templates, locales
 * and compiled code, and the engines' versions.
 */
export async function wholeBuildKey(root: string, out: string, options: unknown): Promise<string> {
  const pkg = packageRoot();
  const require = createRequire(import.meta.url);
  const versions = ENGINES.map((name) => {
    try {
      return `${name} ${packageJsonVersion(require.resolve(`${name}/package.json`)) ?? '?'}`;
    } catch {
      return `${name} ?`;
    }
  });
  const [project, own] = await Promise.all([
    realpath(root).then((real) => listFiles(root, new Set([out]), real)),
    Promise.all(['templates', 'locales', 'dist', 'package.json'].map(async (p) => {
      const path = join(pkg, p);
      const s = await stat(path).catch(() => undefined);
      return s?.isDirectory() ? listFiles(path, new Set()) : [`${p} ${s?.size} ${s?.mtimeMs}`];
    })),
  ]);
  return hashParts([
    RECORD_VERSION,
    root,
    out,
    JSON.stringify(options),
    ...ENV.map((k) => `${k}=${process.env[k] ?? ''}`),
    ...versions,
    ...own.flat(),
    ...project,
  ]);
}

function recordPath(out: string, options: unknown): string {
  return join(out, '.cache', 'records', `${sha256(JSON.stringify(options)).slice(0, 32)}.json`);
}

/** The recorded result when `key` is what the record was made from and every output is on disk as written; else undefined. */
export async function recordedBuild<T>(out: string, options: unknown, key: string): Promise<T | undefined> {
  const bytes = await readFile(recordPath(out, options)).catch(() => undefined);
  const data = bytes && openEntry(bytes);
  if (!data) return undefined;
  let record: WholeBuildRecord<T>;
  try {
    record = JSON.parse(data.toString('utf8')) as WholeBuildRecord<T>;
  } catch {
    return undefined;
  }
  if (record.key !== key || !Array.isArray(record.files)) return undefined;
  if (record.outside && (await foldersKey(record.outside.dirs)) !== record.outside.key) return undefined;
  for (const f of record.files) {
    const s = await stat(f.path).catch(() => undefined);
    if (!s || s.size !== f.size || s.mtimeMs !== f.mtimeMs) return undefined;
  }
  return record.result;
}

/** Records a build that succeeded: its inputs' key, the files it wrote (or found up to date) and its result. */
export async function recordBuild<T>(out: string, options: unknown, key: string, paths: readonly string[], result: T, outsideDirs: readonly string[] = []): Promise<void> {
  const files: RecordedOutput[] = [];
  for (const path of paths) {
    const s = await stat(path).catch(() => undefined);
    if (!s) return;
    files.push({ path, size: s.size, mtimeMs: s.mtimeMs });
  }
  const dirs = [...new Set(outsideDirs)].sort();
  const record: WholeBuildRecord<T> = { key, files, result, ...(dirs.length ? { outside: { dirs, key: await foldersKey(dirs) } } : {}) };
  await writeFileAtomic(recordPath(out, options), sealEntry(JSON.stringify(record)));
}
