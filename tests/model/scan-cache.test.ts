// Markdown scans kept between loads (src/model/scan-cache.ts): a project read
// back from the cache is the project parsed afresh, a changed file is parsed
// again, and scans no file uses any more are removed.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { openEntry, sealEntry } from '../../src/cache/build-cache.js';
import { loadProject } from '../../src/model/load-project.js';
import { ScanCache, scanKey } from '../../src/model/scan-cache.js';
import { demoManual, writeProject } from '../editions/fixture.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = (): string => join(mkdtempSync(join(tmpdir(), 'promokit-scan-')), 'scan');
const modulesOf = (root: string, scans?: ScanCache) => loadProject(root, [], root, scans).project.manuals.map((m) => m.modules);

describe('the scan cache', () => {
  it('gives the sample manuals exactly as parsed afresh, from the second load on', async () => {
    const dir = cacheDir();
    const fresh = modulesOf(REPO);
    const first = new ScanCache(dir);
    expect(modulesOf(REPO, first)).toStrictEqual(fresh);
    await first.save();
    const files = fresh.flat().flatMap((m) => [...Object.values(m.files), ...Object.values(m.slides)]).length;
    expect(readdirSync(dir)).toHaveLength(files);
    expect(modulesOf(REPO, new ScanCache(dir))).toStrictEqual(fresh);
  }, 60_000);

  it('reads a scan back instead of parsing, parses a changed file again and drops its old scan', async () => {
    const root = writeProject(demoManual('demo', 1));
    const dir = cacheDir();
    const first = new ScanCache(dir);
    const [modules] = modulesOf(root, first);
    await first.save();
    const file = modules![0]!.files.es!;
    const saved = join(dir, `${scanKey(file.body, file.bodyLine)}.v8`);
    const before = readdirSync(dir).sort();
    expect(before).toContain(`${scanKey(file.body, file.bodyLine)}.v8`);

    // What the cache holds is what the load returns.
    const scan = deserialize(openEntry(readFileSync(saved))!) as { headings: { text: string }[] };
    scan.headings[0]!.text = 'Leído de la caché';
    writeFileSync(saved, sealEntry(serialize(scan)));
    expect(modulesOf(root, new ScanCache(dir))[0]![0]!.files.es!.headings[0]!.text).toBe('Leído de la caché');
    // A damaged entry is not read: the file is parsed again.
    const bytes = readFileSync(saved);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 3) ^ 0xff, bytes.length - 3);
    writeFileSync(saved, bytes);
    expect(modulesOf(root, new ScanCache(dir))[0]![0]!.files.es!.headings[0]!.text).toBe(file.headings[0]!.text);

    appendFileSync(join(root, file.file), '\n## Otra sección {#otra}\n\nMás texto.\n');
    const again = new ScanCache(dir);
    const changed = modulesOf(root, again)[0]![0]!.files.es!;
    expect(changed.headings.map((h) => h.text)).toContain('Otra sección');
    await again.save();
    const after = readdirSync(dir).sort();
    expect(after).toHaveLength(before.length);
    expect(after).not.toContain(`${scanKey(file.body, file.bodyLine)}.v8`);
    expect(after).toContain(`${scanKey(changed.body, changed.bodyLine)}.v8`);
  }, 60_000);

  it('keys a body by its first line too', () => {
    expect(scanKey('## A\n', 3)).not.toBe(scanKey('## A\n', 4));
    expect(scanKey('## A\n', 3)).toBe(scanKey('## A\n', 3));
  });
});
