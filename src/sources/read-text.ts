// Bytes → text, or a finding that says why a file cannot be read as text.
import { readListedFile, readVetted, type ReadProblemRule } from './safe-read.js';

export interface TextSource {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, with `/`. */
  file: string;
  /** Decoded text, LF line ends, no BOM; undefined when unreadable. */
  text: string | undefined;
  /** Why the text is undefined, or a note on how it was read. */
  problem: { rule: ReadProblemRule; message: string } | undefined;
  hadBom: boolean;
  hadCrlf: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, path: string, file: string): TextSource {
  const base = { path, file, hadBom: false, hadCrlf: false };
  if (bytes.length === 0) {
    return { ...base, text: undefined, problem: { rule: 'file-empty', message: 'the file is empty' } };
  }
  if (bytes.includes(0)) {
    return {
      ...base,
      text: undefined,
      problem: { rule: 'file-unreadable', message: 'this is a binary file, not Markdown or YAML text' },
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ...base,
      text: undefined,
      problem: {
        rule: 'file-unreadable',
        message: 'the file is not valid UTF-8 text; save it as UTF-8 (it may be Latin-1 or Windows-1252)',
      },
    };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  const hadCrlf = text.includes('\r');
  // Line ends never change meaning or hashes: CRLF and lone CR read as LF.
  if (hadCrlf) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { ...base, hadBom, hadCrlf, text: undefined, problem: { rule: 'file-empty', message: 'the file is empty' } };
  }
  return { ...base, text, problem: undefined, hadBom, hadCrlf };
}

/** Reads a source of the project at `root`: confined, a regular file, bounded (src/sources/safe-read.ts). */
export function readText(path: string, file: string, root: string, listed = false, allowed: readonly string[] = []): TextSource {
  // A file a walk of vetted folders listed as a regular file needs no resolving.
  const bytes = listed ? readListedFile(path) : readVetted(path, root, undefined, undefined, allowed);
  if ('rule' in bytes) return { path, file, text: undefined, problem: bytes, hadBom: false, hadCrlf: false };
  return decodeText(bytes, path, file);
}
