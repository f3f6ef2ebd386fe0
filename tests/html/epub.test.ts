// buildEpub: an EPUB 3 per language, checked here without epubcheck (which
// tests/html/epubcheck.test.ts runs where it is installed): the container's
// structure, the package document, every file it lists, ids an EPUB allows,
// and pandoc's own EPUB reader reading it back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpub, type EpubResult } from '../../src/html/build-epub.js';
import { compiledPandoc, startPandoc } from '../../src/convert/pandoc-wasm-core.js';
import { demoManual, load, writeProject } from '../editions/fixture.js';
import { readZip, type ZipEntry } from './zip.js';

const text = (entries: ZipEntry[], name: string): string => entries.find((e) => e.name === name)!.data.toString('utf8');

describe('the EPUB edition', () => {
  let root: string;
  let result: EpubResult;

  beforeAll(async () => {
    const files = demoManual('demo', 2, { extra: { 1: { es: '\nVéase el [módulo 2](../02-tema-2/es.md#objectives).\n\n::: facilitator\nRespuestas.\n:::\n' } } });
    files['manuals/demo/manual.yaml'] = String(files['manuals/demo/manual.yaml']).replace('es: Salud y bienestar', 'es: "Salud <b>y</b> bienestar & más"');
    root = writeProject(files);
    result = await buildEpub(load(root), { out: join(root, 'out'), sourceDateEpoch: '1767225600' });
  }, 300_000);

  it('writes one book per language', () => {
    expect(result.failures.map((f) => f.format())).toEqual([]);
    expect(result.outputs.map((o) => o.path.slice(root.length))).toEqual(['/out/demo/demo.es.epub', '/out/demo/demo.en.epub']);
  });

  it('is a well-formed EPUB 3 container with a complete package', () => {
    const entries = readZip(readFileSync(join(root, 'out/demo/demo.es.epub')));
    // mimetype first and stored, as the OCF spec requires.
    expect(entries[0]).toMatchObject({ name: 'mimetype', method: 0 });
    expect(entries[0]!.data.toString()).toBe('application/epub+zip');
    const container = text(entries, 'META-INF/container.xml');
    const opfPath = /full-path="([^"]+)"/.exec(container)![1]!;
    const opf = text(entries, opfPath);
    expect(opf).toContain('<package version="3.0"');
    expect(opf).toContain('<dc:language>es</dc:language>');
    expect(opf).toContain('>urn:promokit:demo:es</dc:identifier>');
    expect(opf).toContain('>Salud &lt;b&gt;y&lt;/b&gt; bienestar &amp; más</dc:title>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>');
    const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
    const hrefs = [...opf.matchAll(/<item [^>]*href="([^"]+)"/g)].map((m) => base + m[1]);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(entries.some((e) => e.name === h), h).toBe(true);
    // Two modules and the glossary: a chapter each; images stored in the book.
    const chapters = entries.filter((e) => /text\/ch\d+\.xhtml$/.test(e.name));
    expect(chapters).toHaveLength(3);
    expect(entries.some((e) => e.name.endsWith('.svg'))).toBe(true);
    for (const c of [...chapters, entries.find((e) => e.name.endsWith('nav.xhtml'))!]) {
      const x = c.data.toString('utf8');
      expect(x.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(x).not.toMatch(/\sid="[^"]*:/);
      expect(x).not.toContain('data:image');
    }
    const ch1 = chapters[0]!.data.toString('utf8');
    expect(ch1).toContain('<section id="pk.01-tema-1.es" class="level1">');
    expect(ch1).toMatch(/<details class="pk-callout pk-facilitator">\s*<summary>\s*Para quien facilita\s*<\/summary>/);
    expect(ch1).toContain('href="ch002.xhtml#pk.02-tema-2.es.objectives"');
    expect(ch1).toMatch(/<img src="..\/media\/[^"]+\.svg" alt="Una persona camina con una mochila"/);
  });

  it('reads back with pandoc’s EPUB reader', async () => {
    const pandoc = await startPandoc(await compiledPandoc());
    const back = pandoc.convert({ from: 'epub', to: 'plain', 'input-files': ['book.epub'] }, '', { 'book.epub': readFileSync(join(root, 'out/demo/demo.en.epub')) });
    expect(back.stderr).toBe('');
    expect(back.stdout).toContain('Module number 1: stress');
    expect(back.stdout).toContain('ENGLISHTEXT Stress is a natural reaction');
    expect(back.stdout).toContain('reaction to pressure.');
  });

  it('gives the same bytes again', async () => {
    const again = await buildEpub(load(root), { out: join(root, 'out2'), sourceDateEpoch: '1767225600' });
    for (const o of again.outputs) {
      expect(readFileSync(o.path).equals(readFileSync(join(root, 'out', 'demo', `demo.${o.lang}.epub`))), o.path).toBe(true);
    }
    const same = await buildEpub(load(root), { out: join(root, 'out'), sourceDateEpoch: '1767225600' });
    expect(same.outputs.map((o) => o.upToDate)).toEqual([true, true]);
  });
});
