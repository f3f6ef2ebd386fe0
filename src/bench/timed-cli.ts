// One fresh CLI process, timed, with its peak memory. On Linux that is the
// whole process tree's (main process, worker threads and child processes such
// as Typst's), sampled from /proc by tree-peak.ts every 50 ms; elsewhere, the
// main process's own peak (worker threads included, child processes not),
// read from inside it: GNU time is not everywhere. `rssOf` says which.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compiledScript } from '../compiled-script.js';
import { canSampleTree } from './tree-rss.js';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
const TREE_PEAK = compiledScript(import.meta.url, 'bench/tree-peak.js');
const REPORT_RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss="+process.resourceUsage().maxRSS+"\\n"))';

export interface TimedRun {
  ms: number;
  /** Peak memory in MB: of the process tree, or of the main process alone (see rssOf). */
  peakRssMb: number;
  rssOf: 'tree' | 'main process';
  /** The main process's own peak, in MB. */
  mainRssMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runTimedCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): TimedRun {
  return runTimed([process.execPath, '--import', REPORT_RSS, BIN, ...args], opts);
}

/**
 * Any command, timed, with the peak memory of its process tree where /proc
 * is; elsewhere only what the command reports itself as `maxrss=<kB>` on stderr.
 */
export function runTimed(cli: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): TimedRun {
  const tree = canSampleTree();
  const t0 = performance.now();
  const r = spawnSync(tree ? process.execPath : cli[0]!, tree ? [TREE_PEAK, ...cli] : cli.slice(1), {
    cwd: opts.cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...(opts.env ? { env: opts.env } : {}),
  });
  const ms = performance.now() - t0;
  const kb = (name: string): number => Number(new RegExp(`${name}=(\\d+)`).exec(r.stderr)?.[1] ?? NaN);
  const mainRssMb = kb('maxrss') / 1024;
  const treeMb = kb('treerss') / 1024;
  // The sampler may miss a peak shorter than its interval: never report less than the main process's own.
  const peakRssMb = tree ? Math.max(treeMb, Number.isNaN(mainRssMb) ? 0 : mainRssMb) : mainRssMb;
  return { ms, peakRssMb, rssOf: tree ? 'tree' : 'main process', mainRssMb, status: r.status, stdout: r.stdout, stderr: r.stderr };
}
