// Runs a program once and collects what it printed (node:child_process), for
// the system pandoc. Not pandoc-wrapper (npm): its constructor takes the
// binary's path only from process.env.PANDOC_BINARY_PATH (and throws when that
// is unset and /usr/bin/pandoc is missing), so running the pandoc the user
// named would mean changing the environment of the whole process.
import { spawn } from 'node:child_process';

export interface BinaryRun {
  stdout: string;
  stderr: string;
  /** Exit code; null when the process was stopped by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Stopped because it ran longer than the timeout. */
  timedOut: boolean;
}

/**
 * Runs `file` with `args`, writing `input` to its standard input. Rejects
 * only when the program cannot be started (ENOENT, EACCES…), with Node's error.
 */
export function runBinary(file: string, args: readonly string[], options: { input?: string; timeoutMs: number }): Promise<BinaryRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, options.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // A program that exits without reading its input closes the pipe (EPIPE): its exit says why.
    child.stdin.on('error', () => undefined);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code, signal, timedOut });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** How a run ended, for messages: `exited with code 3`, `was stopped after 30 s`. */
export function endText(run: BinaryRun, timeoutMs: number): string {
  if (run.timedOut) return `was stopped after ${Math.round(timeoutMs / 1000)} s`;
  if (run.code === null) return `was stopped by ${run.signal ?? 'a signal'}`;
  return `exited with code ${run.code}`;
}
