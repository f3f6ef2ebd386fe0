// One fresh CLI process, timed, with its peak RSS (worker threads included)
// read from inside it: GNU time is not everywhere.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
const REPORT_RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss="+process.resourceUsage().maxRSS+"\\n"))';

export interface TimedRun {
  ms: number;
  peakRssMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runTimedCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): TimedRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', REPORT_RSS, BIN, ...args], {
    cwd: opts.cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...(opts.env ? { env: opts.env } : {}),
  });
  const ms = performance.now() - t0;
  const peakRssMb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms, peakRssMb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}
