// An edition of many pieces (src/editions/join-edition.ts): numbered on
// every page; a change to one module sets that module's piece alone again,
// and the edition then equals a cold build of the same sources byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals, type BuildResult } from '../../src/editions/build.js';
import { demoManual, load, moduleMd, writeFiles, writeProject } from './fixture.js';
import { readPages } from './pdf-read.js';

/** Modules: with the glossary, 13 pieces, then the cover and contents. */
const MODULES = 12;

const pdf = (root: string, out: string): Buffer => readFileSync(join(root, out, 'demo', 'demo.es.pdf'));

describe('an edition of many pieces', () => {
  let root: string;
  let first: BuildResult;

  beforeAll(async () => {
    root = writeProject(demoManual('demo', MODULES));
    first = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single', jobs: 2 });
  }, 600_000);

  it('sets every piece once, and comes out the same with one job as with two, numbered on every page', async () => {
    expect(first.failures).toEqual([]);
    expect(first.stats.typeset).toEqual({ modules: MODULES + 1, cached: 0, fronts: 1 });
    const oneJob = await buildManuals(load(root), { out: join(root, 'out-one'), langs: ['es'], layout: 'single', jobs: 1 });
    expect(oneJob.failures).toEqual([]);
    expect(Buffer.compare(pdf(root, 'out'), pdf(root, 'out-one'))).toBe(0);
    const pages = await readPages(new Uint8Array(pdf(root, 'out')));
    const foot = (i: number): string | undefined => pages[i]!.items.find((it) => it.y < 72 && /^\d+$/.test(it.str.trim()))?.str;
    pages.forEach((p, i) => {
      if (i > 0 && p.text.trim() !== '') expect(foot(i), `page ${i + 1}`).toBe(String(i + 1));
    });
  }, 600_000);

  it('sets only the changed module again, and equals a cold build of the same sources', async () => {
    writeFiles(root, { 'manuals/demo/modules/07-tema-7/es.md': moduleMd('es', 7, '\nUna línea más.\n') });
    const again = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single', jobs: 2 });
    expect(again.failures).toEqual([]);
    expect(again.stats.converted).toBe(1);
    expect(again.stats.typeset.modules).toBe(1);
    expect(again.stats.typeset.cached).toBe(MODULES);
    const cold = await buildManuals(load(root), { out: join(root, 'out-cold'), langs: ['es'], layout: 'single', jobs: 2 });
    expect(cold.stats.typeset.cached).toBe(0);
    expect(Buffer.compare(pdf(root, 'out'), pdf(root, 'out-cold'))).toBe(0);
  }, 600_000);
});
