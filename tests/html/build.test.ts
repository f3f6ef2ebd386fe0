// buildHtml on small projects written in the test: what the pages hold, that
// every project string stays text, and that a rebuild gives the same bytes.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHtml, SIZE_BUDGET, type HtmlResult } from '../../src/html/build-html.js';
import { demoManual, load, writeFiles, writeProject } from '../editions/fixture.js';

const HOSTILE = '<script>alert(1)</script> & "más" \'x\'';

const page = (root: string, name: string, out = 'out'): string => readFileSync(join(root, out, 'demo', name), 'utf8');
/** Every id="…" of a page. */
const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);

describe('the HTML edition of a small manual', () => {
  let root: string;
  let result: HtmlResult;

  beforeAll(async () => {
    const files = demoManual('demo', 2, {
      extra: {
        1: {
          es: `
Véase el [módulo 2](../02-tema-2/es.md#objectives), una nota[^n] y otra[^m].

[^n]: Primera nota.
[^m]: Segunda nota.

![Foto remota](https://example.org/foto.png)

<b>crudo</b>

::: facilitator
Respuestas para quien facilita.
:::
`,
          en: `
See [module 2](../02-tema-2/en.md#objectives) and a note[^n].

[^n]: First note.

::: facilitator
Answers for the facilitator.
:::
`,
        },
      },
    });
    files['manuals/demo/manual.yaml'] = String(files['manuals/demo/manual.yaml']).replace('es: Salud y bienestar', `es: ${JSON.stringify(HOSTILE)}`).replace('organization: Red Comunitaria de Promotoras', 'organization: "</style><script>bad()</script>"');
    files['manuals/demo/glossary.yaml'] = String(files['manuals/demo/glossary.yaml']).replace('term: estrés', 'term: "<b>estrés</b>"');
    files['manuals/demo/modules/02-tema-2/es.md'] = String(files['manuals/demo/modules/02-tema-2/es.md']).replace('title: "Módulo número 2: el estrés"', 'title: "<img src=x onerror=alert(2)>"');
    root = writeProject(files);
    result = await buildHtml(load(root), { out: join(root, 'out'), perModule: true, sourceDateEpoch: '1767225600' });
  }, 300_000);

  it('writes a page per language, one with every language, and the same per module, with their sizes', () => {
    expect(result.failures.map((f) => f.format())).toEqual([]);
    expect(result.outputs.map((o) => o.path.slice(root.length))).toEqual([
      '/out/demo/demo.es.html',
      '/out/demo/demo.en.html',
      '/out/demo/demo.html',
      '/out/demo/modules/01-tema-1.es.html',
      '/out/demo/modules/01-tema-1.en.html',
      '/out/demo/modules/01-tema-1.html',
      '/out/demo/modules/02-tema-2.es.html',
      '/out/demo/modules/02-tema-2.en.html',
      '/out/demo/modules/02-tema-2.html',
    ]);
    for (const o of result.outputs) {
      expect(o.bytes).toBe(readFileSync(o.path).length);
      expect(o.bytes).toBeLessThan(SIZE_BUDGET);
      expect(o.warnings).toEqual([]);
    }
  });

  it('keeps every project string as text: a title with <script> stays text', () => {
    for (const name of ['demo.es.html', 'demo.html', 'modules/02-tema-2.html']) {
      const html = page(root, name);
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<script>bad');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<b>estrés</b>');
      // The only script is ours (the search box, and the language switch in the page with every language).
      expect(html.match(/<script/g)?.length ?? 0).toBe(1);
      expect(html.includes("var KEY = 'promokit-lang'")).toBe(!name.includes('.es.'));
    }
    const es = page(root, 'demo.es.html');
    expect(es).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;más&quot; &#x27;x&#x27;</title>');
    expect(es).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;más&quot; &#x27;x&#x27;</h1>');
    expect(es).toContain('&lt;/style&gt;&lt;script&gt;bad()&lt;/script&gt;');
    expect(es).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(es).toContain('&lt;b&gt;estrés&lt;/b&gt;');
    // Raw HTML in a module is dropped unless manual.yaml allows it.
    expect(es).not.toContain('<b>crudo</b>');
  });

  it('marks every language: the page, and each block of the page with every language', () => {
    expect(page(root, 'demo.es.html')).toMatch(/<html lang="es"/);
    expect(page(root, 'demo.en.html')).toMatch(/<html lang="en"/);
    const both = page(root, 'demo.html');
    expect(both).toMatch(/<html lang="es"/);
    const blocks = [...both.matchAll(/<(\w+) class="pk-l pk-l-(\w+)[^"]*"([^>]*)>/g)];
    expect(blocks.length).toBeGreaterThan(20);
    for (const [tag, , lang, rest] of blocks) expect(rest, tag).toContain(`lang="${lang}"`);
    expect(both).toContain('<label for="pk-lang-en" lang="en">English</label>');
  });

  it('has callouts, facilitator notes in a <details>, the objectives box, figures with alt text, a glossary with anchors', () => {
    const es = page(root, 'demo.es.html');
    expect(es).toContain('<div class="pk-callout pk-activity">');
    expect(es).toMatch(/<details class="pk-callout pk-facilitator"><summary>Para quien facilita<\/summary>\s*<p>Respuestas para quien facilita.<\/p>\s*<\/details>/);
    expect(es).toContain('pk-section pk-callout pk-objectives');
    expect(es).toMatch(/<img src="data:image\/svg\+xml,[^"]+" alt="Una persona camina con una mochila"/);
    expect(es).toContain('<dt id="pk.glossary.es.stress">');
    expect(es).toContain('<details class="pk-l pk-l-es pk-contents" lang="es">');
    expect(es).toContain('<a href="#pk.glossary.es">Glosario</a>');
  });

  it('fetches nothing: images and fonts are inside, a remote image is its description', () => {
    const es = page(root, 'demo.es.html');
    expect(es).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(es).not.toMatch(/url\(["']?(https?:)?\/\//);
    expect(es).toContain('<em>Foto remota</em>');
    expect(es.match(/@font-face \{ font-family: "Atkinson Hyperlegible"; [^}]*src: url\("data:font\/ttf;base64,/g)?.length).toBe(4);
  });

  it('links to a section of another module where the page has it, and prints the text where it has not', () => {
    expect(page(root, 'demo.es.html')).toContain('<a href="#pk.02-tema-2.es.objectives">módulo 2</a>');
    const alone = page(root, 'modules/01-tema-1.es.html');
    expect(alone).not.toContain('href="#pk.02-tema-2');
    expect(alone).toContain('<span>módulo 2</span>');
  });

  it('gives every element a different id, footnotes included', () => {
    for (const name of ['demo.es.html', 'demo.html']) {
      const all = ids(page(root, name));
      expect(all.length).toBeGreaterThan(12);
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    }
    const es = page(root, 'demo.es.html');
    expect(es).toContain('id="pk.01-tema-1.es.pk-fn-1"');
    expect(es).toContain('id="pk.01-tema-1.es.pk-fn-2"');
    expect(es).toContain('href="#pk.01-tema-1.es.pk-fnref-2"');
  });

  it('dates the page with SOURCE_DATE_EPOCH', () => {
    expect(page(root, 'demo.es.html')).toContain('<meta name="date" content="2026-01-01">');
  });

  it('gives the same bytes on a rebuild, and leaves unchanged files alone', async () => {
    const again = await buildHtml(load(root), { out: join(root, 'out2'), perModule: true, sourceDateEpoch: '1767225600' });
    expect(again.failures).toEqual([]);
    for (const o of result.outputs) {
      const name = o.path.slice(join(root, 'out', 'demo').length + 1);
      expect(page(root, name, 'out2') === page(root, name), name).toBe(true);
    }
    const same = await buildHtml(load(root), { out: join(root, 'out'), manuals: ['demo'], sourceDateEpoch: '1767225600' });
    expect(same.outputs.map((o) => o.upToDate)).toEqual([true, true, true]);
  });
});

describe('the HTML edition, other projects', () => {
  it('uses a template the project puts in templates/html/, escaping what it prints', async () => {
    const root = writeProject(demoManual('demo', 1));
    writeFiles(root, { 'templates/html/cover.hbs': '<header class="own-cover"><p>Nuestra portada: {{cover.organization}}</p><p>{{{cover.organization}}}</p></header>\n' });
    writeFiles(root, { 'manuals/demo/manual.yaml': String(demoManual('demo', 1)['manuals/demo/manual.yaml']).replace('organization: Red Comunitaria de Promotoras', 'organization: "Red <i>A</i>"') });
    const result = await buildHtml(load(root), { out: join(root, 'out'), langs: ['es'] });
    expect(result.failures).toEqual([]);
    const es = page(root, 'demo.es.html');
    expect(es).toContain('<header class="own-cover"><p>Nuestra portada: Red &lt;i&gt;A&lt;/i&gt;</p>');
    expect(es).not.toContain('class="pk-cover"');
    // The rest is ours.
    expect(es).toContain('<details class="pk-l pk-l-es pk-contents" lang="es">');
  });

  it("takes its interface words from the project's locale files, as the PDFs do: the search box's too", async () => {
    const root = writeProject(demoManual('demo', 1));
    writeFiles(root, { 'locales/es.yaml': 'words:\n  contents: Índice\n  search: Encontrar\n', 'manuals/demo/locales/es.yaml': 'words:\n  search_none: Nada por aquí\n' });
    const result = await buildHtml(load(root), { out: join(root, 'out'), langs: ['es'] });
    expect(result.failures).toEqual([]);
    const es = page(root, 'demo.es.html');
    expect(es).toContain('<summary>Índice</summary>');
    expect(es).toContain('<label for="pk-search-input" class="pk-search-label"><span class="pk-l pk-l-es" lang="es">Encontrar</span></label>');
    expect(es).toContain('data-found="Secciones encontradas" data-none="Nada por aquí"');
  });

  it('names a project template that does not compile', async () => {
    const root = writeProject(demoManual('demo', 1));
    writeFiles(root, { 'templates/html/module.hbs': '{{#each header}}\n' });
    await expect(buildHtml(load(root), { out: join(root, 'out') })).rejects.toMatchObject({ rule: 'html-template', file: 'templates/html/module.hbs' });
  });

  it('keeps raw HTML when manual.yaml allows it', async () => {
    const root = writeProject(demoManual('demo', 1, { allowRaw: true, extra: { 1: { es: '\n<mark>crudo</mark>\n' } } }));
    const result = await buildHtml(load(root), { out: join(root, 'out'), langs: ['es'] });
    expect(result.failures).toEqual([]);
    expect(page(root, 'demo.es.html')).toContain('<mark>crudo</mark>');
  });

  it('does not write a page whose module lacks the language, and writes the others', async () => {
    const root = writeProject(demoManual('demo', 2));
    rmSync(join(root, 'manuals/demo/modules/02-tema-2/en.md'));
    const result = await buildHtml(load(root), { out: join(root, 'out') });
    expect(result.failures.map((f) => f.rule)).toEqual(['language-file-missing']);
    expect(result.outputs.map((o) => o.path.slice(root.length))).toEqual(['/out/demo/demo.es.html']);
  });

  it('refuses an unknown manual id', async () => {
    const root = writeProject(demoManual('demo', 1));
    await expect(buildHtml(load(root), { out: join(root, 'out'), manuals: ['nope'] })).rejects.toThrow(/no manual "nope"/);
  });
});
