// One Typst document read from the build cache when set before from the same
// files (src/typeset/cached-compile.ts): the same bytes, no Typst; another
// input, another key; a document Typst refuses is not kept.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/cache/build-cache.js';
import { CachedTypst, documentKey } from '../../src/typeset/cached-compile.js';
import { compileTypst, TypstCompileError, type CompileInput } from '../../src/typeset/compile.js';
import { readPages } from '../editions/pdf-read.js';

const input = (text: string, timestamp = 1_700_000_000): CompileInput => ({ files: new Map([['/main.typ', text]]), mainPath: '/main.typ', timestamp, query: '<pk-note>' });
const DOC = '#set page(width: 200pt, height: 100pt)\nHola #metadata("nota") <pk-note>\n#pagebreak()\nAdiós';

describe('CachedTypst', () => {
  it('sets a document once; another run reads the same bytes, pages and query answers from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-cached-'));
    const first = new CachedTypst(new BuildCache(dir));
    const made = await first.compile('templates', input(DOC), compileTypst);
    expect(first.counts).toEqual({ set: { templates: 1 }, cached: 0 });
    expect(made.pages).toBe(2);
    expect(made.queried).toEqual(['nota']);

    const again = new CachedTypst(new BuildCache(dir));
    const read = await again.compile('templates', input(DOC), () => {
      throw new Error('Typst must not be asked');
    });
    expect(again.counts).toEqual({ set: {}, cached: 1 });
    expect(Buffer.compare(Buffer.from(read.pdf), Buffer.from(made.pdf))).toBe(0);
    expect(read.pages).toBe(2);
    expect(read.queried).toEqual(['nota']);
    expect((await readPages(read.pdf)).map((p) => p.text)).toEqual(['Hola', 'Adiós']);

    // Another text or another date is another document.
    expect(documentKey(input(DOC.replace('Hola', 'Buenas')))).not.toBe(documentKey(input(DOC)));
    expect(documentKey(input(DOC, 1_800_000_000))).not.toBe(documentKey(input(DOC)));
    await again.compile('decks', input(DOC.replace('Hola', 'Buenas')), compileTypst);
    expect(again.counts).toEqual({ set: { decks: 1 }, cached: 1 });
  }, 120_000);

  it('keeps nothing of a document Typst refuses, nor with the pdf kind turned off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-cached-'));
    const typst = new CachedTypst(new BuildCache(dir));
    await expect(typst.compile('templates', input('#let x = '), compileTypst)).rejects.toBeInstanceOf(TypstCompileError);
    expect(readdirSync(dir)).toEqual([]);

    const off = new CachedTypst(new BuildCache(dir, ['pdf']));
    await off.compile('templates', input(DOC), compileTypst);
    await off.compile('templates', input(DOC), compileTypst);
    expect(off.counts).toEqual({ set: { templates: 2 }, cached: 0 });
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});
