// Typst with a time limit. Typst's native code cannot be interrupted: a worker
// thread stuck in it ignores terminate() and keeps process.exit() from
// returning (measured). So a document that may not terminate — one holding
// the author's raw Typst, `#for i in range(10000) { for j in range(10000) {…} }`
// — is set in a child process (typeset-child-handle.ts) holding its own warm
// compiler, and the child is killed when the document runs past the limit.
// Outside a build's pool (typeset-pool.ts) one such child serves the process.
import { LIMITS } from '../limits.js';
import type { CompiledPdf, CompileInput } from './compile.js';
import { TypesetChild } from './typeset-child-handle.js';

export { TypesetCrashError, TypesetTimeoutError } from './typeset-child-handle.js';

/** Seconds one document may take: PROMOKIT_TYPESET_TIMEOUT (a positive number) or LIMITS.typesetSeconds. */
export function typesetSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.PROMOKIT_TYPESET_TIMEOUT);
  return Number.isFinite(v) && v > 0 ? v : LIMITS.typesetSeconds;
}

const child = new TypesetChild();
let queue: Promise<unknown> = Promise.resolve();

/**
 * Compiles like compileTypst, in the child process, failing with
 * TypesetTimeoutError after `seconds`. One document at a time: the time of
 * each is counted from when the child starts on it.
 */
export function compileBounded(input: CompileInput, seconds: number = typesetSeconds()): Promise<CompiledPdf> {
  const p = queue.then(() => child.run(input, Math.max(1, seconds * 1000)));
  queue = p.catch(() => undefined);
  return p;
}

/** Stops the child (it is also stopped when the process exits). */
export function stopTypesetProcess(): void {
  void child.stop();
}
