// pandoc-wasm on several worker threads (piscina), one WASM instance each, so a
// cold build converts modules on every core. Same name as the in-process one:
// both write the same cache entries.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { PandocError, type Pandoc, type ToTypstOptions } from './pandoc.js';
import { wasmPandoc } from './pandoc-wasm.js';
import type { PandocTask, PandocTaskResult } from './pandoc-worker.js';

/** The compiled worker: beside this file in dist/, or in dist/ when running from src/ (tests). */
function workerFile(): string {
  const beside = new URL('./pandoc-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return fileURLToPath(beside);
  return fileURLToPath(new URL('../../dist/render/pandoc-worker.js', import.meta.url));
}

export class PooledPandoc implements Pandoc {
  readonly name = wasmPandoc().name;
  private readonly pool: Piscina<PandocTask, PandocTaskResult>;

  constructor(threads: number) {
    this.pool = new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: 1000 });
  }

  async toTypst(markdown: string, opts: ToTypstOptions): Promise<string> {
    const r = await this.pool.run({ markdown, opts });
    if (r.ok) return r.typst;
    throw r.pandocError ? new PandocError(r.message) : new Error(r.message);
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
