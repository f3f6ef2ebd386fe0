import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { typesetModules } from '../../src/editions/module-pages.js';
import { demoManual, load, writeProject } from './fixture.js';
import { readPages } from './pdf-read.js';

describe('module pages in memory (typesetModules)', () => {
  it('are the bytes of the module edition, and write nothing but the cache', async () => {
    const root = writeProject(demoManual('demo', 3));
    const project = load(root);
    const manual = project.manuals[0]!;
    const out = join(root, 'mem');
    const made = await typesetModules(project, manual, ['en', 'es'], { out, modules: ['03-tema-3', '02-tema-2'], sourceDateEpoch: '1700000000' });
    // The manual's module order, each module in the order of the languages asked for.
    expect(made.map((m) => [m.module, m.lang, m.failures])).toEqual([
      ['02-tema-2', 'en', []],
      ['02-tema-2', 'es', []],
      ['03-tema-3', 'en', []],
      ['03-tema-3', 'es', []],
    ]);
    expect(readdirSync(out)).toEqual(['.cache']);
    const es2 = made[1]!;
    const text = (await readPages(es2.pdf!)).map((p) => p.text).join('\n');
    expect(text).toContain('Módulo número 2');
    expect(text).not.toContain('número 3');
    expect(text).not.toMatch(/Contenido|Glosario/);
    expect(es2.pages).toBe((await readPages(es2.pdf!)).length);

    // `build` with module editions writes the same bytes, from the same cache.
    const r = await buildManuals(project, { out, moduleEditions: ['02-tema-2'], langs: ['es'], sourceDateEpoch: '1700000000' });
    expect(r.failures).toEqual([]);
    expect(r.stats).toMatchObject({ converted: 0, compiled: 0, compiledFromCache: 1 });
    expect(Buffer.compare(readFileSync(join(out, 'demo/modules/02-tema-2.es.pdf')), Buffer.from(es2.pdf!))).toBe(0);
  }, 120_000);

  it('gives a failing module its failures and still makes the others', async () => {
    const files = demoManual('demo', 2);
    files['manuals/demo/modules/01-tema-1/es.md'] = String(files['manuals/demo/modules/01-tema-1/es.md']).replace('## Objetivos', '![falta](img/no-such.png)\n\n## Objetivos');
    const root = writeProject(files);
    const project = load(root);
    const made = await typesetModules(project, project.manuals[0]!, ['es'], { out: join(root, 'out') });
    expect(made.map((m) => m.module)).toEqual(['01-tema-1', '02-tema-2']);
    expect(made[0]!.pdf).toBeUndefined();
    expect(made[0]!.failures.map((f) => [f.file, f.rule])).toEqual([['manuals/demo/modules/01-tema-1/es.md', 'image-missing']]);
    expect(made[1]!.failures).toEqual([]);
    expect((await readPages(made[1]!.pdf!)).map((p) => p.text).join('\n')).toContain('Módulo número 2');
    expect(existsSync(join(root, 'out', 'demo'))).toBe(false);
  }, 120_000);
});
