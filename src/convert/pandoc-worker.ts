// A worker thread of the pandoc pool: its own pandoc-wasm instance, started
// from the module the main thread compiled (piscina's workerData), or for a
// pandoc started ahead of a build (pandoc-ahead.ts) compiled here.
import { workerData } from 'piscina';
import { PandocError, type ToTypstOptions } from './pandoc.js';
import { usePandocModule, warmUpPandoc, wasmPandoc } from './pandoc-wasm.js';

export interface PandocWorkerData {
  /** Compiled by the parent; without it the worker compiles its own. */
  module: WebAssembly.Module | undefined;
  /** Start this thread's pandoc at once, with a small conversion (see warmUpPandoc): a conversion asked for later waits less. */
  warmUp?: boolean;
}

export interface PandocTask {
  markdown: string;
  opts: ToTypstOptions;
}

/** Errors do not cross threads as classes: the result says which kind it was. */
export type PandocTaskResult = { ok: true; typst: string } | { ok: false; pandocError: boolean; message: string };

const data = workerData as PandocWorkerData | undefined;
if (data?.module) usePandocModule(data.module);
if (data?.warmUp) void warmUpPandoc();

export default async function convert(task: PandocTask): Promise<PandocTaskResult> {
  try {
    return { ok: true, typst: await wasmPandoc().toTypst(task.markdown, task.opts) };
  } catch (err) {
    return { ok: false, pandocError: err instanceof PandocError, message: err instanceof Error ? err.message : String(err) };
  }
}
