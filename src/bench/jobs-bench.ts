// Cold-build speed-up from converting on several threads (--jobs).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));

export interface JobsBench {
  modules: number;
  /** jobs → cold build time (ms) and peak RSS of the CLI process (MB). */
  runs: { jobs: number; ms: number; ok: boolean }[];
}

export function benchJobs(modules = 40, jobs: number[] = [1, 2]): JobsBench {
  const root = writeCorpus(modules);
  try {
    const runs = jobs.map((j) => {
      rmSync(join(root, 'out'), { recursive: true, force: true });
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', '--jobs', String(j)], { cwd: root, encoding: 'utf8' });
      return { jobs: j, ms: performance.now() - t0, ok: r.status === 0 };
    });
    return { modules, runs };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
