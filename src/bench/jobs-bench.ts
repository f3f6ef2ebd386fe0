// Cold-build speed-up from worker threads (--jobs): the generated corpus built
// cold with 1 and with N jobs, in turns, several times; medians are reported,
// because a shared 2-core machine varies by ±15 % from one run to the next.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './corpus.js';
import { runTimedCli } from './timed-cli.js';

export interface JobsRun {
  jobs: number;
  /** Median cold build time (ms) and the peak RSS of that process (MB, threads included). */
  ms: number;
  peakRssMb: number;
  ok: boolean;
  /** Every run's time, in the order run. */
  all: number[];
}

export interface JobsBench {
  modules: number;
  runs: JobsRun[];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchJobs(modules = 40, jobs: number[] = [1, 2], repeats = 3): JobsBench {
  const root = writeCorpus(modules);
  try {
    const seen = new Map<number, { ms: number; peakRssMb: number; ok: boolean }[]>(jobs.map((j) => [j, []]));
    for (let i = 0; i < repeats; i++) {
      for (const j of jobs) {
        rmSync(join(root, 'out'), { recursive: true, force: true });
        const r = runTimedCli(['build', '--quiet', '--jobs', String(j)], { cwd: root, env: { ...process.env, SOURCE_DATE_EPOCH: '', PROMOKIT_PANDOC: '' } });
        seen.get(j)!.push({ ms: r.ms, peakRssMb: r.peakRssMb, ok: r.status === 0 });
      }
    }
    const runs = jobs.map((j): JobsRun => {
      const rs = seen.get(j)!;
      const mid = median(rs.map((r) => r.ms));
      return { jobs: j, ms: mid, peakRssMb: Math.max(...rs.map((r) => r.peakRssMb)), ok: rs.every((r) => r.ok), all: rs.map((r) => r.ms) };
    });
    return { modules, runs };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
