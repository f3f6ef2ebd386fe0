import { spawnSync } from 'node:child_process';
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
