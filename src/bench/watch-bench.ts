// The watch loop's figure: after a first build, one module of a 40-module
// manual is saved; how long until its pages are rebuilt (pandoc and Typst warm,
// as in a running `promokit watch`).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManuals } from '../editions/build.js';
import { loadProject } from '../model/load-project.js';
import { writeCorpus } from './corpus.js';

export interface WatchBench {
  modules: number;
  firstBuildMs: number;
  /** One module's es.md edited, its module edition rebuilt. */
  rerenderMs: number;
  converted: number;
  compiled: number;
}

export async function benchWatch(modules = 40): Promise<WatchBench> {
  const root = writeCorpus(modules);
  const out = join(root, 'out');
  try {
    const t0 = performance.now();
    await buildManuals(loadProject(root).project, { out, langs: ['es'], layout: 'single' });
    const firstBuildMs = performance.now() - t0;
    const id = `${String(Math.ceil(modules / 2)).padStart(2, '0')}-modulo-${Math.ceil(modules / 2)}`;
    const file = join(root, 'manuals', 'bench', 'modules', id, 'es.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Señales {#signs}', 'Una frase nueva.\n\n## Señales {#signs}'));
    const t1 = performance.now();
    const r = await buildManuals(loadProject(root).project, { out, manuals: ['bench'], langs: ['es'], moduleEditions: [id] });
    return { modules, firstBuildMs, rerenderMs: performance.now() - t1, converted: r.stats.converted, compiled: r.stats.compiled };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
