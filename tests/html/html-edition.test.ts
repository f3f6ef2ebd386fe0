// The call the build command makes for --format html.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEpubEdition, buildHtmlEdition } from '../../src/cli/commands/html-edition.js';
import { demoManual, writeProject } from '../editions/fixture.js';

describe('buildHtmlEdition', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the pages, returns each file with its size, and says them unless quiet', async () => {
    const root = writeProject(demoManual('demo', 2));
    const said: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      said.push(String(chunk));
      return true;
    });
    const out = join(root, 'out');
    const result = await buildHtmlEdition({ root, out, manuals: ['demo'], langs: ['es'], perModule: true, quiet: false });
    expect(result.failures).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.files.map((f) => f.path.slice(out.length))).toEqual([
      '/demo/demo.es.html',
      '/demo/demo.html',
      '/demo/modules/01-tema-1.es.html',
      '/demo/modules/01-tema-1.html',
      '/demo/modules/02-tema-2.es.html',
      '/demo/modules/02-tema-2.html',
    ]);
    for (const f of result.files) expect(f.bytes).toBe(statSync(f.path).size);
    expect(said).toHaveLength(6);
    expect(said[0]).toMatch(/^built {6} .*demo\.es\.html {2}\d+ KB\n$/);

    said.length = 0;
    const again = await buildHtmlEdition({ root, out, manuals: [], langs: undefined, perModule: false, quiet: true });
    expect(said).toEqual([]);
    expect(again.files.map((f) => [f.path.slice(out.length), f.upToDate])).toEqual([
      ['/demo/demo.es.html', true],
      ['/demo/demo.en.html', false],
      ['/demo/demo.html', false],
    ]);
    expect(existsSync(join(out, 'demo', 'demo.en.html'))).toBe(true);
  });
});

describe('buildEpubEdition', () => {
  it('writes a book per language and returns each with its size', async () => {
    const root = writeProject(demoManual('demo', 1));
    const out = join(root, 'out');
    const result = await buildEpubEdition({ root, out, manuals: [], langs: ['en'], quiet: true });
    expect(result.failures).toEqual([]);
    expect(result.files.map((f) => [f.path.slice(out.length), f.bytes])).toEqual([['/demo/demo.en.epub', statSync(join(out, 'demo/demo.en.epub')).size]]);
  });
});
