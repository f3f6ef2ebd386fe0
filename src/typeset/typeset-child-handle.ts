// One forked Typst child (src/typeset/typeset-child.ts) seen from the parent:
// it sets one document at a time and answers with the PDF or the diagnostics.
// With a time limit, the child is killed when the document runs past it and
// the next document starts a new child; a child that dies on its own (Typst
// out of memory, a crash) fails that document only. Used alone for documents
// with a time limit (typeset-process.ts) and several at once by a build's
// pool (typeset-pool.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { compiledScript } from '../compiled-script.js';
import { engineLoaded } from '../engines.js';
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

/** Milliseconds the watchdog of the child waits past the deadline before it kills the child itself. */
const WATCHDOG_GRACE_MS = 10_000;
const STDERR_KEEP = 2_000;

// Every child alive, killed when this process exits however it ends.
const alive = new Set<ChildProcess>();
let exitHook = false;

export class TypesetChild {
  private child: ChildProcess | undefined;
  private stderrTail = '';
  private nextId = 1;

  /** The child's process id, while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): ChildProcess {
    // Loaded by this process's child, for it: the build's stats count it.
    engineLoaded('typst');
    const c = fork(compiledScript(import.meta.url, 'typeset/typeset-child.js'), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    this.stderrTail = '';
    c.stderr?.setEncoding('utf8');
    c.stderr?.on('data', (s: string) => {
      this.stderrTail = (this.stderrTail + s).slice(-STDERR_KEEP);
    });
    alive.add(c);
    c.once('exit', () => alive.delete(c));
    // An idle child never keeps the process alive; a pending document does (see run).
    idle(c);
    (c.stderr as { unref?: () => void } | null)?.unref?.();
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => {
        for (const a of alive) a.kill('SIGKILL');
      });
    }
    return c;
  }

  /** Sets one document; `ms`: the time limit, counted from now (none when undefined). */
  run(input: CompileInput, ms?: number): Promise<CompiledPdf> {
    return new Promise<CompiledPdf>((resolve, reject) => {
      const c = (this.child ??= this.start());
      const id = this.nextId++;
      busy(c);
      const done = (): void => {
        if (timer) clearTimeout(timer);
        c.off('message', onMessage);
        c.off('exit', onExit);
        idle(c);
      };
      const timer =
        ms === undefined
          ? undefined
          : setTimeout(() => {
              done();
              if (this.child === c) this.stop();
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
        if (this.child === c) this.child = undefined;
        reject(new TypesetCrashError(signal ? `signal ${signal}` : `exit code ${String(code)}`, this.stderrTail.trim().split('\n').slice(-3).join(' ')));
      };
      c.on('message', onMessage);
      c.on('exit', onExit);
      const request: TypesetRequest = { id, input, killAt: ms === undefined ? 0 : Date.now() + ms + WATCHDOG_GRACE_MS };
      c.send(request);
    });
  }

  /** Kills the child; resolves once it is gone. The next run starts a new one. */
  stop(): Promise<void> {
    const c = this.child;
    this.child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return Promise.resolve();
    const gone = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    // Waited for: the process stays up until the child is gone.
    c.ref();
    c.kill('SIGKILL');
    return gone;
  }
}

function busy(c: ChildProcess): void {
  c.ref();
  c.channel?.ref();
}

function idle(c: ChildProcess): void {
  c.unref();
  c.channel?.unref();
}
