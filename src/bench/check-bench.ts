// Times `promokit check` over a generated corpus: in process (load + rules)
// and as a user runs it (a fresh CLI process). Prints one JSON line.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCheck } from '../check/run-check.js';
import { loadProject } from '../model/load-project.js';
import { writeCorpus } from './corpus.js';

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
    const bin = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
    // GNU time is not everywhere; measure the child's peak RSS from inside it.
    const t1 = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss="+process.resourceUsage().maxRSS+"\\n"))', bin, 'check', '--quiet'],
      { cwd: root, encoding: 'utf8' },
    );
    const cliMs = performance.now() - t1;
    const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    return { files: modules * 2, inProcessMs, cliMs, cliPeakRssMb: rss, diagnostics: result.diagnostics.length };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
