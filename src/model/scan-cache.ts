// Markdown scans kept on disk (a build's <out>/.cache/scan/), each named by a
// hash of the body, its first line and the code that scans it: a build after
// a change to one module parses that file's Markdown alone and reads the
// other files' scans back. Measured on the large manual (80 module files),
// markdown-it and our scan took about 0.2 s of the project's load; the 80
// scans read back (3.9 MB) about 0.02 s. Kept in V8's serialization, not
// JSON, which would drop the properties that are undefined; sealed with their
// size and sha256 like every entry of the cache (a damaged one is parsed again
// and rewritten).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEntry, sealEntry } from '../cache/build-cache.js';
import { writeFileAtomic } from '../write-atomic.js';
import type { MarkdownScan } from './markdown.js';

/**
 * What a scan is made by: the text of the scanning code (model/markdown and
 * its folder, the limits), the parser packages' package.json and V8's version
 * (the serialization's), so that any change to these is a new key. Read once,
 * on first use.
 */
let fingerprint: string | undefined;
function scanFingerprint(): string {
  if (fingerprint === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    const ext = extname(fileURLToPath(import.meta.url));
    const folder = join(here, 'markdown');
    const code = [join(here, `markdown${ext}`), join(here, '..', `limits${ext}`), ...readdirSync(folder).filter((f) => f.endsWith(ext)).sort().map((f) => join(folder, f))];
    const require = createRequire(import.meta.url);
    const packages = ['markdown-it', 'markdown-it-deflist', 'markdown-it-footnote'].map((p) => require.resolve(`${p}/package.json`));
    const hash = createHash('sha256').update(`${process.versions.v8}\0`);
    for (const file of [...code, ...packages]) hash.update(readFileSync(file)).update('\0');
    fingerprint = hash.digest('hex');
  }
  return fingerprint;
}

/** The key of scanning `body`, whose first line is line `firstLine` of its file. */
export function scanKey(body: string, firstLine: number): string {
  return createHash('sha256').update(scanFingerprint()).update(`\0${firstLine}\0`).update(body).digest('hex');
}

export class ScanCache {
  private readonly used = new Set<string>();
  /** New scans, serialized at once: the model may change its objects later. */
  private readonly made = new Map<string, Uint8Array>();

  constructor(private readonly dir: string) {}

  /** A scan read back, or undefined (none, or damaged: the file is scanned again). */
  get(key: string): MarkdownScan | undefined {
    this.used.add(key);
    try {
      const data = openEntry(readFileSync(join(this.dir, `${key}.v8`)));
      return data ? (deserialize(data) as MarkdownScan) : undefined;
    } catch {
      return undefined;
    }
  }

  /** A scan to write (by save()). */
  set(key: string, scan: MarkdownScan): void {
    this.used.add(key);
    this.made.set(key, sealEntry(serialize(scan)));
  }

  /**
   * Writes the new scans and removes those no file used since this cache was
   * made (one whole project's load: a module's earlier versions). A cache
   * that cannot be written only makes the next load slower.
   */
  async save(): Promise<void> {
    const made = [...this.made];
    this.made.clear();
    await Promise.all(made.map(([key, bytes]) => writeFileAtomic(join(this.dir, `${key}.v8`), bytes).catch(() => undefined)));
    try {
      for (const name of readdirSync(this.dir)) {
        if (name.endsWith('.v8') && !this.used.has(name.slice(0, -'.v8'.length))) rmSync(join(this.dir, name), { force: true });
      }
    } catch {
      // Left for the next build to remove.
    }
  }
}

let active: ScanCache | undefined;

/** Runs `load` (synchronous: nothing else runs meanwhile) with `cache` as the scans' cache. */
export function withScanCache<T>(cache: ScanCache | undefined, load: () => T): T {
  const before = active;
  active = cache;
  try {
    return load();
  } finally {
    active = before;
  }
}

/** The cached scan of `body`, or `scan()`'s, then kept, when a cache is in use. */
export function cachedScan(body: string, firstLine: number, scan: () => MarkdownScan): MarkdownScan {
  const cache = active;
  if (!cache) return scan();
  const key = scanKey(body, firstLine);
  const hit = cache.get(key);
  if (hit) return hit;
  const made = scan();
  cache.set(key, made);
  return made;
}
