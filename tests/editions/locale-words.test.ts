// The PDFs' interface words come from the locale files: a project's own
// locales/es.yaml changes the contents heading of the Spanish edition, and
// editing it rebuilds the PDF (the words are part of the document's cache key).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { demoManual, load, writeFiles, writeProject } from './fixture.js';
import { readPages } from './pdf-read.js';

describe('interface words from locale files', () => {
  it('sets the contents heading from a project locales/es.yaml, and rebuilds when it changes', async () => {
    const root = writeProject(demoManual('palabras', 1));
    const out = join(root, 'out');
    const build = () => buildManuals(load(root), { out, layout: 'single', langs: ['es'], sourceDateEpoch: '1700000000' });
    const contentsPage = async () => (await readPages(new Uint8Array(readFileSync(join(out, 'palabras/palabras.es.pdf')))))[1]!.text;

    const first = await build();
    expect(first.failures).toEqual([]);
    // The shipped words: promokit's locales/es.yaml.
    expect(await contentsPage()).toMatch(/^Contenido /);

    writeFiles(root, { 'locales/es.yaml': 'words:\n  contents: Índice de temas\n  duration: Tiempo\n' });
    const second = await build();
    expect(second.failures).toEqual([]);
    expect(second.outputs[0]!.upToDate).toBe(false);
    expect(await contentsPage()).toMatch(/^Índice de temas /);
    const text = (await readPages(new Uint8Array(readFileSync(join(out, 'palabras/palabras.es.pdf'))))).map((p) => p.text).join(' ');
    expect(text).toContain('Tiempo: 31 minutos');
    // Words the project file lacks still come from the shipped Spanish ones.
    expect(text).toContain('Mensajes clave');
    expect(text).not.toContain('Contenido');

    // Unchanged words: nothing to rebuild.
    const third = await build();
    expect(third.outputs[0]!.upToDate).toBe(true);
  });
});
