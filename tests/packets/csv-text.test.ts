import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsvEncoding } from '../../src/packets/csv-text.js';
import { PromokitError, UsageError } from '../../src/errors.js';

const TEXT = 'name,organization\nAna Pérez,Clínica Ñandú\n';
const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
  const le = Buffer.from(`\ufeff${s}`, 'utf16le');
  return bigEndian ? Uint8Array.from(le.swap16()) : Uint8Array.from(le);
};

function failure(f: () => unknown): PromokitError {
  try {
    f();
  } catch (err) {
    if (err instanceof PromokitError) return err;
    throw err;
  }
  throw new Error('expected a PromokitError');
}

describe('attendees CSV bytes', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE by their BOM', () => {
    expect(decodeCsv(new TextEncoder().encode(TEXT), 'a.csv')).toBe(TEXT);
    expect(decodeCsv(new TextEncoder().encode(`\ufeff${TEXT}`), 'a.csv')).toBe(TEXT);
    expect(decodeCsv(utf16(TEXT, false), 'a.csv')).toBe(TEXT);
    expect(decodeCsv(utf16(TEXT, true), 'a.csv')).toBe(TEXT);
  });

  it('refuses bytes that are not UTF-8, naming the file and the first bad line', () => {
    const e = failure(() => decodeCsv(latin1('name\nLuis\r\nAna Pérez\nEva Núñez\n'), 'manuals/conf/attendees.csv'));
    expect(e).not.toBeInstanceOf(UsageError);
    expect(e.exitCode).toBe(1);
    expect([e.file, e.line, e.rule]).toEqual(['manuals/conf/attendees.csv', 3, 'attendees-csv']);
    expect(e.message).toContain('not valid UTF-8');
    expect(e.message).toContain('"Ana P\ufffdrez"');
    expect(e.message).toContain('--encoding latin1');
    expect(e.message).toMatch(/UTF-8/);
  });

  it('reads Latin-1 / windows-1252 when told to', () => {
    expect(decodeCsv(latin1(TEXT), 'a.csv', 'latin1')).toBe(TEXT);
    // 0x80 and 0x93/0x94 are € and curly quotes in windows-1252 (what Excel writes), not C1 controls.
    expect(decodeCsv(Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94]), 'a.csv', 'latin1')).toBe('€ \u201ca\u201d');
    // A byte-order mark still wins.
    expect(decodeCsv(utf16(TEXT, false), 'a.csv', 'latin1')).toBe(TEXT);
  });

  it('refuses bad bytes after a UTF-8 BOM, and NUL bytes without a BOM', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...latin1('name\nAna Pérez\n')]);
    expect(failure(() => decodeCsv(bom, 'a.csv')).line).toBe(2);
    const noBom = Uint8Array.from(Buffer.from(TEXT, 'utf16le'));
    expect(failure(() => decodeCsv(noBom, 'a.csv')).message).toMatch(/NUL bytes.*UTF-16 without a byte-order mark/);
  });

  it('--encoding takes utf8 or latin1 and their usual spellings', () => {
    expect(['utf8', 'UTF-8'].map(parseCsvEncoding)).toEqual(['utf8', 'utf8']);
    expect(['latin1', 'ISO-8859-1', 'windows-1252', 'cp1252'].map(parseCsvEncoding)).toEqual(['latin1', 'latin1', 'latin1', 'latin1']);
    expect(() => parseCsvEncoding('ebcdic')).toThrow(UsageError);
  });
});
