// A three-language manual with an Indigenous language (mix): it builds, and
// the letters Atkinson Hyperlegible lacks (ꞌ U+A78C saltillo, ɨ barred i,
// a̱ with U+0331 macron below) are drawn from Noto Sans, the next font of the
// fallback chain, never as an empty box.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManuals, type BuildResult } from '../../src/editions/build.js';
import { fontCoverage, GLYPH_FONTS } from '../../src/check/glyph-coverage.js';
import { FONT_FAMILIES } from '../../src/typeset/fonts.js';
import { demoManual, load, manualYaml, writeProject } from './fixture.js';
import { fonts, readPages, textRunFonts } from './pdf-read.js';

// A placeholder, not Mixtec: the letters Mixtec and Triqui orthographies use,
// in strings made up to test the fonts. No one here can verify a real text.
const MIX = `---
title: "[mix] demonstration text — not a translation"
duration: 20
reviewed: 2026-03-01
---

## Objetivos {#objectives}

[mix] demonstration text — not a translation.

SALTILLO ꞌ BARRED ɨ MACRON a̱ — taꞌan, nɨ, ka̱.

SIGNS ≥ → ǎ ẽ ñ ¿ END

## Actividad {#activity}

::: activity
[mix] demonstration text: ꞌ ɨ a̱.
:::
`;

describe('a manual in es, en and mix', () => {
  let root: string;
  let result: BuildResult;
  beforeAll(async () => {
    const files = demoManual('tres', 1);
    files['manuals/tres/manual.yaml'] = manualYaml('tres').replace('languages: [es, en]', 'languages: [es, en, mix]') +
      // Typst has no hyphenation patterns for mix: asked to hyphenate, it must still set the text.
      'typography: { hyphenate: true }\n';
    files['manuals/tres/modules/01-tema-1/mix.md'] = MIX;
    root = writeProject(files);
    result = await buildManuals(load(root), { out: join(root, 'out'), layout: 'single', sourceDateEpoch: '1700000000' });
  });

  it('builds every language, mix too', () => {
    expect(result.failures.map((f) => f.format())).toEqual([]);
    expect(result.outputs.map((o) => o.path.split('/').pop()).sort()).toEqual(['tres.en.pdf', 'tres.es.pdf', 'tres.mix.pdf']);
  });

  it('keeps the fonts Typst tries in the order of the glyph check', () => {
    expect(FONT_FAMILIES).toEqual(GLYPH_FONTS.map((f) => f.family));
  });

  it('prints ꞌ ɨ a̱ from Noto Sans, with their text', async () => {
    const pdf = new Uint8Array(readFileSync(join(root, 'out/tres/tres.mix.pdf')));
    // Runs are split where the font changes: read the text without spaces.
    const text = (await readPages(pdf)).map((p) => p.text).join('').replace(/\s+/g, '').normalize('NFC');
    for (const s of ['SALTILLOꞌBARREDɨMACRONa̱', 'taꞌan', 'nɨ', 'ka̱']) expect(text).toContain(s.normalize('NFC'));
    // Noto Sans has a glyph of its own for each (not its .notdef box).
    const noto = fontCoverage().find((f) => f.family === 'Noto Sans')!;
    for (const cp of [0xa78c, 0x268, 0x331]) expect(noto.codePoints.has(cp)).toBe(true);
    const runs = await textRunFonts(pdf);
    const special = /[\uA78C\u0268\u0331]/u;
    const withSpecial = runs.filter((r) => special.test(r.str));
    expect(withSpecial.length).toBeGreaterThanOrEqual(3);
    for (const r of withSpecial) {
      // A run holding one of them is in Noto Sans (Typst splits runs by font).
      expect(r.font, `font of "${r.str}"`).toMatch(/NotoSans/);
    }
    // The Latin letters around them stay in Atkinson Hyperlegible.
    expect(runs.find((r) => r.str.includes('SALTILLO'))?.font).toMatch(/Atkinson/);
  });

  it('prints ≥ → ǎ ẽ ñ ¿ as they are: → from Noto Sans Math, never "->"', async () => {
    const pdf = new Uint8Array(readFileSync(join(root, 'out/tres/tres.mix.pdf')));
    const text = (await readPages(pdf)).map((p) => p.text).join('').replace(/\s+/g, '').normalize('NFC');
    // pdf.js reads Typst's ǎ ẽ (Noto Sans) back as "a4e5" (poppler's pdftotext reads ǎẽ): only the signs around them are compared.
    expect(text).toContain('SIGNS≥→');
    expect(text).toContain('ñ¿END');
    expect(text).not.toContain('->');
    const arrow = (await textRunFonts(pdf)).filter((r) => r.str.includes('→'));
    expect(arrow.length).toBeGreaterThan(0);
    for (const r of arrow) expect(r.font, `font of "${r.str}"`).toMatch(/NotoSansMath/);
    const math = (await fonts(pdf)).filter((f) => f.name.includes('NotoSansMath'));
    expect(math.length).toBeGreaterThan(0);
    for (const f of math) expect(f.embedded, f.name).toBe(true);
  });
});
