import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { demoManual, load, writeProject } from './fixture.js';
import { readPages } from './pdf-read.js';

describe('module editions', () => {
  it('build one module alone, per language, without cover, contents or glossary', async () => {
    const root = writeProject(demoManual('demo', 3));
    const out = join(root, 'out');
    const r = await buildManuals(load(root), { out, moduleEditions: ['02-tema-2'] });
    expect(r.failures).toEqual([]);
    expect(r.outputs.map((o) => o.path.slice(out.length + 1)).sort()).toEqual(['demo/modules/02-tema-2.en.pdf', 'demo/modules/02-tema-2.es.pdf']);
    const pages = await readPages(new Uint8Array(readFileSync(join(out, 'demo/modules/02-tema-2.es.pdf'))));
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('Módulo número 2');
    expect(text).toContain('MÓDULO 2');
    expect(text).not.toContain('número 1');
    expect(text).not.toContain('número 3');
    expect(text).not.toMatch(/Contenido|Glosario/);
    expect(r.stats.converted).toBe(2);
  });
});
