// Large editions joined on worker threads (src/editions/join-pool.ts): the
// bytes are those of a join on the main thread; a change to one module sets
// that module's piece alone again, and the edition then equals a cold build
// of the same sources byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals, joinThreads, type BuildResult } from '../../src/editions/build.js';
import { JoinPool, WORKER_PIECES } from '../../src/editions/join-pool.js';
import { demoManual, load, moduleMd, writeFiles, writeProject } from './fixture.js';
import { readPages } from './pdf-read.js';

/** Modules enough that the es edition (its modules and the glossary) is joined on a worker. */
const MODULES = WORKER_PIECES;

const pdf = (root: string, out: string): Buffer => readFileSync(join(root, out, 'demo', 'demo.es.pdf'));

describe('an edition of many pieces', () => {
  let root: string;
  let onWorker: BuildResult;

  beforeAll(async () => {
    root = writeProject(demoManual('demo', MODULES));
    onWorker = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single', jobs: 2, joinThreads: 2 });
  }, 600_000);

  it('is joined on a worker with two jobs and an idle core, otherwise on the main thread', () => {
    expect(new JoinPool(joinThreads(2, 1)).uses(MODULES + 1)).toBe(true);
    expect(new JoinPool(joinThreads(2, 1)).uses(MODULES - 1)).toBe(false);
    // One job, or no idle core: joined on the main thread.
    expect(new JoinPool(joinThreads(1, 2)).uses(MODULES + 1)).toBe(false);
    expect(new JoinPool(joinThreads(2, 0.4)).uses(MODULES + 1)).toBe(false);
    expect(onWorker.failures).toEqual([]);
    expect(onWorker.stats.typeset).toEqual({ modules: MODULES + 1, cached: 0, fronts: 1 });
  });

  it('comes out the same from the worker as from the main thread, numbered on every page', async () => {
    const onMain = await buildManuals(load(root), { out: join(root, 'out-main'), langs: ['es'], layout: 'single', jobs: 1, joinThreads: 0 });
    expect(onMain.failures).toEqual([]);
    expect(Buffer.compare(pdf(root, 'out'), pdf(root, 'out-main'))).toBe(0);
    const pages = await readPages(new Uint8Array(pdf(root, 'out')));
    const foot = (i: number): string | undefined => pages[i]!.items.find((it) => it.y < 72 && /^\d+$/.test(it.str.trim()))?.str;
    pages.forEach((p, i) => {
      if (i > 0 && p.text.trim() !== '') expect(foot(i), `page ${i + 1}`).toBe(String(i + 1));
    });
  }, 600_000);

  it('sets only the changed module again, and equals a cold build of the same sources', async () => {
    writeFiles(root, { 'manuals/demo/modules/07-tema-7/es.md': moduleMd('es', 7, '\nUna línea más.\n') });
    const again = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single', jobs: 2, joinThreads: 2 });
    expect(again.failures).toEqual([]);
    expect(again.stats.converted).toBe(1);
    expect(again.stats.typeset.modules).toBe(1);
    expect(again.stats.typeset.cached).toBe(MODULES);
    const cold = await buildManuals(load(root), { out: join(root, 'out-cold'), langs: ['es'], layout: 'single', jobs: 2, joinThreads: 2 });
    expect(cold.stats.typeset.cached).toBe(0);
    expect(Buffer.compare(pdf(root, 'out'), pdf(root, 'out-cold'))).toBe(0);
  }, 600_000);
});
