import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when the process did not exit by itself (killed, or failed to start). */
  died?: string;
}

/** Runs the built CLI (dist/, made by `npm test`'s pretest) as a user would. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } });
  const died = r.status === null ? `${r.signal ?? 'no signal'}${r.error ? `: ${r.error.message}` : ''}` : undefined;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ...(died ? { died } : {}) };
}
