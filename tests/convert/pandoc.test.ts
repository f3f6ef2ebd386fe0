import { describe, expect, it } from 'vitest';
import { wasmPandoc } from '../../src/convert/pandoc-wasm.js';

const opts = { module: '01-estres', lang: 'es', base: '/src/manuals/m/modules/01-estres' };

describe('pandoc-wasm → Typst module', () => {
  const pandoc = wasmPandoc();

  it('binds the intro and one entry per section, with prefixed labels', async () => {
    const out = await pandoc.toTypst('Intro.\n\n## Objetivos {#objectives}\n\n1. Uno\n\n## Otra\n\nTexto.\n', opts);
    expect(out).toBe(
      [
        '#let pk-intro = [\nIntro.\n\n]',
        '#let pk-sections = (',
        '(id: "objectives", label: "pk:01-estres:es:objectives", title: [Objetivos], body: [\n+ Uno\n\n]),',
        '(id: "section-2", label: "pk:01-estres:es:section-2", title: [Otra], body: [\nTexto.\n\n]),',
        ')',
        '',
      ].join('\n'),
    );
  });

  it('turns fenced divs into callouts and keeps unknown ones as plain blocks', async () => {
    const out = await pandoc.toTypst('## A {#a}\n\n::: activity\nHagan *esto*.\n:::\n\n::: custom\nTexto libre.\n:::\n', opts);
    expect(out).toContain('#pk-callout("activity")[\nHagan #emph[esto].\n\n]');
    expect(out).not.toContain('custom');
    expect(out).toContain('Texto libre.');
  });

  it('rewrites image paths into the workspace and section links into labels', async () => {
    const md = '![Un mapa](img/mapa.svg)\n\nVer [objetivos](#objectives), [otro](../02-duelo/en.md#key), [web](https://example.org).\n';
    const out = await pandoc.toTypst(md, opts);
    expect(out).toContain('image("/src/manuals/m/modules/01-estres/img/mapa.svg"');
    expect(out).toContain('caption: [\n    Un mapa\n  ]');
    expect(out).toContain('#pk-xref("pk:01-estres:es:objectives")[objetivos]');
    expect(out).toContain('#pk-xref("pk:02-duelo:en:key")[otro]');
    expect(out).toContain('#link("https://example.org")[web]');
  });

  it('escapes what Typst would read as markup, and does not read $…$ or @name', async () => {
    const out = await pandoc.toTypst('Cuesta $5 o $10; escriba a @promotora #1 <b] C:\\carpeta fin.\n', opts);
    expect(out).toContain('Cuesta \\$5 o \\$10; escriba a \\@promotora \\#1 \\<b\\] C:\\\\carpeta fin.');
    expect(out).not.toContain('cite');
  });

  it('drops raw Typst blocks and spans unless allowed', async () => {
    const md = '```{=typst}\n#text(red)[rojo]\n```\n\nUno `#azul`{=typst} dos `#verde`{=TYPST} tres.\n\n<div>html</div>\n';
    const dropped = await pandoc.toTypst(md, opts);
    expect(dropped).not.toMatch(/rojo|azul|verde|html/);
    expect(dropped).toContain('Uno dos tres.');
    const kept = await pandoc.toTypst(md, { ...opts, allowRaw: true });
    expect(kept).toContain('#text(red)[rojo]');
    expect(kept).toContain('Uno #azul dos');
    expect(kept).not.toContain('html');
  });

  it('passes allowed raw Typst blocks through and keeps definition lists and tables', async () => {
    const md = '```{=typst}\n#text(red)[rojo]\n```\n\n**Estrés**\n: Lo que siente el cuerpo.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const out = await pandoc.toTypst(md, { ...opts, allowRaw: true });
    expect(out).toContain('#text(red)[rojo]');
    expect(out).toContain('/ #strong[Estrés]:');
    expect(out).toContain('#table(');
  });
});
