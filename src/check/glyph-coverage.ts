// Which characters the PDFs can draw: those of the fonts Typst sets body text
// with, in the order it tries them (src/typeset/fonts.ts: Atkinson
// Hyperlegible, then Noto Sans, then Noto Sans Math; a test keeps the two lists the same). A
// character none of them has prints as an empty box.
//
// The fonts' cmap tables are read with fontkit once per process, and only
// when a text holds a character outside FAST: loading fontkit and the fonts
// takes about 0.1–0.3 s, and most files never need it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BUNDLED_FONTS, bundledFontPath } from '../bundled-fonts.js';
import { PromokitError } from '../errors.js';

/** The families of the PDFs' body text, in fallback order (their regular face is read). */
export const GLYPH_FONTS = BUNDLED_FONTS;

/**
 * Ranges every character of which the fonts together draw (a test reads the
 * fonts and checks each one): ASCII, Latin-1 to Latin Extended-B, IPA,
 * spacing modifiers, combining diacritics (U+0331 macron below), Cyrillic,
 * Latin Extended Additional, general punctuation, letterlike symbols, and
 * Latin Extended-D up to U+A7CA (U+A78C saltillo). Line ends and tabs too.
 */
export const FAST_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x36f],
  [0x400, 0x4ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x2064],
  [0x2100, 0x214f],
  [0xa720, 0xa7ca],
];

const hex = (n: number): string => n.toString(16).padStart(4, '0');
/** Matches a character outside FAST_RANGES. */
const OUTSIDE_FAST = new RegExp(`[^${FAST_RANGES.map(([a, b]) => `\\u{${hex(a)}}-\\u{${hex(b)}}`).join('')}]`, 'u');

/** Characters no font draws because nothing is drawn: controls, joiners, variation selectors. */
const INVISIBLE = /^[\p{Cc}\p{Default_Ignorable_Code_Point}]$/u;

export interface FontCoverage {
  family: string;
  codePoints: ReadonlySet<number>;
}

let fonts: FontCoverage[] | undefined;
let union: ReadonlySet<number> | undefined;

/** Each font's code points (its cmap), read once per process. */
export function fontCoverage(): readonly FontCoverage[] {
  if (fonts === undefined) {
    const require = createRequire(import.meta.url);
    // pdf-lib's fork of fontkit: the one font library of promokit (it also
    // embeds subset fonts in what pdf-lib draws).
    const fontkit = require('@pdf-lib/fontkit') as typeof import('@pdf-lib/fontkit');
    fonts = GLYPH_FONTS.map((f) => {
      const path = bundledFontPath(f, '400Regular');
      let font: ReturnType<typeof fontkit.create>;
      try {
        font = fontkit.create(readFileSync(path));
      } catch (err) {
        throw new PromokitError(`font "${f.family}" cannot be read from ${path}: ${(err as Error).message}; reinstall ${f.package}`, { rule: 'font-missing' });
      }
      return { family: f.family, codePoints: new Set(font.characterSet) };
    });
  }
  return fonts;
}

/** Every code point some font of the chain draws. */
export function drawable(): ReadonlySet<number> {
  if (union === undefined) union = new Set(fontCoverage().flatMap((f) => [...f.codePoints]));
  return union;
}

/** Does `text` hold a character that may need the fonts read? Cheap: one regular-expression test. */
export function mayLackGlyphs(text: string): boolean {
  return OUTSIDE_FAST.test(text);
}

/** The distinct characters of `text` that no font of the chain draws, in order of first appearance. */
export function missingGlyphs(text: string): number[] {
  if (!mayLackGlyphs(text)) return [];
  const can = drawable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (can.has(cp) || out.includes(cp) || INVISIBLE.test(ch)) continue;
    out.push(cp);
  }
  return out;
}

/** `U+A7DA`. */
export const codePointName = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
