// Images and logos, read as untrusted input: inside the project (symbolic
// links followed), regular files, at most LIMITS.imageBytes, and small enough
// for Typst once decoded. A raster image's size is read from its header
// (image-size) before Typst sees a byte: Typst would allocate width × height
// pixels up front, and a 100,000 × 100,000 PNG of a few hundred bytes stopped
// the whole process. An SVG is scanned for its nesting and element count:
// 100,000 nested <g> crashed it (a stack overflow).
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { imageSize } from 'image-size';
import { PromokitError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { isInside } from './inside-project.js';
import { readVetted, vetPath, type ReadProblem } from './safe-read.js';

export interface ImageProblem {
  rule: 'input-too-large' | 'too-deep' | 'image-invalid';
  message: string;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
const count = (n: number): string => n.toLocaleString('en-US');

/** PNG, JPEG, GIF, WebP: formats Typst decodes into pixels. */
function rasterSignature(b: Uint8Array): boolean {
  const at = (i: number, s: string): boolean => [...s].every((c, k) => b[i + k] === c.charCodeAt(0));
  return (
    (b[0] === 0x89 && at(1, 'PNG')) ||
    (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) ||
    at(0, 'GIF8') ||
    (at(0, 'RIFF') && at(8, 'WEBP'))
  );
}

/** The 1-based line of offset `at` in `text`. */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Nesting and element count of an SVG (XML) text, in one pass: comments,
 * CDATA, processing instructions and the doctype are skipped, quoted
 * attribute values may hold `>`. Undefined when within the limits.
 */
export function scanSvg(text: string, maxDepth: number = LIMITS.svgDepth, maxElements: number = LIMITS.svgElements): ImageProblem | undefined {
  let depth = 0;
  let elements = 0;
  let i = text.indexOf('<');
  const skipTo = (end: string, from: number): number => {
    const j = text.indexOf(end, from);
    return j === -1 ? text.length : j + end.length;
  };
  while (i !== -1 && i < text.length) {
    const next = text[i + 1];
    if (text.startsWith('<!--', i)) i = skipTo('-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) i = skipTo(']]>', i + 9);
    else if (next === '?') i = skipTo('?>', i + 2);
    else if (next === '!') {
      // <!DOCTYPE svg [ <!ENTITY …> ]>: up to the `]>` of an internal subset, or the first `>`.
      const gt = text.indexOf('>', i);
      const open = text.indexOf('[', i);
      i = open !== -1 && (gt === -1 || open < gt) ? skipTo(']>', open) : gt === -1 ? text.length : gt + 1;
    } else if (next === '/') {
      depth = Math.max(0, depth - 1);
      i = skipTo('>', i + 2);
    } else {
      // A start tag: to its `>`, outside quoted values.
      let j = i + 1;
      let quote = '';
      for (; j < text.length; j++) {
        const c = text[j];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      elements++;
      if (text[j - 1] !== '/') depth++;
      if (depth > maxDepth) {
        return { rule: 'too-deep', message: `its elements are nested more than ${maxDepth} deep (line ${lineAt(text, i)} of the SVG); flatten its groups` };
      }
      if (elements > maxElements) {
        return { rule: 'input-too-large', message: `it has more than ${count(maxElements)} elements; simplify it` };
      }
      i = j + 1;
    }
    i = text.indexOf('<', i);
  }
  return undefined;
}

/**
 * The text of an SVG, or undefined when the bytes are not XML. Typst takes a
 * file for an SVG by its name or by its bytes, and reads gzip (SVGZ) too; its
 * SVG parser takes UTF-8 XML only, so XML text is what needs the scan.
 */
function svgText(bytes: Uint8Array): string | ImageProblem | undefined {
  let data = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      data = gunzipSync(bytes, { maxOutputLength: LIMITS.imageBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return { rule: 'input-too-large', message: `it unpacks to more than the ${mb(LIMITS.imageBytes)} an image may have` };
      }
      return undefined; // damaged: Typst says so
    }
  }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!/^\uFEFF?\s*</.test(buf.subarray(0, 256).toString('utf8'))) return undefined;
  return buf.toString('utf8');
}

/**
 * Whether Typst may be given these image bytes: a raster of at most
 * LIMITS.imageSide pixels a side and LIMITS.imagePixels in all, or an SVG
 * within the nesting and element limits.
 */
export function checkImage(bytes: Uint8Array): ImageProblem | undefined {
  const svg = svgText(bytes);
  if (typeof svg === 'object') return svg;
  if (typeof svg === 'string') return scanSvg(svg);
  let size;
  try {
    size = imageSize(bytes);
  } catch (err) {
    if (!rasterSignature(bytes)) return undefined; // not an image Typst decodes: Typst says what it is
    return { rule: 'image-invalid', message: `its header is damaged, so its size cannot be read (${err instanceof Error ? err.message : String(err)})` };
  }
  const { width, height } = size;
  if (width > LIMITS.imageSide || height > LIMITS.imageSide || width * height > LIMITS.imagePixels) {
    const gb = ((width * height * 4) / 1024 ** 3).toFixed(1);
    return {
      rule: 'input-too-large',
      message:
        `it is ${count(width)} × ${count(height)} pixels (Typst would need about ${gb} GB to set it); an image may have at most ` +
        `${count(LIMITS.imageSide)} pixels a side and ${count(LIMITS.imagePixels / 1e6)} million in all: scale it down`,
    };
  }
  return undefined;
}

function problemError(what: string, src: string, p: ReadProblem | ImageProblem, where: { file: string; line: number | undefined }): PromokitError {
  return new PromokitError(`${what} ${src}: ${p.message}`, { ...where, rule: p.rule });
}

const IMAGE_WORDS = { noun: 'an image', advice: 'make it smaller' };

/**
 * The bytes of an image or logo, checked (see the top of this file). Throws a
 * PromokitError naming the Markdown file and line (or manual.yaml) with rule
 * image-missing, path-outside-project, file-unreadable, input-too-large,
 * too-deep or image-invalid.
 */
export async function readImage(
  abs: string,
  root: string,
  src: string,
  where: { file: string; line: number | undefined },
  what: string,
  allowed: readonly string[] = [],
): Promise<Uint8Array> {
  const rel = relative(root, abs);
  const leaves = rel === '..' || rel.startsWith('../') || rel.startsWith('..\\') || isAbsolute(rel);
  if (leaves && !allowed.some((a) => isInside(a, abs))) {
    throw new PromokitError(`${what} ${src} leads outside the project, to ${abs}; copy the file into the manual's img/ folder`, {
      ...where,
      rule: 'path-outside-project',
    });
  }
  if (!existsSync(abs)) throw new PromokitError(`${what} not found: ${src}`, { ...where, rule: 'image-missing' });
  const vet = vetPath(abs, root, allowed);
  if ('rule' in vet) {
    if (vet.rule === 'path-outside-project') {
      let real = abs;
      try {
        real = realpathSync(abs);
      } catch {
        // vetPath resolved it a moment ago; the message keeps the written path
      }
      throw new PromokitError(`${what} ${src} leads outside the project, to ${real}; copy the file into the manual's img/ folder`, {
        ...where,
        rule: 'path-outside-project',
      });
    }
    throw problemError(what, src, vet, where);
  }
  const bytes = readVetted(abs, root, LIMITS.imageBytes, IMAGE_WORDS, allowed);
  if ('rule' in bytes) throw problemError(what, src, bytes, where);
  const problem = checkImage(bytes);
  if (problem) throw problemError(what, src, problem, where);
  return bytes;
}
