// Benchmark of `promokit build`: a generated 40-module bilingual manual built
// cold (empty cache, fresh process: pandoc-wasm starts) and warm (nothing
// changed: no pandoc, no Typst), one module changed, and the cold build of the
// sample manuals. Each run is a fresh CLI process, as a user would run it.
// Returns the figures; printing them is the caller's business (npm run bench).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

export interface BuildBenchRun {
  ms: number;
  /** PDFs written / already up to date (from the CLI's --json summary). */
  built: number;
  upToDate: number;
  pages: number;
  ok: boolean;
}

export interface BuildBenchResult {
  name: 'build';
  modules: number;
  cold: BuildBenchRun;
  warm: BuildBenchRun;
  /** One module's Spanish file edited: one conversion, two documents recompiled. */
  oneChanged: BuildBenchRun;
  /** The repository's manuals/, cold; undefined when there are none. */
  samples: BuildBenchRun | undefined;
  coldTargetMs: number;
  /** Warm must be under this share of cold. */
  warmTargetShare: number;
  withinTarget: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', '..', 'bin', 'promokit.js');
const REPO = join(here, '..', '..');

function runBuild(root: string, out: string): BuildBenchRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'build', '--root', root, '--out', out, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '', PROMOKIT_PANDOC: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Math.round(performance.now() - t0);
  let summary: { ok?: boolean; outputs?: { upToDate: boolean; pages: number }[] } = {};
  try {
    summary = JSON.parse(r.stdout) as typeof summary;
  } catch {
    // No JSON: the run failed before building; ok stays false.
  }
  const outputs = summary.outputs ?? [];
  return {
    ms,
    built: outputs.filter((o) => !o.upToDate).length,
    upToDate: outputs.filter((o) => o.upToDate).length,
    pages: outputs.reduce((n, o) => n + o.pages, 0),
    ok: r.status === 0 && summary.ok === true,
  };
}

export function benchBuild(modules = 40): BuildBenchResult {
  const root = writeCorpus(modules);
  const out = join(root, 'out');
  const samplesOut = mkdtempSync(join(tmpdir(), 'promokit-bench-samples-'));
  try {
    const cold = runBuild(root, out);
    const warm = runBuild(root, out);
    appendFileSync(join(root, 'manuals', 'bench', 'modules', '07-modulo-7', 'es.md'), '\nUna línea más.\n');
    const oneChanged = runBuild(root, out);
    const samples = existsSync(join(REPO, 'manuals')) ? runBuild(REPO, samplesOut) : undefined;
    const coldTargetMs = 30_000;
    const warmTargetShare = 0.1;
    return {
      name: 'build',
      modules,
      cold,
      warm,
      oneChanged,
      samples,
      coldTargetMs,
      warmTargetShare,
      withinTarget: cold.ok && warm.ok && cold.ms < coldTargetMs && warm.ms < cold.ms * warmTargetShare,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(samplesOut, { recursive: true, force: true });
  }
}
