// Every Typst error of a failed document, each with the Markdown file and
// line it comes from (src/typeset/typst-errors.ts), and the block markers of
// templates/module.lua that this rests on.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { MARKER, ModuleConverter } from '../../src/convert/convert.js';
import { loadProject } from '../../src/model/load-project.js';
import { BuildCache } from '../../src/cache/build-cache.js';
import { wasmPandoc } from '../../src/convert/pandoc-wasm.js';
import { demoManual, load, moduleMd, writeProject } from '../editions/fixture.js';

const ES1 = 'manuals/demo/modules/01-tema-1/es.md';
const ES2 = 'manuals/demo/modules/02-tema-2/es.md';
const EN1 = 'manuals/demo/modules/01-tema-1/en.md';

/** 1-based line of the first line of `text` starting with `start`. */
function lineOf(text: string, start: string): number {
  const i = text.split('\n').findIndex((l) => l.startsWith(start));
  expect(i, `no line starts with ${start}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

const TYPST = (code: string): string => `\`\`\`{=typst}\n${code}\n\`\`\``;

describe('a document that does not compile', () => {
  it('reports every error of every module, each at its Markdown line', async () => {
    const files = demoManual('demo', 2, { allowRaw: true });
    files[ES1] = moduleMd(
      'es',
      1,
      [
        '',
        'Un párrafo.',
        '',
        TYPST('#nosuchfn()'),
        '',
        '::: note',
        'Dentro de la nota.',
        '',
        TYPST('#otrafn(1)'),
        ':::',
        '',
        '- uno',
        '- dos `#(1 + "a")`{=typst} tres',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | `#tablafn()`{=typst} |',
        '',
      ].join('\n'),
    );
    files[ES2] = moduleMd('es', 2, `\nTexto.\n\n${TYPST('#let x = (1 + "a")')}\n`);
    const root = writeProject(files);
    const r = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single' });
    const es1 = String(files[ES1]);
    const es2 = String(files[ES2]);
    expect(r.failures.map((f) => [f.file, f.line, f.rule, f.message.replace(/^module \S+ \(es\) does not compile: /, '')])).toEqual([
      [ES1, lineOf(es1, '#nosuchfn()'), 'typst-compile', 'unknown variable: nosuchfn'],
      [ES1, lineOf(es1, '#otrafn(1)'), 'typst-compile', 'unknown variable: otrafn'],
      [ES1, lineOf(es1, '- uno'), 'typst-compile', 'cannot add integer and string'],
      [ES1, lineOf(es1, '| a | b |'), 'typst-compile', 'unknown variable: tablafn'],
      [ES2, lineOf(es2, '#let x'), 'typst-compile', 'cannot add integer and string'],
    ]);
    expect(r.outputs).toEqual([]);
  }, 120_000);

  it('places an error in a section title at the heading, and still finds the other modules’ errors', async () => {
    const files = demoManual('demo', 2, { allowRaw: true });
    files[ES1] = moduleMd('es', 1, `\n## Título \`#titulofn()\`{=typst} {#titulo}\n\nTexto.\n\n${TYPST('#despuesfn()')}\n`);
    files[ES2] = moduleMd('es', 2, `\n${TYPST('#otromodulofn()')}\n`);
    const root = writeProject(files);
    const r = await buildManuals(load(root), { out: join(root, 'out'), langs: ['es'], layout: 'single' });
    const lines = r.failures.map((f) => [f.file, f.line, f.message.split(': ').pop()]);
    expect(lines).toContainEqual([ES1, lineOf(String(files[ES1]), '## Título'), 'titulofn']);
    expect(lines).toContainEqual([ES2, lineOf(String(files[ES2]), '#otromodulofn()'), 'otromodulofn']);
  }, 120_000);

  it('names each language file in the bilingual edition', async () => {
    const files = demoManual('demo', 1, { allowRaw: true });
    files[ES1] = moduleMd('es', 1, `\n${TYPST('#faltaes()')}\n`);
    files[EN1] = moduleMd('en', 1, `\n${TYPST('#missingen()')}\n`);
    const root = writeProject(files);
    const r = await buildManuals(load(root), { out: join(root, 'out') });
    const found = r.failures.map((f) => `${f.file}:${f.line} ${f.message.split(': ').pop()}`);
    expect(found.sort()).toEqual(
      [`${EN1}:${lineOf(String(files[EN1]), '#missingen()')} missingen`, `${ES1}:${lineOf(String(files[ES1]), '#faltaes()')} faltaes`].sort(),
    );
    expect(r.outputs).toEqual([]);
  }, 120_000);
});

describe('block markers (templates/module.lua)', () => {
  it('leave the Typst of the sample manuals as it is, and give each marker the line of its block', async () => {
    const { project } = loadProject(fileURLToPath(new URL('../..', import.meta.url)));
    const converter = new ModuleConverter(async () => wasmPandoc(), wasmPandoc().name, new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-markers-'))));
    let checked = 0;
    for (const manual of project.manuals) {
      for (const module of manual.modules) {
        for (const file of Object.values(module.files)) {
          if (!file) continue;
          const converted = await converter.convert(manual, module, file);
          expect(converted.typst).not.toContain('pk-src');
          // Undefined unless the marked Typst is the converted Typst plus marker lines.
          const annotated = await converter.annotate(converted);
          expect(annotated, file.file).toBeDefined();
          const md = file.body.split('\n');
          const at = (n: number): string => md[annotated!.lines[n - 1]! - file.bodyLine]!;
          const typst = annotated!.typst.split('\n');
          typst.forEach((l, i) => {
            const n = MARKER.exec(l)?.[1];
            if (n === undefined) return;
            const next = typst[i + 1]!;
            if (next.startsWith('(id: ')) expect(at(Number(n)), `${file.file}: ${next}`).toMatch(/^##? /);
            if (next.startsWith('#figure(image(')) expect(at(Number(n)), `${file.file}: ${next}`).toMatch(/^!\[/);
            if (next.startsWith('#pk-callout(')) expect(at(Number(n)), `${file.file}: ${next}`).toMatch(/^:::/);
          });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  }, 300_000);
});
