// An object of a PDF kept as the bytes it was written with, its references
// renumbered: a joined edition holds tens of thousands of objects (most of
// them tags: structure elements) that the join never looks into, and parsing
// each one into pdf-lib's objects, copying it and writing it out again cost
// most of the join. A raw object is written as it is; the context it lives in
// (lazy-context.ts) parses it the first time someone looks it up.
import { PDFObject, PDFRef, type PDFContext } from 'pdf-lib';

export class RawObject extends PDFObject {
  constructor(
    /** The object's bytes, from after `obj` to before `endobj`, references already renumbered. */
    readonly bytes: Uint8Array,
    /** The numbers of the objects it refers to (generation 0), for pruning. */
    readonly refs: readonly number[],
  ) {
    super();
  }

  override clone(_context?: PDFContext): RawObject {
    return new RawObject(this.bytes, this.refs);
  }

  override toString(): string {
    return Buffer.from(this.bytes).toString('latin1');
  }

  override sizeInBytes(): number {
    return this.bytes.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    buffer.set(this.bytes, offset);
    return this.bytes.length;
  }
}

const refs: PDFRef[] = [];

/** pdf-lib's PDFRef.of(n) for generation 0, without the key string it builds on every call: joins ask for 10^5 of them. */
export function refOf(n: number): PDFRef {
  let ref = refs[n];
  if (!ref) {
    ref = PDFRef.of(n);
    refs[n] = ref;
  }
  return ref;
}

const enum C {
  TAB = 0x09,
  LF = 0x0a,
  FF = 0x0c,
  CR = 0x0d,
  SPACE = 0x20,
  PERCENT = 0x25,
  LPAREN = 0x28,
  RPAREN = 0x29,
  SLASH = 0x2f,
  ZERO = 0x30,
  NINE = 0x39,
  LT = 0x3c,
  GT = 0x3e,
  R = 0x52,
  LBRACKET = 0x5b,
  BACKSLASH = 0x5c,
  RBRACKET = 0x5d,
  LBRACE = 0x7b,
  RBRACE = 0x7d,
}

const isSpace = (c: number): boolean => c === C.SPACE || c === C.LF || c === C.CR || c === C.TAB || c === C.FF || c === 0;
const isDelimiter = (c: number): boolean =>
  c === C.LPAREN || c === C.RPAREN || c === C.LT || c === C.GT || c === C.LBRACKET || c === C.RBRACKET || c === C.LBRACE || c === C.RBRACE || c === C.SLASH || c === C.PERCENT;
const isRegular = (c: number): boolean => !isSpace(c) && !isDelimiter(c);
const isDigit = (c: number): boolean => c >= C.ZERO && c <= C.NINE;

const ENDOBJ = [...'endobj'].map((c) => c.charCodeAt(0));
const STREAM = [...'stream'].map((c) => c.charCodeAt(0));

function isWord(src: Uint8Array, at: number, end: number, word: readonly number[]): boolean {
  if (end - at !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (src[at + i] !== word[i]) return false;
  return true;
}

/** One object's body scanned: its bytes with references moved by the offset, and where it ended. */
export interface ScannedObject {
  bytes: Uint8Array;
  /** Object numbers referred to, after the offset. */
  refs: number[];
  /** Where the `stream` keyword starts in `src`, when the object is a stream (the scan stops there). */
  stream: number | undefined;
  /** Where the scan stopped in `src`: after `endobj`, or at `stream`. */
  end: number;
  /** Whether `endobj` or `stream` was found before the limit. */
  closed: boolean;
}

/** A growable byte buffer. */
class Out {
  private buf: Uint8Array;
  length = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(Math.max(64, size));
  }
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
  }
  span(src: Uint8Array, from: number, to: number): void {
    this.room(to - from);
    this.buf.set(src.subarray(from, to), this.length);
    this.length += to - from;
  }
  number(n: number): void {
    const digits = String(n);
    this.room(digits.length);
    for (let i = 0; i < digits.length; i++) this.buf[this.length++] = digits.charCodeAt(i);
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/** The end (exclusive) of the literal string opening at `at`: balanced parentheses, backslash escapes. */
function endOfString(src: Uint8Array, at: number, n: number): number {
  let depth = 0;
  for (let i = at; i < n; i++) {
    const c = src[i];
    if (c === C.BACKSLASH) i++;
    else if (c === C.LPAREN) depth++;
    else if (c === C.RPAREN && --depth === 0) return i + 1;
  }
  return n;
}

/**
 * Scans the body of an object from `from` (just after `N G obj`) to its
 * `endobj` (or its `stream` keyword), adding `offset` to the number of every
 * reference `N G R`. Strings, names and comments are skipped whole, so text
 * that looks like a reference is left alone. The scan stops at `limit` (the
 * next object's start): a string left open cannot run on through the file.
 */
export function scanObject(src: Uint8Array, from: number, offset: number, limit = src.length): ScannedObject {
  const n = Math.min(limit, src.length);
  const out = new Out(512);
  const refs: number[] = [];
  let copied = from;
  let i = from;
  let body = n;
  let stream: number | undefined;
  let closed = false;
  while (i < n) {
    const c = src[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === C.LPAREN) {
      i = endOfString(src, i, n);
    } else if (c === C.PERCENT) {
      while (i < n && src[i] !== C.LF && src[i] !== C.CR) i++;
    } else if (c === C.LT) {
      if (src[i + 1] === C.LT) i += 2;
      else i = Math.min(n, src.indexOf(C.GT, i) + 1 || n);
    } else if (c === C.SLASH) {
      i++;
      while (i < n && isRegular(src[i]!)) i++;
    } else if (isDelimiter(c)) {
      i++;
    } else if (isDigit(c)) {
      let j = i;
      let num = 0;
      while (j < n && isDigit(src[j]!)) num = num * 10 + (src[j++]! - C.ZERO);
      if (j < n && isRegular(src[j]!)) {
        while (j < n && isRegular(src[j]!)) j++;
        i = j;
        continue;
      }
      const ref = referenceEnd(src, j, n);
      if (ref !== undefined) {
        out.span(src, copied, i);
        out.number(num + offset);
        refs.push(num + offset);
        copied = j;
        i = ref;
      } else {
        i = j;
      }
    } else {
      let j = i;
      while (j < n && isRegular(src[j]!)) j++;
      if (isWord(src, i, j, ENDOBJ)) {
        body = i;
        i = j;
        closed = true;
        break;
      }
      if (isWord(src, i, j, STREAM)) {
        body = stream = i;
        closed = true;
        break;
      }
      i = j;
    }
  }
  out.span(src, copied, Math.min(body, n));
  return { bytes: trim(out.bytes()), refs, stream, end: i, closed };
}

function trim(bytes: Uint8Array): Uint8Array {
  let a = 0;
  let b = bytes.length;
  while (a < b && isSpace(bytes[a]!)) a++;
  while (b > a && isSpace(bytes[b - 1]!)) b--;
  return bytes.subarray(a, b);
}

/** After an integer ending at `at`: the end of ` G R` when it follows, making the integer a reference. */
function referenceEnd(src: Uint8Array, at: number, n: number): number | undefined {
  let k = at;
  while (k < n && isSpace(src[k]!)) k++;
  if (k === at || k >= n || !isDigit(src[k]!)) return undefined;
  while (k < n && isDigit(src[k]!)) k++;
  const afterGen = k;
  while (k < n && isSpace(src[k]!)) k++;
  if (k === afterGen || src[k] !== C.R) return undefined;
  return k + 1 < n && isRegular(src[k + 1]!) ? undefined : k + 1;
}
