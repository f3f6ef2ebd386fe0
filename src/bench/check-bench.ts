// Times `promokit check` over a generated corpus: in process (load + rules)
// and as a user runs it (a fresh CLI process). Prints one JSON line.
import { rmSync } from 'node:fs';
import { runCheck } from '../check/run-check.js';
import { loadProject } from '../model/load-project.js';
import { writeCorpus } from './corpus.js';
import { runTimedCli } from './timed-cli.js';

export interface CheckBench {
  files: number;
  inProcessMs: number;
  cliMs: number;
  cliPeakRssMb: number;
  diagnostics: number;
}

export function benchCheck(modules = 500): CheckBench {
  const root = writeCorpus(modules);
  try {
    const t0 = performance.now();
    const result = runCheck(loadProject(root));
    const inProcessMs = performance.now() - t0;
    const cli = runTimedCli(['check', '--quiet'], { cwd: root });
    return { files: modules * 2, inProcessMs, cliMs: cli.ms, cliPeakRssMb: cli.peakRssMb, diagnostics: result.diagnostics.length };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
