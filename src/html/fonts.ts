// The HTML edition's font: Atkinson Hyperlegible, the PDFs' font (designed
// for low-vision readers), inlined as a subset holding only the characters the
// page uses, without hinting (harfbuzz's hb-subset, a WebAssembly build with
// no imports). Measured on the sample manuals: about 12 KB a style instead of
// 54 KB. A character the subset lacks falls back to the system font.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fontFiles } from '../typeset/fonts.js';

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?: () => void;
}

/** HB_SUBSET_FLAGS_NO_HINTING: screens of phones do not need TrueType hints. */
const NO_HINTING = 0x1;
/** HB_MEMORY_MODE_READONLY. */
const READONLY = 2;

let loaded: SubsetExports | undefined;
function subsetter(): SubsetExports {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
    loaded = instance.exports as unknown as SubsetExports;
    loaded._initialize?.();
  }
  return loaded;
}

/** The font with only the glyphs of these code points (and what they need). Undefined when harfbuzz fails. */
export function subsetFont(font: Uint8Array, codePoints: readonly number[]): Uint8Array | undefined {
  const hb = subsetter();
  const ptr = hb.malloc(font.length);
  new Uint8Array(hb.memory.buffer).set(font, ptr);
  const blob = hb.hb_blob_create(ptr, font.length, READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (input === 0) return undefined;
    hb.hb_subset_input_set_flags(input, NO_HINTING);
    const set = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(set, cp);
    const sub = hb.hb_subset_or_fail(face, input);
    if (sub === 0) return undefined;
    const out = hb.hb_face_reference_blob(sub);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(sub);
    return bytes.length > 0 ? bytes : undefined;
  } finally {
    if (input !== 0) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(ptr);
  }
}

/** Every code point of the texts, and printable ASCII (what a reader may type in the page), sorted. */
export function codePointsOf(texts: Iterable<string>): number[] {
  const set = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) set.add(c);
  for (const t of texts) for (const ch of t) set.add(ch.codePointAt(0)!);
  return [...set].sort((a, b) => a - b);
}

export interface FontFace {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** data:font/ttf;base64,… (its padding percent-encoded) */
  src: string;
  bytes: number;
}

const STYLE_OF: Record<string, { weight: 400 | 700; style: 'normal' | 'italic' }> = {
  '400Regular': { weight: 400, style: 'normal' },
  '400Regular_Italic': { weight: 400, style: 'italic' },
  '700Bold': { weight: 700, style: 'normal' },
  '700Bold_Italic': { weight: 700, style: 'italic' },
};

/**
 * The styles of Atkinson Hyperlegible, each a subset for these code points:
 * the italic ones only when the page sets something in italics.
 */
export function pageFonts(codePoints: readonly number[], italic = true): FontFace[] {
  const faces: FontFace[] = [];
  for (const file of fontFiles().filter((f) => f.family === 'Atkinson Hyperlegible')) {
    const style = STYLE_OF[basename(file.path, '.ttf').replace(/^AtkinsonHyperlegible_/, '')];
    if (!style || (style.style === 'italic' && !italic)) continue;
    const bytes = subsetFont(readFileSync(file.path), codePoints);
    if (!bytes) continue;
    // The padding `=` percent-encoded: the template escapes `=` as `&#x3D;`, which a
    // <style> element does not decode; a data: URL is percent-decoded before base64.
    const base64 = Buffer.from(bytes).toString('base64').replace(/=/g, '%3D');
    faces.push({ family: file.family, ...style, src: `data:font/ttf;base64,${base64}`, bytes: bytes.length });
  }
  return faces;
}
