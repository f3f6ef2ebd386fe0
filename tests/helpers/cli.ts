import { spawn, spawnSync } from 'node:child_process';
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
 * started) is never what a test expects: that throws, saying how it ended.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } });
  if (r.status === null) {
    const how = r.error ? `did not run: ${r.error.message}` : `was killed by ${r.signal ?? 'an unknown signal'}`;
    throw new Error(`promokit ${args.join(' ')} ${how}\nstderr:\n${r.stderr ?? ''}`);
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * runCli without blocking this process: for tests that serve the CLI
 * something themselves (an HTTP cache on 127.0.0.1), which spawnSync would
 * leave unanswered.
 */
export function runCliAsync(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === null) reject(new Error(`promokit ${args.join(' ')} was killed by ${signal ?? 'an unknown signal'}\nstderr:\n${stderr}`));
      else resolve({ code, stdout, stderr });
    });
  });
}
