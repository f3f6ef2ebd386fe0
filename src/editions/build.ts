// `promokit build`: the manual PDFs (README, "promokit build").
//
//   out/<id>/<id>.<lang>.pdf        one per language
//   out/<id>/<id>.<l1>-<l2>.pdf     one per pair of languages (unless layout single)
//   out/<id>/<id>.<lang>.large-print.pdf   with --large-print or `editions: [large-print]`
//
// The stages, each in its own file: validate-options.ts refuses what is the
// caller's mistake; plan.ts lists the outputs (the layouts, in layouts/, say
// what each adds and how it is made); session.ts picks pandoc and its worker
// pool, and typeset-pool.ts the Typst children that set the editions' pieces
// side by side; compile-documents.ts converts each module file once and compiles each
// document once (both cached by content hash under out/.cache); finish.ts
// skips what is up to date, imposes booklets and writes. A failing module or
// output does not stop the others: its errors are returned, and no partial
// PDF is ever written. The library never prints and never exits.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { BuildCache } from '../cache/build-cache.js';
import { RemoteCache } from '../cache/remote-cache.js';
import { pickShard, shardSummary } from '../shard.js';
import { loadedEngines } from '../engines.js';
import { PromokitError, UsageError } from '../errors.js';
import type { Project } from '../model/types.js';
import { typstCompilerVersion } from '../typeset/compile.js';
import { DocumentErrors } from '../typeset/document.js';
import { dedupe } from '../typeset/typst-errors.js';
import { TypesetPool, typesetChildren } from '../typeset/typeset-pool.js';
import { DocumentCompiler } from './compile-documents.js';
import { finishOutput } from './finish.js';
import type { OutputPlan } from './layouts/layout.js';
import type { BuildOptions, BuildOutput, BuildResult } from './options.js';
import { noModulesError } from '../model/no-modules.js';
import { filesOf, planModuleEditions, planOutputs, shardUnitOf } from './plan.js';
import { openSession } from './session.js';
import { validateBuildOptions } from './validate-options.js';

export type { BuildOptions, BuildOutput, BuildResult, BuildStats } from './options.js';

/**
 * Builds the PDFs of the project's manuals. Returns what was written and every
 * failure (a PromokitError naming file and line); throws only for a usage
 * error (unknown manual id, layout or language, an unusable --pandoc).
 */
export async function buildManuals(project: Project, options: BuildOptions): Promise<BuildResult> {
  const { layout, manuals, jobs } = validateBuildOptions(project, options);
  const failures: PromokitError[] = [];
  const planned = manuals.flatMap((manual) => {
    const langs = manual.config.languages.filter((l) => !options.langs || options.langs.includes(l));
    if (langs.length === 0) return [];
    if (options.moduleEditions) return planModuleEditions(manual, langs, options.moduleEditions);
    if (manual.modules.length === 0) {
      failures.push(noModulesError(manual));
      return [];
    }
    return planOutputs(manual, langs, layout, options.editions);
  });
  // A shard makes whole output files (`<manual>/<file>`, the same in every out/ folder).
  const plans = pickShard(planned, shardUnitOf, options.shard);

  // Compiled PDFs stay out of the cache when the Typst version cannot be read: a key without it would outlive an upgrade.
  const remote = options.remoteCache ? new RemoteCache(options.remoteCache) : undefined;
  const cache = new BuildCache(join(options.out, '.cache'), typstCompilerVersion() === undefined ? ['pdf', 'outputs'] : [], remote);
  const session = await openSession(options.pandoc, jobs, cache, filesOf(plans), options.pandocAhead);
  const children = typesetChildren(jobs, availableParallelism());
  const typst = children > 0 ? new TypesetPool(children) : undefined;
  try {
    const docs = new DocumentCompiler(project, options, session.pandoc, cache, typst);
    const outputs = await buildOutputs(plans, docs, options, cache, failures);
    // After a build of every manual in every language: drop the cache entries nothing uses any more.
    if (!options.manuals?.length && !options.langs?.length && !options.moduleEditions && !options.shard && failures.length === 0) await cache.prune(['typst', 'pdf']);
    return {
      outputs,
      failures: dedupe(failures),
      stats: { ...docs.stats(), workers: session.workers, engines: loadedEngines(), ...(remote ? { remote: remote.stats } : {}) },
      ...(remote?.warning ? { warnings: [new PromokitError(remote.warning, { rule: 'remote-cache' })] } : {}),
      ...(options.shard ? { shard: shardSummary(options.shard, 'output', planned.map(shardUnitOf), plans.length) } : {}),
    };
  } finally {
    await Promise.all([session.close(), typst?.close()]);
  }
}

/** Every output, one after another; a failure is recorded and the next output built. */
async function buildOutputs(plans: OutputPlan[], docs: DocumentCompiler, options: BuildOptions, cache: BuildCache, failures: PromokitError[]): Promise<BuildOutput[]> {
  const outputs: BuildOutput[] = [];
  // Conversions start at once: with a pool, the workers convert the next
  // documents' modules while Typst sets this one. Failures surface when the
  // output itself is built.
  for (const plan of plans) plan.layout.source(plan, docs).catch(() => undefined);
  for (const plan of plans) {
    try {
      const out = await finishOutput(plan, docs, options, cache);
      outputs.push(out);
      options.onOutput?.(out);
    } catch (err) {
      if (err instanceof DocumentErrors) failures.push(...err.errors);
      else if (err instanceof UsageError) throw err;
      else if (err instanceof PromokitError) failures.push(err);
      else {
        const message = err instanceof Error ? err.message : String(err);
        failures.push(new PromokitError(`${plan.name} could not be built: ${message}`, { file: plan.manual.configFile }));
      }
    }
  }
  return outputs;
}
