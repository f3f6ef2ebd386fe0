// The child process of src/typeset/typeset-process.ts: one warm Typst compiler
// that sets the documents it is sent, one at a time, and answers with the PDF
// or the diagnostics. Its parent kills it when a document takes too long
// (Typst's native code cannot be interrupted from JavaScript, and a thread
// stuck in it keeps even process.exit() from returning). A watchdog thread
// kills it too when its parent is gone or a deadline has long passed, so a
// parent killed with SIGKILL leaves no child spinning.
import { Worker } from 'node:worker_threads';
import { compileTypst, TypstCompileError, type CompileInput } from './compile.js';

export interface TypesetRequest {
  id: number;
  input: CompileInput;
  /** Epoch milliseconds after which the watchdog kills this process. */
  killAt: number;
}

export type TypesetReply =
  | { id: number; ok: true; pdf: Uint8Array; pages: number; warnings: TypstCompileError['diagnostics']; queried: unknown[] }
  | { id: number; ok: false; diagnostics: TypstCompileError['diagnostics'] }
  | { id: number; ok: false; message: string };

// Shared with the watchdog: [0] the deadline in epoch seconds (0: none).
const shared = new Int32Array(new SharedArrayBuffer(4));

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const deadline = new Int32Array(workerData.buffer);
const parent = process.ppid;
setInterval(() => {
  const at = Atomics.load(deadline, 0);
  if (process.ppid !== parent || (at !== 0 && Date.now() / 1000 > at)) process.kill(process.pid, 'SIGKILL');
}, 500);
`;

function reply(message: TypesetReply): void {
  process.send?.(message);
}

if (process.send) {
  const watchdog = new Worker(WATCHDOG, { eval: true, workerData: { buffer: shared.buffer } });
  watchdog.unref();
  process.on('disconnect', () => process.exit(0));
  process.on('message', (raw: TypesetRequest) => {
    const { id, input, killAt } = raw;
    Atomics.store(shared, 0, Math.ceil(killAt / 1000));
    try {
      const r = compileTypst(input);
      reply({ id, ok: true, pdf: r.pdf, pages: r.pages, warnings: r.warnings, queried: r.queried });
    } catch (err) {
      if (err instanceof TypstCompileError) reply({ id, ok: false, diagnostics: err.diagnostics });
      else reply({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
    } finally {
      Atomics.store(shared, 0, 0);
    }
  });
}
