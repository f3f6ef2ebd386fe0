// The build cache under out/.cache: conversions and compiled PDFs stored by
// the hash of everything they were made from, and for each output the key it
// was last built from. Entries are only ever added whole (write-atomic), so a
// build stopped half-way leaves a usable cache. Each entry starts with a line
// holding the size and sha256 of what follows; an entry that does not match
// (a full disk, a copy cut short, a hand edit) is deleted and read as a miss,
// so it is rebuilt instead of failing the build.
// A stage whose tool version could not be read (src/cache/package-version.ts)
// is kept out of the cache altogether: its kinds are `off`.
// With a remote (remote-cache.ts, --cache-url), a local miss is looked up
// there and a hit kept locally, and (with --cache-write) what is written is
// sent there too: every kind of entry, except the records of which file is
// in this out/ folder (`outputs`), which say nothing about another machine's.
import { createHash } from 'node:crypto';
import { access, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../write-atomic.js';
import type { RemoteCache } from './remote-cache.js';

/** sha256 (hex) of the parts, each length-prefixed so that ("ab","c") ≠ ("a","bc"). */
export function hashParts(parts: ReadonlyArray<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`${bytes.byteLength}:`);
    h.update(bytes);
  }
  return h.digest('hex');
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** First line of every entry: `promokit-cache 1 <bytes> <sha256>`. */
const HEADER = 'promokit-cache 1';
const HEADER_MAX = 128;

/** An entry's bytes: the header line, then the data. */
export function sealEntry(data: Uint8Array | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.concat([Buffer.from(`${HEADER} ${bytes.byteLength} ${sha256(bytes)}\n`, 'utf8'), bytes]);
}

/** The data of an entry, or undefined when it is not whole and unchanged. */
export function openEntry(entry: Buffer): Buffer | undefined {
  const nl = entry.subarray(0, HEADER_MAX).indexOf(0x0a);
  if (nl < 0) return undefined;
  const m = /^promokit-cache 1 (\d+) ([0-9a-f]{64})$/.exec(entry.subarray(0, nl).toString('latin1'));
  if (!m) return undefined;
  const data = entry.subarray(nl + 1);
  if (data.byteLength !== Number(m[1]) || sha256(data) !== m[2]) return undefined;
  return data;
}

export interface OutputRecord {
  /** Hash of every input of the output. */
  key: string;
  /** Hash of the bytes written. */
  sha256: string;
  pages: number;
}

/** Kinds that stay in this out/ folder: never read from or sent to a remote. */
const LOCAL_ONLY = new Set(['outputs']);

export class BuildCache {
  private readonly off: ReadonlySet<string>;

  /**
   * `off`: kinds this cache neither reads, writes nor prunes (a stage whose
   * tool version is unknown). `remote`: a shared HTTP cache behind this one.
   */
  constructor(
    readonly dir: string,
    off: readonly string[] = [],
    readonly remote?: RemoteCache,
  ) {
    this.off = new Set(off);
  }

  private remoteFor(kind: string): RemoteCache | undefined {
    return LOCAL_ONLY.has(kind) ? undefined : this.remote;
  }

  /** Entries the remote did not have: not asked for again in this run (has() then read()). */
  private readonly remoteMissed = new Set<string>();

  /** An entry from the remote, kept locally when found; undefined without a remote or on a miss. */
  private async fetchRemote(kind: string, name: string): Promise<Buffer | undefined> {
    const remote = this.remoteFor(kind);
    if (!remote || this.remoteMissed.has(`${kind}/${name}`)) return undefined;
    const data = await remote.get(`${kind}/${name}`);
    if (data) await writeFileAtomic(this.path(kind, name), sealEntry(data));
    else this.remoteMissed.add(`${kind}/${name}`);
    return data;
  }

  private path(kind: string, name: string): string {
    return join(this.dir, kind, name);
  }

  private readonly used = new Set<string>();

  /** Entries found damaged and deleted by this instance (`kind/name`). */
  readonly discarded: string[] = [];

  /** An entry's data; undefined when missing, or damaged (then it is deleted). */
  async read(kind: string, name: string): Promise<Buffer | undefined> {
    if (this.off.has(kind)) return undefined;
    this.used.add(`${kind}/${name}`);
    let entry: Buffer;
    try {
      entry = await readFile(this.path(kind, name));
    } catch {
      return this.fetchRemote(kind, name);
    }
    const data = openEntry(entry);
    if (!data) {
      this.discarded.push(`${kind}/${name}`);
      await rm(this.path(kind, name), { force: true }).catch(() => undefined);
      return this.fetchRemote(kind, name);
    }
    return data;
  }

  /**
   * Whether an entry exists, without marking it used. Not found locally, it
   * is looked up in the remote and, when there, kept locally (read once).
   */
  async has(kind: string, name: string): Promise<boolean> {
    if (this.off.has(kind)) return false;
    const local = await access(this.path(kind, name)).then(
      () => true,
      () => false,
    );
    return local || (await this.fetchRemote(kind, name)) !== undefined;
  }

  async write(kind: string, name: string, data: Uint8Array | string): Promise<void> {
    if (this.off.has(kind)) return;
    this.used.add(`${kind}/${name}`);
    await writeFileAtomic(this.path(kind, name), sealEntry(data));
    await this.remoteFor(kind)?.put(`${kind}/${name}`, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  /** What an output was last built from, or undefined. */
  async outputRecord(output: string): Promise<OutputRecord | undefined> {
    const bytes = await this.read('outputs', `${sha256(output).slice(0, 32)}.json`);
    if (!bytes) return undefined;
    try {
      const rec = JSON.parse(bytes.toString('utf8')) as Partial<OutputRecord>;
      if (typeof rec.key === 'string' && typeof rec.sha256 === 'string' && typeof rec.pages === 'number') {
        return rec as OutputRecord;
      }
    } catch {
      // A damaged record is no record.
    }
    return undefined;
  }

  async setOutputRecord(output: string, rec: OutputRecord): Promise<void> {
    await this.write('outputs', `${sha256(output).slice(0, 32)}.json`, `${JSON.stringify(rec)}\n`);
  }

  /** Marks an entry as still wanted, without reading it (see prune). */
  keep(kind: string, name: string): void {
    this.used.add(`${kind}/${name}`);
  }

  /** Removes the entries of `kinds` this run neither read nor wrote (call after a build of everything). */
  async prune(kinds: readonly string[]): Promise<number> {
    let removed = 0;
    for (const kind of kinds) {
      // Entries of an `off` kind were made by a build that knew its tool's version: left alone.
      if (this.off.has(kind)) continue;
      const names = await readdir(join(this.dir, kind)).catch(() => [] as string[]);
      for (const name of names) {
        if (this.used.has(`${kind}/${name}`)) continue;
        await rm(join(this.dir, kind, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
