import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { load, makeDeck, pageTexts } from './fixtures.js';

let dir: string;
let stderr: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'promokit-handout-cli-'));
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const run = (...args: string[]): Promise<number> => main(['node', 'promokit', 'handout', ...args]);

describe('promokit handout', () => {
  it('writes the handout with the options given', async () => {
    await writeFile(join(dir, 'a.pdf'), await makeDeck({ label: 'A', count: 5 }));
    const out = join(dir, 'out', 'folleto.pdf');
    const code = await run(join(dir, 'a.pdf'), '-o', out, '--per-page', '4', '--paper', 'a4', '--no-lines', '--title', 'Charla', '--lang', 'es');
    expect(code).toBe(0);
    const bytes = new Uint8Array(await (await import('node:fs/promises')).readFile(out));
    const doc = await load(bytes);
    expect(doc.getPageCount()).toBe(2);
    expect(doc.getPage(0).getWidth()).toBeCloseTo(595.28, 2);
    expect((await pageTexts(bytes))[0]).toMatch(/^Charla/);
    expect(stderr).toMatch(/wrote .*folleto\.pdf/);
  });

  it('imposes the handout as a booklet on the sheet asked for and says which sheet to load', async () => {
    await writeFile(join(dir, 'a.pdf'), await makeDeck({ label: 'A', count: 12 }));
    const out = join(dir, 'booklet.pdf');
    expect(await run(join(dir, 'a.pdf'), '-o', out, '--sheet', 'tabloid', '--signature', '4')).toBe(0);
    const doc = await load(new Uint8Array(await (await import('node:fs/promises')).readFile(out)));
    // 12 slides, 3 a page: 4 letter pages on one 17 × 11 in sheet, both sides.
    expect(doc.getPageCount()).toBe(2);
    expect([doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]).toEqual([1224, 792]);
    expect(stderr).toMatch(/booklet sheets: tabloid, 17 × 11 in; print on both sides, flipping on the short edge/);
    expect(await run(join(dir, 'a.pdf'), '-o', out, '--sheet', 'legal')).toBe(2);
    expect(stderr).toMatch(/--sheet must be one of letter, a4, tabloid, a3, not "legal"/);
    expect(await run(join(dir, 'a.pdf'), '-o', out, '--signature', '0')).toBe(2);
    expect(stderr).toMatch(/--signature must be a whole number of sheets/);
  });

  it('exits 1 naming an encrypted or damaged deck, and writes nothing', async () => {
    await writeFile(join(dir, 'good.pdf'), await makeDeck({ count: 2 }));
    await writeFile(join(dir, 'bad.pdf'), (await makeDeck({ count: 2 })).slice(0, 500));
    const out = join(dir, 'h.pdf');
    expect(await run(join(dir, 'good.pdf'), join(dir, 'bad.pdf'), '-o', out)).toBe(1);
    expect(stderr).toMatch(/bad\.pdf: the PDF is damaged or incomplete/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['bad.pdf', 'good.pdf']);
  });

  it('exits 2 for a missing deck, a bad --per-page, a missing -o, or -o inside manuals/', async () => {
    await writeFile(join(dir, 'a.pdf'), await makeDeck({ count: 1 }));
    expect(await run(join(dir, 'missing.pdf'), '-o', join(dir, 'h.pdf'))).toBe(2);
    expect(stderr).toMatch(/missing\.pdf: cannot read the deck \(no such file\)/);
    expect(await run(join(dir, 'a.pdf'), '-o', join(dir, 'h.pdf'), '--per-page', '5')).toBe(2);
    expect(stderr).toMatch(/--per-page must be 1, 2, 3, 4, 6 or 9/);
    expect(await run(join(dir, 'a.pdf'))).toBe(2);
    await mkdir(join(dir, 'manuals', 'm'), { recursive: true });
    expect(await run(join(dir, 'a.pdf'), '-o', join(dir, 'manuals', 'm', 'h.pdf'))).toBe(2);
    expect(await run(join(dir, 'a.pdf'), '-o', join(dir, 'a.pdf'))).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['a.pdf', 'manuals']);
    expect(await readdir(join(dir, 'manuals', 'm'))).toEqual([]);
  });
});
