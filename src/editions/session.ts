// The convert session of a build: which pandoc converts the Markdown (the
// user's --pandoc, or the embedded pandoc-wasm) and, for a large cold build,
// a pool of worker threads each running a pandoc-wasm of its own.
import type { BuildCache } from '../cache/build-cache.js';
import { pendingConversions } from '../convert/convert.js';
import { PooledPandoc } from '../convert/pandoc-pool.js';
import type { Pandoc } from '../convert/pandoc.js';
import { systemPandoc } from '../convert/pandoc-system.js';
import { wasmPandoc } from '../convert/pandoc-wasm.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import { workerThreads } from './jobs.js';

export interface ConvertSession {
  pandoc: Pandoc;
  /** Worker threads started: 0 when pandoc runs in the main thread. */
  workers: number;
  /** Stops the workers (call once the build is done, failed or not). */
  close(): Promise<void>;
}

/** The pandoc the user chose (`--pandoc`, or one given by a caller), or the embedded one. */
export async function selectPandoc(choice: Pandoc | string | undefined): Promise<Pandoc> {
  if (choice === undefined || choice === '') return wasmPandoc();
  if (typeof choice === 'string') return systemPandoc(choice);
  return choice;
}

/**
 * Worker threads only for the embedded pandoc, and only when `files` hold
 * enough conversions that the cache does not have (see workerThreads). A
 * pandoc started `ahead` converts when there are fewer but some; else it is stopped.
 */
export async function openSession(
  choice: Pandoc | string | undefined,
  jobs: number,
  cache: BuildCache,
  files: ReadonlyArray<{ manual: Manual; module: Module; file: LangFile }>,
  ahead?: PooledPandoc,
): Promise<ConvertSession> {
  const chosen = await selectPandoc(choice);
  const pending = chosen === wasmPandoc() && jobs > 1 ? await pendingConversions(cache, chosen.version, files) : 0;
  const workers = workerThreads(pending, jobs);
  if (ahead && workers === 0 && pending > 0) return { pandoc: ahead, workers: 1, close: () => ahead.close() };
  ahead?.close().catch(() => undefined);
  if (workers === 0) return { pandoc: chosen, workers, close: async () => undefined };
  const pool = new PooledPandoc(workers);
  return { pandoc: pool, workers, close: () => pool.close() };
}
