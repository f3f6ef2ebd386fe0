// Cache entries carry their size and sha256 (src/cache/build-cache.ts): a damaged
// entry reads as a miss and is deleted.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, openEntry, sealEntry } from '../../src/cache/build-cache.js';

describe('cache entries', () => {
  it('open to what was sealed, and to nothing when cut, changed, or not an entry', () => {
    const sealed = sealEntry('#let pk-intro = []\n');
    expect(openEntry(sealed)?.toString()).toBe('#let pk-intro = []\n');
    expect(openEntry(sealEntry(new Uint8Array()))?.byteLength).toBe(0);
    expect(openEntry(sealed.subarray(0, sealed.length - 1))).toBeUndefined();
    const flipped = Buffer.from(sealed);
    const at = flipped.length - 2;
    flipped.writeUInt8(flipped.readUInt8(at) ^ 1, at);
    expect(openEntry(flipped)).toBeUndefined();
    expect(openEntry(Buffer.from('%PDF-1.7 an entry of an older promokit'))).toBeUndefined();
    expect(openEntry(Buffer.alloc(0))).toBeUndefined();
  });

  it('deletes a damaged entry when reading it', async () => {
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-cache-')));
    await cache.write('pdf', 'a.pdf', new Uint8Array([1, 2, 3]));
    expect([...((await cache.read('pdf', 'a.pdf')) ?? [])]).toEqual([1, 2, 3]);
    const path = join(cache.dir, 'pdf', 'a.pdf');
    writeFileSync(path, readFileSync(path).subarray(0, 10));
    expect(await cache.read('pdf', 'a.pdf')).toBeUndefined();
    expect(existsSync(path)).toBe(false);
    expect(cache.discarded).toEqual(['pdf/a.pdf']);
  });
});

describe('kinds kept out of the cache', () => {
  it('are neither read, written, counted as present nor pruned; other kinds work as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-cache-off-'));
    const on = new BuildCache(dir);
    await on.write('pdf', 'old.pdf', 'made when the version was known');
    await on.setOutputRecord('/out/a.pdf', { key: 'k', sha256: 's', pages: 3 });

    const off = new BuildCache(dir, ['pdf', 'outputs']);
    expect(await off.read('pdf', 'old.pdf')).toBeUndefined();
    expect(await off.has('pdf', 'old.pdf')).toBe(false);
    expect(await off.outputRecord('/out/a.pdf')).toBeUndefined();
    await off.write('pdf', 'new.pdf', 'x');
    await off.setOutputRecord('/out/b.pdf', { key: 'k', sha256: 's', pages: 1 });
    expect(existsSync(join(dir, 'pdf', 'new.pdf'))).toBe(false);
    expect(await on.outputRecord('/out/b.pdf')).toBeUndefined();

    await off.write('typst', 'kept.typ', 'a');
    await on.write('typst', 'stale.typ', 'b');
    expect(await off.prune(['typst', 'pdf'])).toBe(1);
    expect(existsSync(join(dir, 'typst', 'kept.typ'))).toBe(true);
    expect(existsSync(join(dir, 'typst', 'stale.typ'))).toBe(false);
    expect(existsSync(join(dir, 'pdf', 'old.pdf'))).toBe(true);
    expect((await on.read('pdf', 'old.pdf'))?.toString()).toBe('made when the version was known');
  });
});
