// Joins of large editions on worker threads, so that the main thread sets the
// next edition's pieces with Typst (or joins another edition) meanwhile: on
// two cores, the es and es-en editions of a manual are joined side by side
// instead of one after the other. A small edition is joined on the main
// thread: a worker costs a start and its own warm-up (about 0.2 s). The bytes
// are the same either way (join-edition.ts does both).
import type { Piscina } from 'piscina';
import { warmDigitsFont } from '../assemble/fonts.js';
import { compiledScript } from '../compiled-script.js';
import { joinEdition, type JoinedEdition, type JoinRequest } from './join-edition.js';
import type { JoinTaskResult } from './join-worker.js';

/** Pieces from which an edition is joined on a worker (the large manual has 41 a language). */
export const WORKER_PIECES = 12;

export class JoinPool {
  private workers: Promise<Piscina<JoinRequest, JoinTaskResult>> | undefined;

  /** `threads`: 0 joins everything on the main thread. */
  constructor(private readonly threads: number) {}

  /** Whether an edition of `pieces` pieces is joined on a worker. */
  uses(pieces: number): boolean {
    return this.threads > 0 && pieces >= WORKER_PIECES;
  }

  /** Starts the workers now, ahead of the first join (nothing without threads). */
  start(): void {
    if (this.threads > 0) void this.open();
  }

  /**
   * Readies the join of an edition of `pieces` pieces: its workers started
   * (they load pdf-lib while Typst sets the pieces), or the main thread's
   * fontkit loaded once it is idle, waiting for Typst.
   */
  warm(pieces: number): void {
    if (this.uses(pieces)) void this.open();
    else setImmediate(() => warmDigitsFont());
  }

  private open(): Promise<Piscina<JoinRequest, JoinTaskResult>> {
    this.workers ??= import('piscina').then(
      ({ Piscina }) =>
        new Piscina<JoinRequest, JoinTaskResult>({
          filename: compiledScript(import.meta.url, 'editions/join-worker.js'),
          minThreads: this.threads,
          maxThreads: this.threads,
          idleTimeout: 1000,
        }),
    );
    return this.workers;
  }

  async join(request: JoinRequest): Promise<JoinedEdition> {
    if (!this.uses(request.input.pieces.length)) return joinEdition(request);
    const result = await (await this.open()).run(request).catch((): JoinTaskResult => ({ ok: false, message: 'the worker stopped' }));
    // A failure is joined again here, to throw the error itself (a named PromokitError) rather than its message.
    return result.ok ? result.joined : joinEdition(request);
  }

  async close(): Promise<void> {
    if (this.workers) await (await this.workers).destroy();
  }
}
