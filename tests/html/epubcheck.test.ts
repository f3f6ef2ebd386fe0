// The EPUB edition through epubcheck, the reference validator (Debian's
// `epubcheck` package; a Java program, run offline). Not a dependency of
// promokit: skipped, saying why, where it is not on PATH.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, openSync, readSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpub } from '../../src/html/build-epub.js';
import { loadProject } from '../../src/model/load-project.js';
import { demoManual, load, writeProject } from '../editions/fixture.js';
import { EPOCH, REPO } from './samples.js';

const run = promisify(execFile);

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/** How to start epubcheck: Debian's /usr/bin/epubcheck is the jar itself, run by java. */
function epubcheckCommand(): { command: string; args: string[] } | string {
  const found = onPath('epubcheck');
  if (!found) return 'no epubcheck on PATH (install it with "apt-get install -y epubcheck"; it needs Java)';
  const head = Buffer.alloc(2);
  const fd = openSync(found, 'r');
  readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  if (head.toString('latin1') !== 'PK') return { command: found, args: [] };
  const java = onPath('java');
  if (!java) return `${found} is a Java program and there is no java on PATH`;
  // A short check: the quick compiler and one GC thread start it in a third of the time and half the memory.
  return { command: java, args: ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', found] };
}

const EPUBCHECK = epubcheckCommand();
if (typeof EPUBCHECK === 'string') console.warn(`tests/html/epubcheck.test.ts skipped: ${EPUBCHECK}`);

interface Report {
  messages: { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[];
  checker: { nFatal: number; nError: number; nWarning: number; checkerVersion: string };
}

describe.skipIf(typeof EPUBCHECK === 'string')('the EPUBs pass epubcheck', () => {
  const books: string[] = [];
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    const cmd = EPUBCHECK as { command: string; args: string[] };
    const out = mkdtempSync(join(tmpdir(), 'promokit-epubcheck-'));
    const samples = await buildEpub(loadProject(REPO).project, { out, sourceDateEpoch: EPOCH });
    expect(samples.failures.map((f) => f.format())).toEqual([]);
    // And a book with what the samples may lack: a link to another module's section, a facilitator note, markup in a title.
    const files = demoManual('demo', 2, { extra: { 1: { es: '\nVéase el [módulo 2](../02-tema-2/es.md#objectives).\n\n::: facilitator\nRespuestas.\n:::\n' } } });
    files['manuals/demo/manual.yaml'] = String(files['manuals/demo/manual.yaml']).replace('es: Salud y bienestar', 'es: "Salud <b>y</b> bienestar & más"');
    const root = writeProject(files);
    const demo = await buildEpub(load(root), { out, langs: ['es'], sourceDateEpoch: EPOCH });
    books.push(...samples.outputs.map((o) => o.path), ...demo.outputs.map((o) => o.path));
    // Two at a time: each is a Java start-up of several seconds.
    const queue = [...books];
    const worker = async (): Promise<void> => {
      for (let book = queue.shift(); book; book = queue.shift()) {
        // --json -: the report on stdout. epubcheck exits 1 when it finds errors: the report says which.
        const { stdout } = await run(cmd.command, [...cmd.args, book, '--json', '-'], { maxBuffer: 16 * 1024 * 1024 }).catch((err: { stdout?: string; stderr?: string }) => {
          if (err.stdout?.includes('"checker"')) return { stdout: err.stdout };
          throw new Error(`epubcheck did not run on ${book}: ${err.stderr ?? String(err)}`);
        });
        reports.set(book, JSON.parse(stdout.slice(stdout.indexOf('{'))) as Report);
      }
    };
    await Promise.all([worker(), worker()]);
  }, 600_000);

  it('finds no fatal error, error or warning in any book', () => {
    expect(books.length).toBe(7);
    for (const book of books) {
      expect(existsSync(book)).toBe(true);
      const report = reports.get(book)!;
      const problems = report.messages
        .filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
        .map((m) => `${m.severity} ${m.ID} ${m.locations.map((l) => `${l.path}:${l.line}`).join(', ')}: ${m.message}`);
      expect(problems, relative(tmpdir(), book)).toEqual([]);
      expect(report.checker).toMatchObject({ nFatal: 0, nError: 0, nWarning: 0 });
    }
  });
});
