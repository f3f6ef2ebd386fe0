// The fonts promokit ships (npm packages of TTF files, nothing from the
// system), in the order text falls back through them: Atkinson Hyperlegible,
// designed for low-vision readers, then Noto Sans for the characters it lacks
// (ꞌ, ɨ, a̱…), then Noto Sans Math for arrows and mathematical signs (→, ≥,
// ⇒, ✓), which neither has; it comes in one style, regular. One list for Typst, for what pdf-lib draws and for check's
// glyph coverage, so the three cannot drift apart.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PromokitError } from './errors.js';

export const FONT_STYLES = ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

export const BUNDLED_FONTS = [
  { family: 'Atkinson Hyperlegible', package: '@expo-google-fonts/atkinson-hyperlegible', file: 'AtkinsonHyperlegible', styles: FONT_STYLES },
  { family: 'Noto Sans', package: '@expo-google-fonts/noto-sans', file: 'NotoSans', styles: FONT_STYLES },
  { family: 'Noto Sans Math', package: '@expo-google-fonts/noto-sans-math', file: 'NotoSansMath', styles: ['400Regular'] },
] as const satisfies readonly { family: string; package: string; file: string; styles: readonly FontStyle[] }[];

export type BundledFont = (typeof BUNDLED_FONTS)[number];

/** The style of `font` that stands in for `style`: itself, or the regular of a one-style font. */
export function availableStyle(font: BundledFont, style: FontStyle): FontStyle {
  return (font.styles as readonly FontStyle[]).includes(style) ? style : '400Regular';
}

const roots = new Map<string, string>();

/** The TTF file of one style of a font (its regular when it has no such style); a PromokitError names what is missing and how to fix it. */
export function bundledFontPath(font: BundledFont, style: FontStyle): string {
  let root = roots.get(font.package);
  if (root === undefined) {
    const require = createRequire(import.meta.url);
    try {
      root = dirname(require.resolve(`${font.package}/package.json`));
    } catch {
      try {
        root = dirname(require.resolve(font.package));
      } catch {
        throw new PromokitError(`font "${font.family}" cannot be found: the npm package ${font.package} is not installed; run "npm install"`, { rule: 'font-missing' });
      }
    }
    roots.set(font.package, root);
  }
  const own = availableStyle(font, style);
  const path = join(root, own, `${font.file}_${own}.ttf`);
  if (!existsSync(path)) {
    throw new PromokitError(`font "${font.family}" cannot be found: ${path} is missing; reinstall ${font.package} ("npm install")`, { rule: 'font-missing' });
  }
  return path;
}
