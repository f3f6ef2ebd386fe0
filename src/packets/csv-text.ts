// Bytes of an attendees CSV → text. A byte-order mark says UTF-8, UTF-16 LE or
// UTF-16 BE; without one the file must be UTF-8, unless the user says it is
// Latin-1 (`--encoding latin1`, read as windows-1252, the superset of it that
// Excel and Windows write). Anything else is an error naming the file and the
// first line that does not decode: a name printed as "P�rez" on a certificate
// is worse than no certificate.
import { PromokitError, UsageError } from '../errors.js';

export type CsvEncoding = 'utf8' | 'latin1';

/** `--encoding` → the encoding; a usage error for anything else. */
export function parseCsvEncoding(value: string): CsvEncoding {
  const v = value.trim().toLowerCase();
  if (['utf8', 'utf-8'].includes(v)) return 'utf8';
  if (['latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', 'windows-1252', 'cp1252'].includes(v)) return 'latin1';
  throw new UsageError(`--encoding must be utf8 or latin1, not "${value}"`);
}

const SAVE_AS = 'save it as "CSV UTF-8" (in Excel: Save As → CSV UTF-8; in LibreOffice: Character set Unicode (UTF-8))';

/** 1-based line of the first line that is not valid UTF-8, and that line shown with � for the bad bytes. */
function firstBadLine(bytes: Uint8Array): { line: number; shown: string } | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const loose = new TextDecoder('utf-8');
  let start = 0;
  // 0x0A is never part of a multi-byte sequence, so lines can be checked one by one.
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const part = bytes.subarray(start, end);
    try {
      strict.decode(part);
    } catch {
      const shown = loose.decode(part).replace(/\r$/, '');
      return { line, shown: shown.length > 60 ? `${shown.slice(0, 60)}…` : shown };
    }
    start = end + 1;
  }
  return undefined;
}

/** 0x80–0x9F of windows-1252 (WHATWG): €, curly quotes, dashes…; its five holes keep their code point. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes it as
 * ISO-8859-1, which turns € and curly quotes into invisible C1 controls.
 */
function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

function utf16(bytes: Uint8Array, bigEndian: boolean, file: string): string {
  try {
    return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le', { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new PromokitError(`the file starts with a UTF-16 ${bigEndian ? 'BE' : 'LE'} byte-order mark but is not valid UTF-16; ${SAVE_AS}`, { file, rule: 'attendees-csv' });
  }
}

/**
 * The CSV's text, without byte-order mark. `file` is how the error names the
 * file. Throws a PromokitError (exit 1) when the bytes are not text in the
 * encoding they claim or are given.
 */
export function decodeCsv(bytes: Uint8Array, file: string, encoding: CsvEncoding = 'utf8'): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes.subarray(3), file, 'with a UTF-8 byte-order mark ');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, false, file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, true, file);
  if (bytes.includes(0)) {
    throw new PromokitError(`the file holds NUL bytes: it is not a text CSV, or it is UTF-16 without a byte-order mark; ${SAVE_AS}`, { file, rule: 'attendees-csv' });
  }
  if (encoding === 'latin1') return windows1252(bytes);
  return strictUtf8(bytes, file, '');
}

function strictUtf8(bytes: Uint8Array, file: string, how: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstBadLine(bytes);
    throw new PromokitError(
      `the file ${how}is not valid UTF-8${bad ? ` (line ${bad.line} reads "${bad.shown}")` : ''}; it may be Latin-1 or Windows-1252: ${SAVE_AS}, or pass --encoding latin1`,
      { file, line: bad?.line, rule: 'attendees-csv' },
    );
  }
}
