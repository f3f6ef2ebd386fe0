// Typst with a time limit (src/typeset/typeset-process.ts): a document that
// never ends is stopped and the next one is set by a fresh child process.
// The child runs from dist/ (npm test builds it first).
import { afterAll, describe, expect, it } from 'vitest';
import { TypstCompileError } from '../../src/typeset/compile.js';
import { compileBounded, stopTypesetProcess, TypesetCrashError, TypesetTimeoutError, typesetSeconds } from '../../src/typeset/typeset-process.js';
import { LIMITS } from '../../src/limits.js';
import { pngClaiming } from '../sources/image-bytes.js';

const doc = (main: string): { files: Map<string, string>; mainPath: string; timestamp: number } => ({
  files: new Map([['/main.typ', `#set text(font: "Atkinson Hyperlegible", fallback: false)\n${main}`]]),
  mainPath: '/main.typ',
  timestamp: 0,
});

afterAll(() => stopTypesetProcess());

describe('compileBounded', () => {
  it('sets a document, and reports Typst errors as compileTypst does', async () => {
    const ok = await compileBounded(doc('Hola *mundo*.'), 60);
    expect(ok.pages).toBe(1);
    expect(Buffer.from(ok.pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const err = await compileBounded(doc('#nosuchfn()'), 60).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypstCompileError);
    expect((err as TypstCompileError).diagnostics[0]).toMatchObject({ path: '/main.typ', line: 2 });
  }, 60_000);

  it('stops a document that never ends at the limit, then sets the next one', async () => {
    const started = Date.now();
    const err = await compileBounded(doc('#for a in range(10000) { for b in range(10000) { for c in range(10000) {} } }'), 2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypesetTimeoutError);
    expect(Date.now() - started).toBeLessThan(15_000);
    const next = await compileBounded(doc('Otra vez.'), 60);
    expect(next.pages).toBe(1);
  }, 60_000);

  it('survives Typst dying (a PNG claiming 100,000 × 100,000 pixels, given past the image checks)', async () => {
    const input = { ...doc('#image("/a.png")'), files: new Map<string, string | Uint8Array>([...doc('#image("/a.png")').files, ['/a.png', pngClaiming(100_000, 100_000)]]) };
    const err = await compileBounded(input, 10).catch((e: unknown) => e);
    // It aborts on allocating 30 GB; a machine that lends it the memory runs into the limit instead.
    expect(err instanceof TypesetCrashError || err instanceof TypesetTimeoutError).toBe(true);
    if (err instanceof TypesetCrashError) expect(err.message).toMatch(/Typst stopped \(signal SIGABRT\)/);
    expect((await compileBounded(doc('Sigue.'), 60)).pages).toBe(1);
  }, 60_000);

  it('takes its limit from PROMOKIT_TYPESET_TIMEOUT, else LIMITS.typesetSeconds', () => {
    expect(typesetSeconds({ PROMOKIT_TYPESET_TIMEOUT: '5' })).toBe(5);
    expect(typesetSeconds({ PROMOKIT_TYPESET_TIMEOUT: 'soon' })).toBe(LIMITS.typesetSeconds);
    expect(typesetSeconds({})).toBe(LIMITS.typesetSeconds);
  });
});
