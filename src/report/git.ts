// Runs git with an argument array (no shell) in a folder and collects its
// output as bytes: `git cat-file --batch` counts object sizes in bytes.
import { spawn } from 'node:child_process';

export interface GitRun {
  stdout: Buffer;
  stderr: string;
  code: number | null;
}

/** Rejects only when git cannot be started (ENOENT: not installed), with Node's error. */
export function runGit(cwd: string, args: readonly string[], input = ''): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    // No pager, no prompt for credentials, no colour: plain output for a program.
    const env = { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
    const child = spawn('git', ['-c', 'color.ui=false', '-c', 'core.quotepath=false', ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim(), code }));
    child.stdin.end(input);
  });
}

/** The blobs `git cat-file --batch` printed, in the order asked; undefined for one that is missing. */
export function parseCatFileBatch(out: Buffer, count: number): (string | undefined)[] {
  const blobs: (string | undefined)[] = [];
  let at = 0;
  while (blobs.length < count && at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol === -1) break;
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      // `<name> missing` (or ambiguous): no content follows.
      blobs.push(undefined);
      continue;
    }
    const size = Number(m[2]);
    blobs.push(m[1] === 'blob' ? out.subarray(at, at + size).toString('utf8') : undefined);
    at += size + 1;
  }
  while (blobs.length < count) blobs.push(undefined);
  return blobs;
}
