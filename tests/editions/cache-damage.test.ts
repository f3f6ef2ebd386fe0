// A damaged entry in out/.cache (cut short, or garbage) is deleted and
// rebuilt: the next build succeeds and writes the bytes of a clean build.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { openEntry } from '../../src/cache/build-cache.js';
import { demoManual, load, writeProject } from './fixture.js';

type Damage = 'truncate' | 'garbage';

function damage(path: string, how: Damage): void {
  const bytes = readFileSync(path);
  if (how === 'truncate') writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
  else writeFileSync(path, Buffer.concat([bytes.subarray(0, 40), Buffer.from('\0garbage\0'.repeat(50)), bytes.subarray(40 + 450)]));
}

describe('damaged cache entries', () => {
  let root: string;
  let clean: Buffer;
  const out = (): string => join(root, 'out');
  const pdf = (): string => join(out(), 'demo', 'demo.es.pdf');
  const build = () => buildManuals(load(root), { out: out(), langs: ['es'], layout: 'single' });

  beforeAll(async () => {
    root = writeProject(demoManual('demo', 2));
    const r = await build();
    expect(r.failures).toEqual([]);
    clean = readFileSync(pdf());
  }, 120_000);

  for (const how of ['truncate', 'garbage'] as const) {
    for (const kind of ['typst', 'pdf', 'outputs'] as const) {
      it(`${kind} entries, ${how}: rebuilt, same bytes as a clean build`, async () => {
        const dir = join(out(), '.cache', kind);
        const names = readdirSync(dir);
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) damage(join(dir, name), how);
        // Without the output, the build must read the cache (an up-to-date output is not rebuilt).
        rmSync(pdf());
        const r = await build();
        expect(r.failures.map((f) => f.format())).toEqual([]);
        expect(Buffer.compare(readFileSync(pdf()), clean)).toBe(0);
        if (kind === 'typst') expect(r.stats.converted).toBe(2);
        // Every piece of the edition set again: its modules, glossary, cover and contents.
        if (kind === 'pdf') expect(r.stats.typeset.modules + r.stats.typeset.fronts).toBeGreaterThan(1);
        // Every entry is whole again.
        for (const name of readdirSync(dir)) {
          const entry = readFileSync(join(dir, name));
          expect(openEntry(entry), `${kind}/${name}`).toBeDefined();
          expect(statSync(join(dir, name)).size).toBe(entry.length);
        }
      }, 120_000);
    }
  }
});
