import { describe, expect, it } from 'vitest';
import { scanObject } from '../../src/assemble/raw-object.js';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

/** Scans `body` as the body of an object (what follows `N 0 obj`) with references moved by `offset`. */
function scan(body: string, offset = 100) {
  const src = bytes(`${body}\nendobj\n`);
  const s = scanObject(src, 0, offset);
  return { text: text(s.bytes), refs: s.refs, stream: s.stream === undefined ? undefined : text(src.subarray(s.stream, s.stream + 6)), end: s.end, length: src.length };
}

describe('scanObject', () => {
  it('moves every reference in dictionaries and arrays, and lists them', () => {
    const s = scan('<<\n  /Type /StructElem\n  /P 12 0 R\n  /K [3 0 R 4 0 R 7]\n  /Pg 9 0 R\n>>');
    expect(s.text).toBe('<<\n  /Type /StructElem\n  /P 112 0 R\n  /K [103 0 R 104 0 R 7]\n  /Pg 109 0 R\n>>');
    expect(s.refs).toEqual([112, 103, 104, 109]);
  });

  it('leaves numbers that are not references as they are', () => {
    const s = scan('<< /MediaBox [0 0 612 792] /Matrix [1 0 0 1 0 0] /W [1 [500 600] 3 4 250] /X 1.5 /Y -2 /Z 3 0 Rx >>');
    expect(s.text).toBe('<< /MediaBox [0 0 612 792] /Matrix [1 0 0 1 0 0] /W [1 [500 600] 3 4 250] /X 1.5 /Y -2 /Z 3 0 Rx >>');
    expect(s.refs).toEqual([]);
  });

  it('skips strings, hex strings, names and comments whole, even when they read like references', () => {
    const body = '<< /Alt (see 1 0 R \\) and (nested 2 0 R) still) /ActualText <FEFF0031> /N#20ame5 6 0 R % 7 0 R\n /Lang (es) /Q 8 0 R >>';
    const s = scan(body);
    expect(s.text).toBe('<< /Alt (see 1 0 R \\) and (nested 2 0 R) still) /ActualText <FEFF0031> /N#20ame5 106 0 R % 7 0 R\n /Lang (es) /Q 108 0 R >>');
    expect(s.refs).toEqual([106, 108]);
  });

  it('reads references split over lines and at the end of an array', () => {
    const s = scan('[1\n0\nR 22 0 R]');
    expect(s.text).toBe('[101\n0\nR 122 0 R]');
    expect(s.refs).toEqual([101, 122]);
  });

  it('keeps a direct object (a number, a string) and ends after endobj', () => {
    const s = scan('  42  ');
    expect(s.text).toBe('42');
    expect(s.refs).toEqual([]);
    expect(s.end).toBe(s.length - 1);
  });

  it('stops at the limit it is given when a string is left open', () => {
    const src = bytes('<< /Alt (open 1 0 R >>\nendobj\n2 0 obj\n<< /P 3 0 R >>\nendobj\n');
    const limit = Buffer.from(src).indexOf('2 0 obj');
    const s = scanObject(src, 0, 10, limit);
    expect(s.closed).toBe(false);
    expect(s.end).toBe(limit);
    expect(s.refs).toEqual([]);
    expect(scanObject(src, limit + 7, 10).closed).toBe(true);
  });

  it('stops at a stream, with the dictionary before it renumbered', () => {
    const src = bytes('<< /Length 5 /Filter /FlateDecode /Parent 3 0 R >>\nstream\n1 0 R\nendstream\nendobj\n');
    const s = scanObject(src, 0, 10);
    expect(text(s.bytes)).toBe('<< /Length 5 /Filter /FlateDecode /Parent 13 0 R >>');
    expect(s.stream).toBe(Buffer.from(src).indexOf('stream'));
    expect(s.refs).toEqual([13]);
  });
});
