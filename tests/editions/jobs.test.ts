import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals, type BuildOutput } from '../../src/editions/build.js';
import { pendingConversions } from '../../src/convert/convert.js';
import { workerThreads } from '../../src/editions/jobs.js';
import { PromokitError, UsageError } from '../../src/errors.js';
import type { Project } from '../../src/model/types.js';
import { BuildCache } from '../../src/cache/build-cache.js';
import { PooledPandoc } from '../../src/convert/pandoc-pool.js';
import { wasmPandoc } from '../../src/convert/pandoc-wasm.js';
import { demoManual, load, writeProject } from './fixture.js';

describe('--jobs', () => {
  it('a pool of pandoc workers gives the same bytes as one in-process pandoc', async () => {
    const a = writeProject(demoManual('demo', 3));
    const b = writeProject(demoManual('demo', 3));
    const ra = await buildManuals(load(a), { out: join(a, 'out'), jobs: 1, layout: 'single' });
    const pool = new PooledPandoc(2);
    try {
      const rb = await buildManuals(load(b), { out: join(b, 'out'), pandoc: pool, layout: 'single' });
      expect(ra.failures).toEqual([]);
      expect(rb.failures).toEqual([]);
      expect(rb.stats.converted).toBe(6);
    } finally {
      await pool.close();
    }
    for (const f of ['demo/demo.es.pdf', 'demo/demo.en.pdf']) {
      expect(Buffer.compare(readFileSync(join(a, 'out', f)), readFileSync(join(b, 'out', f)))).toBe(0);
    }
  }, 60_000);

  it('starts no worker for a build with little to convert, and counts what is left to convert', async () => {
    const root = writeProject(demoManual('demo', 3));
    const project = load(root);
    const filesOf = (p: Project) => p.manuals[0]!.modules.flatMap((module) => Object.values(module.files).map((file) => ({ manual: p.manuals[0]!, module, file: file! })));
    const files = filesOf(project);
    const cache = new BuildCache(join(root, 'out', '.cache'));
    expect(await pendingConversions(cache, wasmPandoc().name, files)).toBe(6);

    const r = await buildManuals(project, { out: join(root, 'out'), jobs: 4, layout: 'single' });
    expect(r.failures).toEqual([]);
    expect(r.stats).toMatchObject({ converted: 6, workers: 0 });
    expect(await pendingConversions(cache, wasmPandoc().name, files)).toBe(0);

    const es = files.find((f) => f.file.lang === 'es')!.file;
    writeFileSync(join(root, es.file), `${readFileSync(join(root, es.file), 'utf8')}\nOtra línea.\n`);
    expect(await pendingConversions(cache, wasmPandoc().name, filesOf(load(root)))).toBe(1);
  }, 60_000);

  it('converts a few files on a pandoc started ahead, with the same bytes, and stops it when nothing is left to convert', async () => {
    const a = writeProject(demoManual('demo', 3));
    const b = writeProject(demoManual('demo', 3));
    const ra = await buildManuals(load(a), { out: join(a, 'out'), jobs: 1, layout: 'single' });
    const rb = await buildManuals(load(b), { out: join(b, 'out'), jobs: 2, layout: 'single', pandocAhead: new PooledPandoc(1, true).startNow() });
    expect(ra.failures).toEqual([]);
    expect(rb.failures).toEqual([]);
    expect(rb.stats).toMatchObject({ converted: 6, workers: 1 });
    for (const f of ['demo/demo.es.pdf', 'demo/demo.en.pdf']) {
      expect(Buffer.compare(readFileSync(join(a, 'out', f)), readFileSync(join(b, 'out', f)))).toBe(0);
    }
    const again = await buildManuals(load(b), { out: join(b, 'out'), jobs: 2, layout: 'single', pandocAhead: new PooledPandoc(1, true).startNow() });
    expect(again.stats).toMatchObject({ converted: 0, convertedFromCache: 6, workers: 0 });
  }, 120_000);

  it('uses two or more workers only when each gets 10 conversions', () => {
    expect([0, 1, 16, 19].map((n) => workerThreads(n, 4))).toEqual([0, 0, 0, 0]);
    expect([20, 29, 30, 40, 500].map((n) => workerThreads(n, 4))).toEqual([2, 2, 3, 4, 4]);
    expect(workerThreads(500, 1)).toBe(0);
    expect(workerThreads(500, 2)).toBe(2);
  });

  it('refuses a nonsense number', async () => {
    const a = writeProject(demoManual('demo', 1));
    await expect(buildManuals(load(a), { out: join(a, 'out'), jobs: 0 })).rejects.toThrow(UsageError);
  });
});

describe('build summary table and plain progress lines', () => {
  const warning = new PromokitError('module 01-a (es) Typst warns: no text within underscores', { file: 'manuals/m/modules/01-a/es.md', line: 9, rule: 'typst-warning' });
  const outputs: BuildOutput[] = [
    { manual: 'm', path: '/x/out/m/m.es.pdf', langs: ['es'], layout: 'single', pages: 12, upToDate: false, ms: 1430, warnings: [warning] },
    { manual: 'm', path: '/x/out/m/m.es-en.pdf', langs: ['es', 'en'], layout: 'parallel', pages: 14, upToDate: true, ms: 2, warnings: [] },
  ];
  const show = (p: string): string => p.replace('/x/', '');

  it('lists each output with its pages, time and warnings, then the totals', async () => {
    const { summaryTable } = await import('../../src/cli/commands/build.js');
    expect(summaryTable(outputs, show, 2345, 1).split('\n')).toEqual([
      `${'output'.padEnd(17)}  pages   time  warnings`,
      `${'out/m/m.es.pdf'.padEnd(17)}     12  1.4 s         1  built`,
      `${'out/m/m.es-en.pdf'}     14      -         -  up to date`,
      '2 PDFs (1 built, 1 up to date), 26 pages, 2.3 s, 1 warning, 1 error',
      '',
    ]);
  });

  it('prints one line per output for logs', async () => {
    const { outputLine } = await import('../../src/cli/commands/build.js');
    expect(outputLine(outputs[0]!, show)).toBe('built       out/m/m.es.pdf  12 pages  1.4 s  1 warning');
    expect(outputLine(outputs[1]!, show)).toBe('up to date  out/m/m.es-en.pdf  14 pages');
  });

  it('uses every core up to four by default', async () => {
    const { defaultJobs } = await import('../../src/editions/jobs.js');
    expect([1, 2, 8].map((n) => defaultJobs(n))).toEqual([1, 2, 4]);
  });
});

describe('progress total', () => {
  it('counts each language and each pair, or languages only with --layout single', async () => {
    const { plannedOutputCount: plannedOutputs } = await import('../../src/editions/plan.js');
    const root = writeProject(demoManual('demo', 1));
    const project = load(root);
    expect(plannedOutputs(project, [], undefined, 'parallel')).toBe(3);
    expect(plannedOutputs(project, [], undefined, 'single')).toBe(2);
    expect(plannedOutputs(project, [], ['es'], 'parallel')).toBe(1);
    expect(plannedOutputs(project, ['other'], undefined, 'parallel')).toBe(0);
  });
});
