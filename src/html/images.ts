// Images and logos as data: URIs, read with the same checks as the PDFs'
// (src/sources/images.ts: inside the project, bounded, well formed). An SVG
// stays an SVG, as text; a raster image is inlined as it is: the sample
// manuals have none, and a page's size is reported, with a warning past the
// budget, so an author knows to scale a photograph down.
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PromokitError } from '../errors.js';
import { isExternal } from '../model/external.js';
import type { Manual, Module } from '../model/types.js';
import { readImage } from '../sources/images.js';

function startsWith(b: Uint8Array, at: number, s: string): boolean {
  return [...s].every((c, k) => b[at + k] === c.charCodeAt(0));
}

/** The MIME type of image bytes a browser shows, or undefined. */
export function imageType(b: Uint8Array): string | undefined {
  if (b[0] === 0x89 && startsWith(b, 1, 'PNG')) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (startsWith(b, 0, 'GIF8')) return 'image/gif';
  if (startsWith(b, 0, 'RIFF') && startsWith(b, 8, 'WEBP')) return 'image/webp';
  if (b[0] === 0x1f && b[1] === 0x8b) return 'image/svg+xml'; // gzipped SVG (.svgz), unpacked below
  if (/^\uFEFF?\s*</.test(Buffer.from(b.subarray(0, 256)).toString('utf8'))) return 'image/svg+xml';
  return undefined;
}

/**
 * Image bytes → a data: URI. An SVG is written as percent-encoded text (smaller
 * than base64, and the characters that need it are few); in an <img> it can
 * neither run a script nor load anything.
 */
export function dataUri(bytes: Uint8Array, type: string): string {
  if (type !== 'image/svg+xml') return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : Buffer.from(bytes)).toString('utf8').replace(/^\uFEFF/, '');
  const encoded = encodeURIComponent(text).replace(/%(20|3D|3A|2F|2C|3B)/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return `data:image/svg+xml,${encoded}`;
}

async function read(abs: string, root: string, src: string, where: { file: string; line: number | undefined }, what: string, manual: Manual): Promise<string> {
  const bytes = await readImage(abs, root, src, where, what, manual.allowedDirs);
  const type = imageType(bytes);
  if (!type) throw new PromokitError(`${what} ${src} is not a PNG, JPEG, GIF, WebP or SVG image, which a browser shows`, { ...where, rule: 'image-invalid' });
  return dataUri(bytes, type);
}

/** The images of one module file: source as written → data: URI. Rejects with the first problem. */
export async function moduleImages(manual: Manual, module: Module, lang: string, root: string): Promise<Record<string, string>> {
  const file = module.files[lang];
  const out: Record<string, string> = {};
  for (const img of file?.images ?? []) {
    if (isExternal(img.src) || img.src in out) continue;
    out[img.src] = await read(resolve(module.dir, img.path), root, img.src, { file: file!.file, line: img.line }, 'image', manual);
  }
  return out;
}

/** The partners' logos of manual.yaml, by partner index (undefined: no logo). */
export async function partnerLogos(manual: Manual, root: string): Promise<(string | undefined)[]> {
  const out: (string | undefined)[] = [];
  for (const p of manual.config.partners ?? []) {
    out.push(p.logo ? await read(resolve(manual.dir, p.logo), root, p.logo, { file: manual.configFile, line: undefined }, `logo of ${p.name}`, manual) : undefined);
  }
  return out;
}
