// pandoc-wasm on several worker threads (piscina), one instance each, so a cold
// build converts modules on every core. The binary is compiled once, here, and
// posted to the workers. Same name as the in-process pandoc: both write the
// same cache entries.
import { Piscina } from 'piscina';
import { compiledScript } from '../compiled-script.js';
import { engineLoaded } from '../engines.js';
import { PandocError, type Pandoc, type ToTypstOptions } from './pandoc.js';
import { wasmPandoc } from './pandoc-wasm.js';
import { compiledPandoc } from './pandoc-wasm-core.js';
import type { PandocTask, PandocTaskResult, PandocWorkerData } from './pandoc-worker.js';

/**
 * Tasks queued in each worker ahead of time. The main thread compiles Typst
 * synchronously, up to a second a document, and cannot hand out work meanwhile:
 * a queue this deep keeps the workers busy through it.
 */
const TASKS_PER_WORKER = 16;

/**
 * Milliseconds without a conversion after which the workers are stopped and
 * their memory (a pandoc each, about 130 MB) returned: a cold build converts
 * everything first, then sets Typst in child processes (typeset-pool.ts) that
 * need the room. A later conversion (the error search) starts them again.
 */
const IDLE_MS = 500;

export class PooledPandoc implements Pandoc {
  readonly name = wasmPandoc().name;
  readonly version = wasmPandoc().version;
  private pool: Promise<Piscina<PandocTask, PandocTaskResult>> | undefined;
  private pending = 0;
  private idle: NodeJS.Timeout | undefined;

  /**
   * `ahead`: each worker compiles and starts its own pandoc at once, with a
   * small conversion (see pandoc-ahead.ts); not from a module compiled here,
   * whose compile finishes on this thread's event loop, which is then busy
   * loading the project.
   */
  constructor(
    private readonly threads: number,
    private readonly ahead = false,
  ) {}

  /** Starts the workers now rather than at the first conversion. */
  startNow(): this {
    void this.start();
    return this;
  }

  /** The pool, started by the first conversion: a build that converts nothing starts no thread. */
  private start(): Promise<Piscina<PandocTask, PandocTaskResult>> {
    this.pool ??= (this.ahead ? Promise.resolve(undefined) : compiledPandoc()).then(
      (module) =>
        new Piscina<PandocTask, PandocTaskResult>({
          filename: compiledScript(import.meta.url, 'convert/pandoc-worker.js'),
          minThreads: this.threads,
          maxThreads: this.threads,
          concurrentTasksPerWorker: TASKS_PER_WORKER,
          idleTimeout: 1000,
          workerData: { module, warmUp: this.ahead } satisfies PandocWorkerData,
        }),
    );
    return this.pool;
  }

  async toTypst(markdown: string, opts: ToTypstOptions): Promise<string> {
    // A worker's pandoc is this process's too (a worker started ahead compiles its own).
    engineLoaded('pandoc-wasm');
    this.pending++;
    clearTimeout(this.idle);
    let r: PandocTaskResult;
    try {
      r = await (await this.start()).run({ markdown, opts });
    } finally {
      if (--this.pending === 0) this.idle = setTimeout(() => void this.close(), IDLE_MS).unref();
    }
    if (r.ok) return r.typst;
    throw r.pandocError ? new PandocError(r.message) : new Error(r.message);
  }

  /** Stops the workers; a later conversion starts them again. */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await (await pool).destroy();
  }
}
