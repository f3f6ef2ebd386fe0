// `promokit check` over a whole project: the manuals are shared between this
// thread and worker threads (both cores of a laptop parse at once), each
// manual is checked and let go before the next, and the findings come back
// in the one order the serial runCheck gives.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model/diagnostic.js';
import { loadConferences, refusedDiagnostics, selectTargets } from '../model/load-project.js';
import type { ConferenceRef } from '../model/types.js';
import { checkManualDirs, type CheckedManual, type ManualOutline, type WorkerInput } from './check-manuals.js';
import type { CheckScope } from './shard-check.js';
import { checkConferences, summarise, type CheckOptions, type CheckResult } from './run-check.js';

export interface CheckProjectOptions extends Omit<CheckOptions, 'passive'> {
  /** Threads to use (default: the machine's cores, at most 4); 1 checks in this thread only. */
  jobs?: number;
}

/** What the reports need of the project: ids and languages, not the text. */
export interface CheckOutline {
  manuals: ManualOutline[];
  conferences: ConferenceRef[];
}

/** Below this many modules a worker costs more to start than it saves. */
const MODULES_PER_WORKER = 120;
/** A worker starts later than this thread (it loads the parser first): this thread takes that many modules more. */
const HEAD_START = 40;

const WORKER = new URL('./check-worker.js', import.meta.url);

export async function checkProject(root: string, paths: string[], cwd: string, options: CheckProjectOptions = {}): Promise<{ result: CheckResult; outline: CheckOutline; scope: CheckScope; threads: number }> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const targets = selectTargets(root, paths, cwd);
  const sizes = targets.manualDirs.map((dir) => moduleCount(dir));
  const total = sizes.reduce((a, b) => a + b, 0);
  // Workers run compiled code only: from the TypeScript sources (tests) everything runs here.
  const canFork = existsSync(fileURLToPath(WORKER));
  const threads = canFork ? Math.max(1, Math.min(options.jobs ?? Math.min(availableParallelism(), 4), targets.manualDirs.length, Math.floor(total / MODULES_PER_WORKER) + 1)) : 1;
  const shares = share(targets.manualDirs, sizes, threads);
  const others = shares.slice(1).filter((dirs) => dirs.length > 0).map((dirs) => inWorker({ root, dirs, filter: targets.moduleFilter, today, passiveEveryManual: Boolean(options.passiveEveryManual) }));
  const checked = [...(await checkManualDirs(root, shares[0]!, targets.moduleFilter, today, Boolean(options.passiveEveryManual))), ...(await Promise.all(others)).flat()];
  const byDir = new Map(checked.map((c) => [c.dir, c]));
  const ordered = targets.manualDirs.map((d) => byDir.get(d)!);

  const diagnostics: Diagnostic[] = [...refusedDiagnostics(root, targets), ...ordered.flatMap((c) => c.diagnostics)];
  const outlines = ordered.flatMap((c) => (c.outline ? [c.outline] : []));
  const { conferences, diagnostics: conferenceDiagnostics } = loadConferences(root, targets.conferenceDirs);
  diagnostics.push(...conferenceDiagnostics, ...checkConferences(conferences, root, outlines));
  const result = summarise(diagnostics, options, {
    manuals: ordered.length,
    modules: ordered.reduce((n, c) => n + c.modules, 0),
    conferences: conferences.length,
  });
  const brokenManuals = ordered.flatMap((c) => (c.outline ? [] : [basename(c.dir)]));
  const scope: CheckScope = { manuals: outlines, brokenManuals, conferences, moduleFilter: targets.moduleFilter };
  return { result, outline: { manuals: outlines, conferences }, scope, threads: 1 + others.length };
}

function moduleCount(dir: string): number {
  try {
    return readdirSync(join(dir, 'modules')).length;
  } catch {
    return 0;
  }
}

/** Largest manuals first, each to the share with the least work; share 0 (this thread) has a head start. */
function share(dirs: readonly string[], sizes: readonly number[], threads: number): string[][] {
  const shares: string[][] = Array.from({ length: threads }, () => []);
  const load = shares.map((_, i) => (i === 0 || threads === 1 ? -HEAD_START : 0));
  const order = dirs.map((d, i) => ({ d, n: sizes[i]! })).sort((a, b) => b.n - a.n || (a.d < b.d ? -1 : 1));
  for (const { d, n } of order) {
    const i = load.indexOf(Math.min(...load));
    shares[i]!.push(d);
    load[i]! += n;
  }
  return shares;
}

/** A share checked in a worker thread; if the thread fails, the share is checked here (same findings, same errors). */
function inWorker(input: WorkerInput): Promise<CheckedManual[]> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 6 } });
    let done = false;
    const fallback = (): void => {
      if (done) return;
      done = true;
      resolve(checkManualDirs(input.root, input.dirs, input.filter, input.today, input.passiveEveryManual));
    };
    worker.once('message', (checked: CheckedManual[]) => {
      done = true;
      resolve(checked);
      void worker.terminate();
    });
    worker.once('error', fallback);
    worker.once('exit', fallback);
  });
}

