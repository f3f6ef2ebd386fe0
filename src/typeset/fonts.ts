// The fonts every PDF uses, from npm packages: nothing from the system.
// Atkinson Hyperlegible (designed for low-vision readers) sets body and
// headings; Noto Sans covers characters Atkinson lacks.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { PromokitError } from '../errors.js';

export interface FontFile {
  family: string;
  package: string;
  path: string;
}

const STYLES = ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic'] as const;

const FAMILIES = [
  { family: 'Atkinson Hyperlegible', package: '@expo-google-fonts/atkinson-hyperlegible', file: 'AtkinsonHyperlegible' },
  { family: 'Noto Sans', package: '@expo-google-fonts/noto-sans', file: 'NotoSans' },
] as const;

/** Family names in the order Typst tries them (`text(font: …)`). */
export const FONT_FAMILIES: readonly string[] = FAMILIES.map((f) => f.family);

/** Every font file, resolved from node_modules; a PromokitError names what is missing and how to fix it. */
export function fontFiles(): FontFile[] {
  const require = createRequire(import.meta.url);
  const files: FontFile[] = [];
  for (const fam of FAMILIES) {
    let root: string;
    try {
      root = dirname(require.resolve(`${fam.package}/package.json`));
    } catch {
      try {
        root = dirname(require.resolve(fam.package));
      } catch {
        throw new PromokitError(
          `font "${fam.family}" cannot be found: the npm package ${fam.package} is not installed; run "npm install"`,
          { rule: 'font-missing' },
        );
      }
    }
    for (const style of STYLES) {
      const path = join(root, style, `${fam.file}_${style}.ttf`);
      if (!existsSync(path)) {
        throw new PromokitError(
          `font "${fam.family}" cannot be found: ${path} is missing; reinstall ${fam.package} ("npm install")`,
          { rule: 'font-missing' },
        );
      }
      files.push({ family: fam.family, package: fam.package, path });
    }
  }
  return files;
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
