// Fonts come only from the packaged set: a name in a script the packaged
// fonts lack (Chinese, Armenian) is not set in a font of the operating system,
// so the same sources give the same PDF on every machine. (The characters are
// drawn as the font's "missing" box.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManuals } from '../../src/editions/build.js';
import { compileTypst, TypstCompileError } from '../../src/typeset/compile.js';
import { buildSlides } from '../../src/slides/build-slides.js';
import { demoManual, load, moduleMd, writeProject } from '../editions/fixture.js';
import { fonts } from '../editions/pdf-read.js';

const NAME = 'La participante 王小明 viene de Հայաստան.';

/** Font names of a PDF that are not the packaged families (subset prefixes dropped). */
async function foreignFonts(path: string): Promise<string[]> {
  const names = (await fonts(new Uint8Array(readFileSync(path)))).map((f) => f.name.replace(/^\//, '').replace(/^[A-Z]{6}\+/, ''));
  expect(names.length).toBeGreaterThan(0);
  return [...new Set(names)].filter((n) => !/^(AtkinsonHyperlegible|NotoSans)-/.test(n));
}

describe('fonts', () => {
  it('sets 王小明 and Հայաստան in a manual and in a slide deck with the packaged fonts only', async () => {
    const files = demoManual('demo', 1);
    files['manuals/demo/modules/01-tema-1/es.md'] = moduleMd('es', 1, `\n${NAME}\n`);
    files['manuals/demo/modules/01-tema-1/slides.es.md'] = `---\ntitle: 王小明\n---\n\n## Bienvenida\n\n- ${NAME}\n`;
    const root = writeProject(files);
    const out = join(root, 'out');
    const r = await buildManuals(load(root), { out, langs: ['es'], layout: 'single' });
    expect(r.failures.map((f) => f.format())).toEqual([]);
    expect(await foreignFonts(join(out, 'demo', 'demo.es.pdf'))).toEqual([]);
    const s = await buildSlides(load(root), { out, langs: ['es'] });
    expect(s.failures.map((f) => f.format())).toEqual([]);
    const deck = s.outputs.find((o) => o.kind === 'deck')!;
    expect(await foreignFonts(deck.path)).toEqual([]);
  }, 120_000);

  it('does not load the fonts of the operating system (a system-only family is unknown)', () => {
    // DejaVu Sans and Liberation Sans come with most Linux systems; none is packaged or built into Typst.
    for (const family of ['DejaVu Sans', 'Liberation Sans', 'DejaVu Serif']) {
      const files = new Map([['/main.typ', `#set text(font: "${family}")\nHola`]]);
      expect(() => compileTypst({ files, mainPath: '/main.typ', timestamp: 0 })).toThrow(TypstCompileError);
    }
  });

  it('keeps Typst\u2019s own code font, built into the compiler', () => {
    const files = new Map([['/main.typ', '#set text(font: "DejaVu Sans Mono", fallback: false)\nHola']]);
    expect(compileTypst({ files, mainPath: '/main.typ', timestamp: 0 }).pages).toBe(1);
  });
});
