import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (dist/, made by `npm test`'s pretest) as a user would.
 * A process that did not exit by itself (killed by a signal, or never
 * started) is never what a test expects: that rejects, saying how it ended.
 *
 * Asynchronous on purpose: vitest's worker gives up on its runner after 60 s
 * without an answer ("Timeout calling onTaskUpdate"), and a test that waited
 * on a child synchronously kept the worker from answering for as long as the
 * child ran — on a loaded 2-core machine, several builds in a row passed 60 s.
 * Awaiting a child leaves the event loop free.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => reject(new Error(`promokit ${args.join(' ')} did not run: ${err.message}\nstderr:\n${stderr}`)));
    child.on('close', (code, signal) => {
      if (code === null) reject(new Error(`promokit ${args.join(' ')} was killed by ${signal ?? 'an unknown signal'}\nstderr:\n${stderr}`));
      else resolve({ code, stdout, stderr });
    });
  });
}
