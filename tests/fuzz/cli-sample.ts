// The CLI on a seeded sample of inputs, spawned as a user runs it (dist/):
// exit code, no stack trace, no "internal error", the file named, no canary
// content printed or opened, no partial output after a failed build.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPages } from '../editions/pdf-read.js';
import { removeProject, writeInput, type Canary } from './materialize.js';
import { traceEnv } from './trace.js';
import type { FuzzInput } from './types.js';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

/** Runs the CLI without blocking; killed (SIGKILL, this child only) after `timeoutMs`. */
export function spawnCli(args: string[], cwd: string, env: Record<string, string>, timeoutMs: number): Promise<Spawned> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}

/** Runs `jobs` with at most `limit` at a time, results in order. */
export async function pooled<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A one-module build takes 1–7 s here; one that runs 30 s is hanging (a FIFO read, say). */
const BUILD_TIMEOUT_MS = 30_000;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** Problems any run of the CLI on a fuzz input must not have. */
function outputProblems(input: FuzzInput, run: Spawned, canary: Canary, trace: string, expectFail: boolean): string[] {
  const problems: string[] = [];
  const all = `${run.stdout}\n${run.stderr}`;
  const tail = (): string => JSON.stringify(all.trim().slice(-400));
  if (run.timedOut) return [`did not finish in time (killed after ${Math.round(run.ms)} ms): ${tail()}`];
  if (run.code === null) return [`was killed by ${run.signal ?? '?'}: ${tail()}`];
  const allowed = expectFail ? (input.usage ? [2] : [1, 2]) : [0, 1];
  if (!allowed.includes(run.code)) problems.push(`exit code ${run.code}, expected ${allowed.join(' or ')}: ${tail()}`);
  if (STACK.test(all)) problems.push(`printed a stack trace: ${tail()}`);
  if (/internal error/i.test(all)) problems.push(`printed an internal error: ${tail()}`);
  if (all.includes(canary.marker)) problems.push('printed the content of a file outside the project');
  if (trace.trim()) problems.push(`opened outside the project: ${trace.trim().split('\n').slice(0, 3).join('; ')}`);
  return problems;
}

/** Does the output name the input's file (or, for a folder, the folder holding it)? */
function namesIt(input: FuzzInput, text: string): boolean {
  if (!input.names) return true;
  return text.includes(input.names) || (!/\.\w+$/.test(input.names) && text.includes(dirname(input.names)));
}

export interface CliContext {
  canary: Canary;
  preload: string;
  /** Folder for trace logs. */
  logs: string;
}

function traced(ctx: CliContext, input: FuzzInput, what: string): { env: Record<string, string>; read: () => string } {
  const log = join(ctx.logs, `${input.id}.${what}.log`);
  return { env: traceEnv(ctx.preload, log, ctx.canary.dir), read: () => (existsSync(log) ? readFileSync(log, 'utf8') : '') };
}

export async function cliCheck(input: FuzzInput, ctx: CliContext): Promise<string[]> {
  const root = writeInput(input, ctx.canary);
  const t = traced(ctx, input, 'check');
  const run = await spawnCli(['check', '--root', '.', '--today', '2026-11-22'], root, t.env, 30_000);
  removeProject(root);
  const expectFail = input.hostile || Boolean(input.usage);
  const problems = outputProblems(input, run, ctx.canary, t.read(), expectFail);
  if (expectFail && run.code === 1 && !namesIt(input, `${run.stdout}\n${run.stderr}`)) problems.push(`the output does not name ${input.names}: ${JSON.stringify(run.stdout.slice(0, 400))}`);
  return problems;
}

/** Every file under `dir`, relative, hidden ones included. */
const listAll = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []);

export async function cliBuild(input: FuzzInput, ctx: CliContext): Promise<{ problems: string[]; ms: number }> {
  const root = writeInput(input, ctx.canary);
  const t = traced(ctx, input, 'build');
  const run = await spawnCli(['build', '--root', '.', '--lang', 'es'], root, t.env, BUILD_TIMEOUT_MS);
  const problems = outputProblems(input, run, ctx.canary, t.read(), input.buildFails);
  const out = join(root, 'out');
  const files = listAll(out);
  const temps = files.filter((f) => /\.tmp$/.test(f));
  if (temps.length) problems.push(`left temporary files in out/: ${temps.join(', ')}`);
  const pdf = join(out, 'demo', 'demo.es.pdf');
  if (run.code !== 0 && run.code !== null) {
    if (existsSync(pdf)) problems.push('failed, but wrote out/demo/demo.es.pdf');
    if (!namesIt(input, run.stderr)) problems.push(`the errors do not name ${input.names}: ${JSON.stringify(run.stderr.slice(-400))}`);
  }
  for (const f of files.filter((f) => f.endsWith('.pdf'))) {
    const bytes = new Uint8Array(readFileSync(join(out, f)));
    const text = (await readPages(bytes)).map((p) => p.text).join(' ');
    // Typst sets an SVG's text glyph by glyph: pdfjs reads it back as "C A N A R Y".
    if (text.replace(/\s+/g, '').includes(ctx.canary.marker) || Buffer.from(bytes).toString('latin1').includes(ctx.canary.marker)) {
      problems.push(`out/${f} holds the content of a file outside the project (${ctx.canary.marker})`);
    }
  }
  rmSync(out, { recursive: true, force: true });
  removeProject(root);
  return { problems, ms: run.ms };
}
