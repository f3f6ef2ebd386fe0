import { describe, expect, it } from 'vitest';
import { drawable, FAST_RANGES, fontCoverage, GLYPH_FONTS, mayLackGlyphs, missingGlyphs } from '../../src/check/glyph-coverage.js';
import { FONT_FAMILIES } from '../../src/typeset/fonts.js';
import { check, only } from '../helpers/check.js';
import { demoProject, moduleEs } from '../helpers/fixture.js';

const ES = 'manuals/demo/modules/01-estres/es.md';
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the fonts\' coverage (read from their cmap tables)', () => {
  it('is the chain the PDFs are set with, in the same order', () => {
    expect(GLYPH_FONTS.map((f) => f.family)).toEqual(FONT_FAMILIES);
  });

  it('Atkinson Hyperlegible lacks the saltillo, barred i and macron below; Noto Sans has them; no font has U+A7DA', () => {
    const [atkinson, noto] = fontCoverage();
    expect(atkinson!.family).toBe('Atkinson Hyperlegible');
    for (const cp of [0xa78c, 0x0268, 0x0331]) {
      expect(atkinson!.codePoints.has(cp)).toBe(false);
      expect(noto!.codePoints.has(cp)).toBe(true);
    }
    expect(atkinson!.codePoints.has(0x00f1)).toBe(true); // ñ
    expect(drawable().has(0xa7da)).toBe(false);
    expect(noto!.codePoints.size).toBeGreaterThan(2000);
  });

  it('draws every character of the fast ranges, which are therefore never looked up', () => {
    const can = drawable();
    const undrawn: string[] = [];
    for (const [a, b] of FAST_RANGES) for (let cp = a; cp <= b; cp++) if (cp > 0x1f && !can.has(cp)) undrawn.push(cp.toString(16));
    expect(undrawn).toEqual([]);
    expect(mayLackGlyphs('Ñuu Savi: ꞌ ɨ a̱ — “¿Qué?” … 911, 988')).toBe(false);
    expect(mayLackGlyphs('Ꟛ')).toBe(true);
  });

  it('finds the characters none of them has, each once, and not the invisible ones', () => {
    expect(missingGlyphs('aꞌɨa̱ Ꟛ Ꟛ 🙂\u200d\ufe0f')).toEqual([0xa7da, 0x1f642]);
  });
});

describe('glyph-missing', () => {
  it('names the file, the line, the character and its code point', () => {
    const es = moduleEs('\n## Nota {#nota}\n\nUna letra que no se puede imprimir: Ꟛ.\n');
    const d = only(check(demoProject({ [ES]: es })), 'glyph-missing');
    expect(d).toEqual([
      expect.objectContaining({
        file: ES,
        line: lineOf(es, 'no se puede imprimir'),
        severity: 'error',
        module: '01-estres',
        lang: 'es',
        message: expect.stringMatching(/^"Ꟛ" \(U\+A7DA\) cannot be printed: no font of the PDFs \(Atkinson Hyperlegible, then Noto Sans, then Noto Sans Math\) has it/),
      }),
    ]);
  });

  it('is quiet for → ⇒ ≥ ≤ ✓ (Noto Sans Math draws the arrows and signs the others lack)', () => {
    const math = fontCoverage()[2]!;
    expect(math.family).toBe('Noto Sans Math');
    expect(math.codePoints.has(0x2192)).toBe(true);
    const es = moduleEs('\n## Nota {#nota}\n\nPaso 1 → paso 2 ⇒ edad ≥ 5, ≤ 10 ✓ ǎ ẽ ñ ¿\n');
    expect(only(check(demoProject({ [ES]: es })), 'glyph-missing')).toEqual([]);
  });

  it('is quiet for ꞌ ɨ a̱ (Noto Sans draws what Atkinson lacks)', () => {
    const es = moduleEs('\n## Nota {#nota}\n\nKuaꞌa ñaꞌa, tɨɨ, a̱ta, kúu.\n');
    expect(only(check(demoProject({ [ES]: es })), 'glyph-missing')).toEqual([]);
  });

  it('reads titles, captions, facilitator notes, entities, manual.yaml and the glossary', () => {
    const es = moduleEs('\n## Nota {#nota}\n\n![Figura 🙂](img/persona.svg)\n\n::: facilitator\nNota ♞.\n:::\n\nCon entidad &#xA7DA;.\n').replace('title: El estrés', 'title: El estrés ⛑');
    const root = demoProject({
      [ES]: es,
      'manuals/demo/glossary.yaml': 'terms:\n  - id: stress\n    es: { term: estrés, definition: Reacción ☂. }\n    en: { term: stress, definition: A reaction of the body. }\n',
    });
    const d = only(check(root), 'glyph-missing').map((x) => [x.file, x.line, x.message.slice(0, 16)]);
    expect(d).toEqual(expect.arrayContaining([
      [ES, 2, '"⛑" (U+26D1) can'],
      [ES, lineOf(es, 'Figura'), '"🙂" (U+1F642) c'],
      [ES, lineOf(es, 'Nota ♞'), '"♞" (U+265E) can'],
      [ES, lineOf(es, 'Con entidad'), '"Ꟛ" (U+A7DA) can'],
      ['manuals/demo/glossary.yaml', 2, '"☂" (U+2602) can'],
    ]));
  });
});
