// The library behind `promokit handout <deck.pdf…> -o <file>`: read the
// decks, lay them out n-up, stamp metadata, return the bytes. The caller
// writes them (writeFileAtomic), so a failure leaves nothing behind.
import { basename, extname } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { imposeBooklet, type BookletOptions } from './booklet.js';
import { buildDate } from '../model/dates.js';
import { allInOrder, readPdf } from './load.js';
import { setMetadata } from './metadata.js';
import { nup, type NupOptions } from './nup.js';
import { savePdf } from './save.js';
import { addWatermark } from './watermark.js';

export interface HandoutDeck {
  path: string;
  /** Header title; default the PDF's own title, else the file name. */
  title?: string;
  /** Speaker notes, one per slide, printed instead of note lines. */
  notes?: readonly (string | undefined)[];
}

export interface HandoutOptions extends NupOptions {
  /** Document title; default the deck's title, or the titles joined with " · ". */
  title?: string;
  author?: string;
  /** Language of the handout for /Lang, e.g. `es`. */
  lang?: string;
  /** Stamp a diagonal watermark with this text (e.g. "BORRADOR / DRAFT"). */
  watermark?: string;
  /** The date written into the PDF; default from sourceDateEpoch, else the decks' latest date. */
  date?: Date;
  /** The SOURCE_DATE_EPOCH environment value, passed in by the caller. */
  sourceDateEpoch?: string;
  /** Impose the handout pages for saddle stitching (see booklet.ts). */
  booklet?: boolean | Pick<BookletOptions, 'sheet' | 'signature'>;
}

/** Builds the handout PDF for `decks` and returns its bytes. Throws PromokitErrors naming the bad deck. */
export async function makeHandout(decks: readonly HandoutDeck[], options: HandoutOptions = {}): Promise<Uint8Array> {
  const loaded = await allInOrder(decks.map(async (deck) => ({ deck, doc: await readPdf(deck.path) })));
  const titled = loaded.map(({ deck, doc }) => ({ deck, doc, title: deck.title ?? ownTitle(doc) ?? fileTitle(deck.path) }));
  let doc = await nup(
    titled.map(({ deck, doc, title }) => ({ pdf: doc, file: deck.path, title, notes: deck.notes })),
    options,
  );
  if (options.watermark !== undefined) await addWatermark(doc, { text: options.watermark });
  if (options.booklet) doc = await imposeBooklet(doc, options.booklet === true ? {} : options.booklet);
  setMetadata(doc, {
    title: options.title ?? titled.map((t) => t.title).join(' · '),
    author: options.author,
    lang: options.lang,
    date: options.date ?? buildDate(options.sourceDateEpoch, loaded.flatMap(({ doc }) => [doc.getModificationDate(), doc.getCreationDate()])),
  });
  return savePdf(doc);
}

/** Titles presentation programs write when the author set none: not worth a header. */
const PLACEHOLDER_TITLE = /^(powerpoint presentation|presentaci[oó]n de powerpoint|untitled( presentation)?|sin t[ií]tulo|microsoft powerpoint - .*|slide ?1|diapositiva ?1)$/i;

function ownTitle(doc: PDFDocument): string | undefined {
  const title = doc.getTitle()?.trim();
  return title && !PLACEHOLDER_TITLE.test(title) ? title : undefined;
}

/** `decks/01-bienvenida.pdf` → `01-bienvenida`. */
function fileTitle(path: string): string {
  return basename(path, extname(path));
}
