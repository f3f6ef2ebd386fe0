// A module's pages in memory, for what puts them into another PDF (conference
// packets): the same document, cache and Typst compile as a module edition of
// `build`, but no output file is written (only the cache under out/.cache).
import { join } from 'node:path';
import { BuildCache } from '../cache/build-cache.js';
import type { Pandoc } from '../convert/pandoc.js';
import { PromokitError } from '../errors.js';
import type { Manual, Project } from '../model/types.js';
import { typstCompilerVersion } from '../typeset/compile.js';
import { DocumentErrors } from '../typeset/document.js';
import { dedupe } from '../typeset/typst-errors.js';
import { DocumentCompiler, type DocumentSettings, type DocumentStats } from './compile-documents.js';
import { planModuleEditions } from './plan.js';
import { openSession } from './session.js';

/** With `facilitator: false`, the pages leave out the facilitator notes (answer keys); `pageNumbers: false` leaves out the numbers. */
export interface ModulePagesOptions extends DocumentSettings {
  /** Output folder (absolute): the cache lives in `<out>/.cache`; nothing else is written. */
  out: string;
  /** Module ids; default every module of the manual. */
  modules?: readonly string[];
  /** A pandoc implementation or the path of a system pandoc; default the embedded one. */
  pandoc?: Pandoc | string;
  /** The cache to use (a packet's, which may have a remote behind it); default one of its own in `<out>/.cache`. */
  cache?: BuildCache;
  /** Told what pandoc and Typst did (and what was read from the cache) once the pages are made. */
  onStats?: (stats: DocumentStats) => void;
}

/** One module in one language: its pages, or why they could not be made. */
export interface ModulePages {
  module: string;
  lang: string;
  /** Undefined when `failures` say why there are no pages. */
  pdf: Uint8Array | undefined;
  pages: number;
  /** Typst's warnings, when it set the pages in this run. */
  warnings: PromokitError[];
  failures: PromokitError[];
}

/**
 * The pages of the manual's modules (the listed ones), in each of `langs`,
 * as a module edition has them: no cover, contents or glossary. In the
 * manual's module order, each module in the order of `langs`. Throws only
 * for a usage error (an unusable pandoc).
 */
export async function typesetModules(project: Project, manual: Manual, langs: readonly string[], options: ModulePagesOptions): Promise<ModulePages[]> {
  const plans = planModuleEditions(manual, langs, options.modules ?? manual.modules.map((m) => m.id));
  // Compiled PDFs stay out of the cache when the Typst version cannot be read: a key without it would outlive an upgrade.
  const cache = options.cache ?? new BuildCache(join(options.out, '.cache'), typstCompilerVersion() === undefined ? ['pdf', 'outputs'] : []);
  const session = await openSession(options.pandoc, 1, cache, []);
  try {
    const docs = new DocumentCompiler(project, options, session.pandoc, cache);
    const made: ModulePages[] = [];
    for (const plan of plans) {
      const entry = { module: plan.manual.modules[0]!.id, lang: plan.langs[0]! };
      try {
        const { pdf, pages, warnings } = await (await plan.layout.source(plan, docs)).make();
        made.push({ ...entry, pdf, pages, warnings, failures: [] });
      } catch (err) {
        const failures =
          err instanceof DocumentErrors ? dedupe(err.errors)
          : err instanceof PromokitError ? [err]
          : [new PromokitError(`${plan.name} could not be made: ${err instanceof Error ? err.message : String(err)}`, { file: manual.configFile })];
        made.push({ ...entry, pdf: undefined, pages: 0, warnings: [], failures });
      }
    }
    options.onStats?.(docs.stats());
    return made;
  } finally {
    await session.close();
  }
}
