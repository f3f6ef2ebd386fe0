// Document information (title, author, language…) written the same way every
// time, so identical sources give byte-identical PDFs.
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { InvalidLanguageTagError } from './errors.js';

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  /** BCP 47 tag for the catalog's /Lang, e.g. `es`, `en-US`. */
  lang?: string;
  keywords?: readonly string[];
  /** Default "promokit". */
  creator?: string;
  /** Default "promokit (pdf-lib)". */
  producer?: string;
  /**
   * Creation and modification date. Without one no date is written at all
   * (never the current time: the output must not depend on when it was built).
   */
  date?: Date;
}

const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * Sets the document information and /Lang; shows the title in the viewer's
 * window bar. Create or load documents with `updateMetadata: false` so that
 * pdf-lib does not stamp the current time first.
 */
export function setMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author !== undefined) doc.setAuthor(meta.author);
  if (meta.subject !== undefined) doc.setSubject(meta.subject);
  if (meta.keywords !== undefined) doc.setKeywords([...meta.keywords]);
  if (meta.lang !== undefined) {
    if (!LANG_TAG.test(meta.lang)) throw new InvalidLanguageTagError(meta.lang);
    doc.setLanguage(meta.lang);
  }
  doc.setCreator(meta.creator ?? 'promokit');
  doc.setProducer(meta.producer ?? 'promokit (pdf-lib)');
  if (meta.date !== undefined) {
    if (Number.isNaN(meta.date.getTime())) throw new RangeError('metadata date is not a valid date');
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
  }
}

/** Copies title, author, subject, keywords, creator, producer, dates and /Lang from one document to another. */
export function copyMetadata(from: PDFDocument, to: PDFDocument): void {
  const title = from.getTitle();
  if (title !== undefined) to.setTitle(title, { showInWindowTitleBar: true });
  const author = from.getAuthor();
  if (author !== undefined) to.setAuthor(author);
  const subject = from.getSubject();
  if (subject !== undefined) to.setSubject(subject);
  const keywords = from.getKeywords();
  if (keywords !== undefined) to.setKeywords([keywords]);
  const creator = from.getCreator();
  if (creator !== undefined) to.setCreator(creator);
  const producer = from.getProducer();
  if (producer !== undefined) to.setProducer(producer);
  const created = from.getCreationDate();
  if (created !== undefined) to.setCreationDate(created);
  const modified = from.getModificationDate();
  if (modified !== undefined) to.setModificationDate(modified);
  const lang = from.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString);
  if (lang !== undefined) to.setLanguage(lang.decodeText());
}
