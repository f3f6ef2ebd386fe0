// Typst with a time limit. Typst's native code cannot be interrupted: a worker
// thread stuck in it ignores terminate() and keeps process.exit() from
// returning (measured). So a document that may not terminate — one holding
// the author's raw Typst, `#for i in range(10000) { for j in range(10000) {…} }`
// — is set in a child process (src/typeset/typeset-child.ts) holding its own
// warm compiler, and the child is killed when the document runs past the
// limit; the next document starts a new child. A child that dies on its own
// (Typst out of memory, a crash) fails that document only.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../limits.js';
import { TypstCompileError, type CompiledPdf, type CompileInput } from './compile.js';
import type { TypesetReply, TypesetRequest } from './typeset-child.js';

/** The document was not set within the limit; the child setting it was killed. */
export class TypesetTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`Typst did not finish within ${seconds} s`);
    this.name = 'TypesetTimeoutError';
  }
}

/** The child setting the document stopped without an answer (a crash, out of memory). */
export class TypesetCrashError extends Error {
  constructor(how: string, readonly stderr: string) {
    super(`Typst stopped (${how})${stderr ? `: ${stderr}` : ''}`);
    this.name = 'TypesetCrashError';
  }
}

/** Seconds one document may take: PROMOKIT_TYPESET_TIMEOUT (a positive number) or LIMITS.typesetSeconds. */
export function typesetSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.PROMOKIT_TYPESET_TIMEOUT);
  return Number.isFinite(v) && v > 0 ? v : LIMITS.typesetSeconds;
}

/** The child's script: beside this file once compiled; from the sources (vitest), the compiled one in dist/. */
function childScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'typeset-child.js');
  return existsSync(beside) ? beside : join(here, '..', '..', 'dist', 'typeset', 'typeset-child.js');
}

/** Seconds the watchdog of the child waits past the deadline before it kills the child itself. */
const WATCHDOG_GRACE_MS = 10_000;
const STDERR_KEEP = 2_000;

let child: ChildProcess | undefined;
let stderrTail = '';
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();
let exitHook = false;

function killChild(): void {
  child?.kill('SIGKILL');
  child = undefined;
}

function start(): ChildProcess {
  const c = fork(childScript(), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
  stderrTail = '';
  c.stderr?.setEncoding('utf8');
  c.stderr?.on('data', (s: string) => {
    stderrTail = (stderrTail + s).slice(-STDERR_KEEP);
  });
  // An idle child never keeps the process alive; a pending document's timer does.
  c.unref();
  c.channel?.unref();
  (c.stderr as { unref?: () => void } | null)?.unref?.();
  if (!exitHook) {
    exitHook = true;
    process.once('exit', killChild);
  }
  return c;
}

function run(input: CompileInput, ms: number): Promise<CompiledPdf> {
  return new Promise<CompiledPdf>((resolve, reject) => {
    const c = (child ??= start());
    const id = nextId++;
    const done = (): void => {
      clearTimeout(timer);
      c.off('message', onMessage);
      c.off('exit', onExit);
    };
    const timer = setTimeout(() => {
      done();
      if (child === c) killChild();
      reject(new TypesetTimeoutError(Math.round(ms / 100) / 10));
    }, ms);
    const onMessage = (m: TypesetReply): void => {
      if (m.id !== id) return;
      done();
      if (m.ok) resolve({ pdf: m.pdf, pages: m.pages, warnings: m.warnings, queried: m.queried });
      else if ('diagnostics' in m) reject(new TypstCompileError(m.diagnostics));
      else reject(new Error(m.message));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      done();
      if (child === c) child = undefined;
      reject(new TypesetCrashError(signal ? `signal ${signal}` : `exit code ${String(code)}`, stderrTail.trim().split('\n').slice(-3).join(' ')));
    };
    c.on('message', onMessage);
    c.on('exit', onExit);
    const request: TypesetRequest = { id, input, killAt: Date.now() + ms + WATCHDOG_GRACE_MS };
    c.send(request);
  });
}

/**
 * Compiles like compileTypst, in the child process, failing with
 * TypesetTimeoutError after `seconds`. One document at a time: the time of
 * each is counted from when the child starts on it.
 */
export function compileBounded(input: CompileInput, seconds: number = typesetSeconds()): Promise<CompiledPdf> {
  const p = queue.then(() => run(input, Math.max(1, seconds * 1000)));
  queue = p.catch(() => undefined);
  return p;
}

/** Stops the child (it is also stopped when the process exits). */
export function stopTypesetProcess(): void {
  killChild();
}
