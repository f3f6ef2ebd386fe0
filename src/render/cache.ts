// The build cache under out/.cache: conversions and compiled PDFs stored by
// the hash of everything they were made from, and for each output the key it
// was last built from. Entries are only ever added whole (write-atomic), so a
// build stopped half-way leaves a usable cache.
import { createHash } from 'node:crypto';
import { access, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../write-atomic.js';

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

export interface OutputRecord {
  /** Hash of every input of the output. */
  key: string;
  /** Hash of the bytes written. */
  sha256: string;
  pages: number;
}

export class BuildCache {
  constructor(readonly dir: string) {}

  private path(kind: string, name: string): string {
    return join(this.dir, kind, name);
  }

  private readonly used = new Set<string>();

  async read(kind: string, name: string): Promise<Buffer | undefined> {
    this.used.add(`${kind}/${name}`);
    try {
      return await readFile(this.path(kind, name));
    } catch {
      return undefined;
    }
  }

  /** Whether an entry exists, without reading it or marking it used. */
  async has(kind: string, name: string): Promise<boolean> {
    return access(this.path(kind, name)).then(
      () => true,
      () => false,
    );
  }

  async write(kind: string, name: string, data: Uint8Array | string): Promise<void> {
    this.used.add(`${kind}/${name}`);
    await writeFileAtomic(this.path(kind, name), data);
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
