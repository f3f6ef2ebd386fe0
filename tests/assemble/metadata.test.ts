import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate } from '../../src/model/dates.js';
import { InvalidLanguageTagError, InvalidSourceDateEpochError } from '../../src/assemble/errors.js';
import { makeHandout } from '../../src/assemble/handout.js';
import { mergePdfs } from '../../src/assemble/merge.js';
import { setMetadata } from '../../src/assemble/metadata.js';
import { nup } from '../../src/assemble/nup.js';
import { imposeBooklet } from '../../src/assemble/booklet.js';
import { addWatermark } from '../../src/assemble/watermark.js';
import { savePdf } from '../../src/assemble/save.js';
import { load, makeDeck } from './fixtures.js';

const DATE = new Date('2026-03-01T12:00:00Z');

afterEach(() => {
  vi.useRealTimers();
});

describe('setMetadata', () => {
  it('writes title, author, subject, keywords, creator, producer, /Lang and fixed dates', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    setMetadata(doc, {
      title: 'Salud de la mujer — Folleto',
      author: 'Promotoras Unidas',
      subject: 'Diapositivas',
      lang: 'es-MX',
      keywords: ['salud', 'promotoras'],
      date: DATE,
    });
    const back = await load(await savePdf(doc));
    expect(back.getTitle()).toBe('Salud de la mujer — Folleto');
    expect(back.getAuthor()).toBe('Promotoras Unidas');
    expect(back.getSubject()).toBe('Diapositivas');
    expect(back.getKeywords()).toBe('salud promotoras');
    expect(back.getCreator()).toBe('promokit');
    expect(back.getProducer()).toBe('promokit (pdf-lib)');
    expect(back.getCreationDate()?.toISOString()).toBe(DATE.toISOString());
    expect(back.getModificationDate()?.toISOString()).toBe(DATE.toISOString());
    expect(back.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('es-MX');
  });

  it('writes no date at all when none is given (never the current time)', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    setMetadata(doc, { title: 'T' });
    const back = await load(await savePdf(doc));
    expect(back.getCreationDate()).toBeUndefined();
    expect(back.getModificationDate()).toBeUndefined();
  });

  it('refuses a language that is not a language tag', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    expect(() => setMetadata(doc, { title: 'T', lang: 'Español' })).toThrow(InvalidLanguageTagError);
  });
});

describe('buildDate', () => {
  it('prefers SOURCE_DATE_EPOCH, then the latest source date, then none', () => {
    expect(buildDate('1772366400')?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(buildDate(undefined, [new Date('2024-01-01'), undefined, new Date('2025-05-05')])?.toISOString()).toBe(
      '2025-05-05T00:00:00.000Z',
    );
    expect(buildDate('', [])).toBeUndefined();
  });
  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate('yesterday')).toThrow(InvalidSourceDateEpochError);
    expect(() => buildDate('1.5')).toThrow(InvalidSourceDateEpochError);
  });
});

describe('byte-identical output', () => {
  /** Runs `make` twice with the clock at different times; the bytes must not change. */
  async function twice(make: () => Promise<Uint8Array>): Promise<[Uint8Array, Uint8Array]> {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = await make();
    vi.setSystemTime(new Date('2031-06-15T08:30:00Z'));
    const second = await make();
    vi.useRealTimers();
    return [first, second];
  }

  it('nup + watermark + metadata', async () => {
    const deck = await makeDeck({ count: 7 });
    const [a, b] = await twice(async () => {
      const doc = await nup([{ pdf: deck, title: 'Deck', notes: ['una nota'] }], { perPage: 6 });
      await addWatermark(doc);
      setMetadata(doc, { title: 'Deck', lang: 'es', date: DATE });
      return savePdf(doc);
    });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = Buffer.from(a).toString('latin1');
    expect(text).not.toMatch(/D:203[01]/);
    expect(text).not.toMatch(/\/ID\s*\[/);
  });

  it('merge with outline, and booklet', async () => {
    const one = await makeDeck({ label: 'A', count: 3 });
    const two = await makeDeck({ label: 'B', count: 2 });
    const [a, b] = await twice(async () => {
      const merged = await mergePdfs([{ pdf: one, title: 'Uno' }, { pdf: two, title: 'Dos' }], { startOnOddPage: true });
      const booklet = await imposeBooklet(await savePdf(merged));
      setMetadata(booklet, { title: 'Packet', date: DATE });
      return savePdf(booklet);
    });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('makeHandout, dated by SOURCE_DATE_EPOCH', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promokit-meta-'));
    const path = join(dir, 'deck.pdf');
    await writeFile(path, await makeDeck({ count: 5 }));
    const [a, b] = await twice(() => makeHandout([{ path }], { sourceDateEpoch: '1772366400', lang: 'es' }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const doc = await load(a);
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('es');
  });
});
