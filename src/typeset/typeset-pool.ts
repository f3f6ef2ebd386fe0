// A build's Typst children: up to `size` child processes (typeset-child-handle.ts),
// each with its own warm compiler, setting the pieces of every edition of the
// build side by side, so a cold build sets Typst on every core while the main
// thread prepares and joins. Processes, not worker threads: a piece with the
// author's raw Typst may never end, and only a process can be stopped
// (typeset-process.ts); a child's memory is also returned whole when it is
// stopped. Children start when the work asks for them (a build whose pieces
// all come from the cache starts none) and are stopped by close().
// Typst reads nothing but its inputs, so a child sets the same bytes as the
// main thread would.
import type { CompiledPdf, CompileInput } from './compile.js';
import { TypesetChild } from './typeset-child-handle.js';

/** `now`: a document the build waits for; `ahead`: one asked for before it is needed (served after every `now`). */
export type Lane = 'now' | 'ahead';

/** A document's place in line: asked for ahead, it moves up to `now` once the build waits for it. */
export interface Ticket {
  lane: Lane;
}

interface Waiter {
  ticket: Ticket;
  resolve: (c: TypesetChild) => void;
  reject: (e: Error) => void;
}

/** Where documents are set: the pool, in one lane. */
export interface Typesetting {
  compile(input: CompileInput, limit?: () => number): Promise<CompiledPdf>;
}

export class TypesetPool {
  private readonly children: TypesetChild[] = [];
  private readonly free: TypesetChild[] = [];
  // Documents waiting for a child, in the order asked: the first needed now goes first, else the first.
  private readonly waiting: Waiter[] = [];
  private closed = false;

  constructor(readonly size: number) {}

  /** Process ids of the children alive now. */
  pids(): number[] {
    return this.children.map((c) => c.pid).filter((p): p is number => p !== undefined);
  }

  /**
   * Sets one document in the first free child, in the order asked (`now`
   * before `ahead`). `limit`
   * gives its time limit in seconds, asked once a child takes it (it may throw
   * when no time is left); none when undefined.
   */
  async compile(input: CompileInput, limit?: () => number, ticket: Ticket = { lane: 'now' }): Promise<CompiledPdf> {
    const child = await this.acquire(ticket);
    try {
      return await child.run(input, limit === undefined ? undefined : Math.max(1, limit() * 1000));
    } finally {
      this.release(child);
    }
  }

  /** The pool seen from one document, whose place in line is `ticket`. */
  lane(ticket: Ticket): Typesetting {
    return { compile: (input, limit) => this.compile(input, limit, ticket) };
  }

  private acquire(ticket: Ticket): Promise<TypesetChild> {
    if (this.closed) return Promise.reject(new Error('the Typst pool is closed'));
    const ready = this.free.pop();
    if (ready) return Promise.resolve(ready);
    if (this.children.length < this.size) {
      const c = new TypesetChild();
      this.children.push(c);
      return Promise.resolve(c);
    }
    return new Promise((resolve, reject) => this.waiting.push({ ticket, resolve, reject }));
  }

  private release(child: TypesetChild): void {
    const now = this.waiting.findIndex((w) => w.ticket.lane === 'now');
    const [next] = this.waiting.splice(now === -1 ? 0 : now, 1);
    if (next) next.resolve(child);
    else this.free.push(child);
  }

  /** Stops every child; resolves once they are gone. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.reject(new Error('the Typst pool is closed'));
    await Promise.all(this.children.map((c) => c.stop()));
  }
}

/**
 * Typst children for a build with `jobs` jobs on `cores` cores: one a job, at
 * most one a core; none (the main thread sets the pieces) with one job or
 * one core. Measured on 2 cores (README, "Speed"): on a quiet machine two
 * children made the large manual 1.5× faster than the main thread and one
 * child no faster; on a busy one, two were the slower (they compete with
 * the main thread's joins). PROMOKIT_TYPESET_POOL (a whole number) sets it.
 */
export function typesetChildren(jobs: number, cores: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.PROMOKIT_TYPESET_POOL);
  if (env.PROMOKIT_TYPESET_POOL && Number.isInteger(asked) && asked >= 0) return asked;
  return jobs >= 2 && cores >= 2 ? Math.min(jobs, cores) : 0;
}
