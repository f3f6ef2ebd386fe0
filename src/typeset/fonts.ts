// The fonts every PDF uses, from npm packages: nothing from the system.
// Atkinson Hyperlegible (designed for low-vision readers) sets body and
// headings; Noto Sans covers characters Atkinson lacks, Noto Sans Math the
// arrows and mathematical signs (regular only: Typst sets bold ones with it).
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { BUNDLED_FONTS, bundledFontPath } from '../bundled-fonts.js';

export interface FontFile {
  family: string;
  package: string;
  path: string;
}

/** Family names in the order Typst tries them (`text(font: …)`). */
export const FONT_FAMILIES: readonly string[] = BUNDLED_FONTS.map((f) => f.family);

/** Every font file, resolved from node_modules; a PromokitError names what is missing and how to fix it. */
export function fontFiles(): FontFile[] {
  return BUNDLED_FONTS.flatMap((font) => font.styles.map((style) => ({ family: font.family, package: font.package, path: bundledFontPath(font, style) })));
}

let fingerprint: string | undefined;
/** Names and sizes of the font files: part of every output's cache key. */
export function fontFingerprint(): string {
  if (fingerprint === undefined) {
    fingerprint = fontFiles()
      .map((f) => `${f.family}:${basename(f.path)}:${statSync(f.path).size}`)
      .join('|');
  }
  return fingerprint;
}
