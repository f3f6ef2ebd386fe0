// The pure parts of the HTML edition: colours, section pairing, link targets, data: URIs, words, font subsets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, palette, parseHex, readable, WHITE } from '../../src/html/colours.js';
import { pairSections } from '../../src/html/page-data.js';
import { linkedTargets, planPages } from '../../src/html/build-html.js';
import { dataUri, imageType } from '../../src/html/images.js';
import { codePointsOf, pageFonts, subsetFont } from '../../src/html/fonts.js';
import { fontFiles } from '../../src/typeset/fonts.js';
import { wordsFor } from '../../src/html/words.js';
import { demoManual, load, writeProject } from '../editions/fixture.js';

describe('colours', () => {
  it('darkens a light brand colour for text until it reaches AA contrast, and keeps a dark one', () => {
    const p = palette('#1f5f8b', '#e07a2e');
    expect(p.primaryText).toBe('#1f5f8b');
    expect(contrast(parseHex('#e07a2e'), WHITE)).toBeLessThan(4.5);
    expect(contrast(parseHex(p.accentText), WHITE)).toBeGreaterThanOrEqual(4.5);
    for (const k of p.kinds) expect(contrast(parseHex(k.title), parseHex(k.ground)), k.kind).toBeGreaterThanOrEqual(4.5);
    expect(contrast(readable(parseHex('#ffff00'), WHITE), WHITE)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('pairSections', () => {
  const s = (id: string) => ({ id });
  it('pairs sections by id, in the first language order, with a gap where a language lacks one', () => {
    const rows = pairSections([[s('a'), s('b'), s('c')], [s('a'), s('x'), s('c')]]);
    expect(rows.map((r) => r.map((c) => c?.id ?? null))).toEqual([
      ['a', 'a'],
      ['b', null],
      [null, 'x'],
      ['c', 'c'],
    ]);
  });
  it('pairs a repeated id by occurrence, and loses no section', () => {
    expect(pairSections([[s('a'), s('a')], [s('a'), s('a')]])).toHaveLength(2);
    const rows = pairSections([[s('a'), s('b')], [s('b'), s('a'), s('a')]]);
    expect(rows.map((r) => r.map((c) => c?.id ?? null))).toEqual([
      ['a', 'a'],
      ['b', 'b'],
      [null, 'a'],
    ]);
  });
});

describe('planPages and linkedTargets', () => {
  it('plans a page per language, one with all, and per module when asked; reads links as the filter does', () => {
    const root = writeProject(demoManual('demo', 2, { extra: { 1: { es: '\n[a](../02-tema-2/en.md#objectives) [b](en.md) [c](#x) [d](https://x.org/es.md)\n' } } }));
    const manual = load(root).manuals[0]!;
    expect(planPages(manual, ['es', 'en'], false).map((p) => p.name)).toEqual(['demo.es.html', 'demo.en.html', 'demo.html']);
    expect(planPages(manual, ['es'], true).map((p) => p.name)).toEqual(['demo.es.html', 'demo.html', 'modules/01-tema-1.es.html', 'modules/01-tema-1.html', 'modules/02-tema-2.es.html', 'modules/02-tema-2.html']);
    const m = manual.modules[0]!;
    expect([...linkedTargets(m, m.files.es!)].sort()).toEqual(['01-tema-1:en', '01-tema-1:es', '02-tema-2:en']);
  });
});

describe('images as data: URIs', () => {
  it('keeps an SVG as text and a PNG as base64', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><text>50% #1</text></svg>');
    expect(imageType(svg)).toBe('image/svg+xml');
    const uri = dataUri(svg, 'image/svg+xml');
    expect(uri.startsWith('data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22')).toBe(true);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(new TextDecoder().decode(svg));
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(imageType(png)).toBe('image/png');
    expect(dataUri(png, 'image/png')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(imageType(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined();
  });
});

describe('fonts', () => {
  it('subsets Atkinson Hyperlegible to the characters a page uses, the same bytes every time', () => {
    const regular = fontFiles().find((f) => f.path.endsWith('AtkinsonHyperlegible_400Regular.ttf'))!;
    const full = new Uint8Array(readFileSync(regular.path));
    const points = codePointsOf(['Salud mental y migración ¿Qué es el estrés?']);
    const a = subsetFont(full, points)!;
    const b = subsetFont(full, points)!;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.length).toBeLessThan(full.length / 3);
    // A TrueType file (version 1.0) with a cmap, which browsers need.
    expect([...a.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect(Buffer.from(a).includes(Buffer.from('cmap'))).toBe(true);
    const faces = pageFonts(points);
    expect(faces.map((f) => `${f.weight} ${f.style}`).sort()).toEqual(['400 italic', '400 normal', '700 italic', '700 normal']);
    for (const f of faces) expect(f.src).toMatch(/^data:font\/ttf;base64,[A-Za-z0-9+/]+(%3D){0,2}$/);
  });
});

describe('words', () => {
  it('has the interface in Spanish and English, and names another language in itself', () => {
    expect(wordsFor('es').contents).toBe('Contenido');
    expect(wordsFor('en').callouts.facilitator).toBe('For the facilitator');
    expect(wordsFor('fr').language).toBe('français');
    expect(wordsFor('fr').contents).toBe('Contents');
  });
});
