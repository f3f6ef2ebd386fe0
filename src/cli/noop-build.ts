// `promokit build` with nothing to do: the whole-build record (src/cache/
// build-record.ts) is checked before anything heavy is loaded.
import type { BuildOutput, BuildStats } from '../editions/options.js';
import { recordedBuild, wholeBuildKey } from '../cache/build-record.js';
import { loadedEngines } from '../engines.js';
import { bookletChoice, type BookletCliOptions } from './booklet-options.js';

/** What a record keeps of a build: its outputs (warnings are reported when they are made, not again). */
export interface RecordedResult {
  outputs: Omit<BuildOutput, 'warnings'>[];
}

/** The build options that change what is written (not --jobs, --quiet or the report format). */
export interface RecordedOptions extends BookletCliOptions {
  lang?: string;
  layout: string;
  draft?: boolean;
  pandoc?: string;
  pdfStandard?: string;
  largePrint?: boolean;
  press?: boolean;
}

export interface NoOp {
  key: string;
  options: unknown;
  /** The last build's result, when nothing has changed since. */
  result: RecordedResult | undefined;
}

/** The inputs' key, and the last build's result when it still holds. */
export async function noOpBuild(ids: readonly string[], opts: RecordedOptions, root: string, out: string): Promise<NoOp> {
  const options = {
    ids,
    lang: opts.lang ?? null,
    layout: opts.layout,
    paper: opts.paper ?? 'letter',
    draft: opts.draft ?? false,
    booklet: bookletChoice(opts) ?? null,
    pandoc: opts.pandoc ?? null,
    pdfStandard: opts.pdfStandard ?? null,
    largePrint: opts.largePrint ?? false,
    press: opts.press ?? false,
  };
  const key = await wholeBuildKey(root, out, options);
  return { key, options, result: await recordedBuild<RecordedResult>(out, options, key) };
}

/** The stats of a build the record answered: nothing converted or set, no engine loaded. */
export function noOpStats(): BuildStats {
  return { converted: 0, convertedFromCache: 0, compiled: 0, compiledFromCache: 0, typeset: { modules: 0, cached: 0, fronts: 0 }, workers: 0, engines: loadedEngines() };
}
