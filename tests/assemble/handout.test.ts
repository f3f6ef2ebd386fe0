import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHandout } from '../../src/assemble/handout.js';
import { load, makeDeck, pageTexts } from './fixtures.js';

async function decks(files: Record<string, Uint8Array>): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'promokit-handout-'));
  const paths: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    paths[name] = join(dir, name);
    await writeFile(join(dir, name), bytes);
  }
  return paths;
}

describe('makeHandout', () => {
  it('lays out several decks with their titles: given, the PDF’s own, or the file name', async () => {
    const p = await decks({
      'a.pdf': await makeDeck({ label: 'A', count: 2, title: 'Ignored when a title is given' }),
      'b.pdf': await makeDeck({ label: 'B', count: 2, title: 'Salud de la mujer' }),
      '03-nutricion.pdf': await makeDeck({ label: 'C', count: 2 }),
      'd.pdf': await makeDeck({ label: 'D', count: 1, title: 'PowerPoint Presentation' }),
    });
    const bytes = await makeHandout([
      { path: p['a.pdf'] ?? '', title: 'Bienvenida' },
      { path: p['b.pdf'] ?? '' },
      { path: p['03-nutricion.pdf'] ?? '' },
      { path: p['d.pdf'] ?? '' },
    ]);
    const texts = await pageTexts(bytes);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toMatch(/^Bienvenida/);
    expect(texts[1]).toMatch(/^Salud de la mujer/);
    expect(texts[2]).toMatch(/^03-nutricion/);
    expect(texts[3]).toMatch(/^d \d/);
    expect(texts[3]).toContain('D1');
    const doc = await load(bytes);
    expect(doc.getTitle()).toBe('Bienvenida · Salud de la mujer · 03-nutricion · d');
    expect(doc.getCreator()).toBe('promokit');
  });

  it('passes options through: per page, paper, no lines, document title, watermark, notes', async () => {
    const p = await decks({ 'deck.pdf': await makeDeck({ label: 'A', count: 5 }) });
    const bytes = await makeHandout([{ path: p['deck.pdf'] ?? '', notes: ['Nota uno'] }], {
      perPage: 6,
      paper: 'a4',
      lines: false,
      title: 'Folleto',
      watermark: 'BORRADOR / DRAFT',
      lang: 'es',
    });
    const doc = await load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getWidth()).toBeCloseTo(595.28, 2);
    expect(doc.getTitle()).toBe('Folleto');
    const text = (await pageTexts(bytes))[0] ?? '';
    expect(text).toContain('BORRADOR / DRAFT');
    expect(text).toContain('Nota uno');
    expect(text.match(/\bA\d\b/g)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
  });

  it('dates the handout from the decks when SOURCE_DATE_EPOCH is not set', async () => {
    const p = await decks({ 'deck.pdf': await makeDeck({ count: 1 }) });
    const source = await load(await makeDeck({ count: 1 }));
    const bytes = await makeHandout([{ path: p['deck.pdf'] ?? '' }]);
    const doc = await load(bytes);
    // pdf-lib stamped the fixture deck with its creation time; the handout takes the deck's date, not its own.
    expect(doc.getModificationDate()).toBeInstanceOf(Date);
    expect(Math.abs((doc.getModificationDate()?.getTime() ?? 0) - (source.getModificationDate()?.getTime() ?? 0))).toBeLessThan(60_000);
  });
});
