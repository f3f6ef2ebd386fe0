// Benchmark of `promokit build` on the large manual (large-manual.ts): all
// three editions (es, en, es-en) cold, warm with nothing changed, and with one
// module changed, each in a fresh CLI process with its peak memory; then the
// classic route (pandoc + xelatex, the Spanish text alone) when both are on
// PATH. Returns the figures; run.ts prints them.
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeLargeManual } from './large-manual.js';
import { runTimed, runTimedCli } from './timed-cli.js';
import { canSampleTree } from './tree-rss.js';

export interface LargeRun {
  ms: number;
  peakRssMb: number;
  pages: number;
  ok: boolean;
  /** Milliseconds of each output, by file name (from the --json summary). */
  outputs: Record<string, number>;
  typeset: { modules: number; cached: number; fronts: number } | undefined;
  engines: string[] | undefined;
}

export interface LargeBenchResult {
  modules: number;
  cold: LargeRun;
  warm: LargeRun;
  /** The median (by time) of `oneChangedRuns`. */
  oneChanged: LargeRun;
  /** One build after each of three changes to one module (a line added each time), in order. */
  oneChangedRuns: LargeRun[];
  /** The classic route on the Spanish text, or why it was skipped. */
  classic: { ms: number; peakRssMb: number; ok: boolean } | { skipped: string };
}

interface Summary {
  ok?: boolean;
  outputs?: { path: string; pages: number; ms: number }[];
  stats?: { typeset?: LargeRun['typeset']; engines?: string[] };
}

function build(root: string, jobs: number | undefined): LargeRun {
  const r = runTimedCli(['build', '--root', root, '--out', join(root, 'out'), '--json', ...(jobs ? ['--jobs', String(jobs)] : [])], {
    cwd: root,
    env: { ...process.env, SOURCE_DATE_EPOCH: '', PROMOKIT_PANDOC: '' },
  });
  let s: Summary = {};
  try {
    s = JSON.parse(r.stdout) as Summary;
  } catch {
    // No JSON: the run failed before building.
  }
  const outputs = s.outputs ?? [];
  return {
    ms: r.ms,
    peakRssMb: r.peakRssMb,
    pages: outputs.reduce((n, o) => n + o.pages, 0),
    ok: r.status === 0 && s.ok === true,
    outputs: Object.fromEntries(outputs.map((o) => [o.path.split('/').pop() ?? o.path, o.ms])),
    typeset: s.stats?.typeset,
    engines: s.stats?.engines,
  };
}

function onPath(name: string): boolean {
  return spawnSync('which', [name], { encoding: 'utf8' }).status === 0;
}

/** pandoc + xelatex on the Spanish text, with the peak memory of the tree (pandoc and its xelatex), or GNU time's of one process without /proc. */
function classic(root: string): LargeBenchResult['classic'] {
  const missing = ['pandoc', 'xelatex'].filter((t) => !onPath(t));
  if (missing.length) return { skipped: `${missing.join(' and ')} not on PATH` };
  const args = ['pandoc', join(root, 'manual.es.md'), '-o', join(root, 'classic.pdf'), '--pdf-engine=xelatex', '-V', 'lang=es'];
  const timed = !canSampleTree() && onPath('/usr/bin/time') ? ['/usr/bin/time', '-f', 'maxrss=%M', ...args] : args;
  const r = runTimed(timed, { cwd: root });
  return { ms: r.ms, peakRssMb: r.peakRssMb, ok: r.status === 0 };
}

export function benchLarge(modules = 40, jobs?: number): LargeBenchResult {
  const root = writeLargeManual(modules);
  try {
    const cold = build(root, jobs);
    const warm = build(root, jobs);
    const k = Math.min(7, modules);
    // Three changes, each timed: one run on a shared machine can be off by a second.
    const oneChangedRuns = [1, 2, 3].map((n) => {
      appendFileSync(join(root, 'manuals', 'large', 'modules', `${String(k).padStart(2, '0')}-modulo-${k}`, 'es.md'), `\nUna línea más (${n}).\n`);
      return build(root, jobs);
    });
    const oneChanged = [...oneChangedRuns].sort((a, b) => a.ms - b.ms)[1]!;
    return { modules, cold, warm, oneChanged, oneChangedRuns, classic: classic(root) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
