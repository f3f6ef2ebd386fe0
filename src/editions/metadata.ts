// The document information of an edition that pdf-lib assembles (flip,
// booklet): Typst writes its own for the documents it compiles.
import type { PDFDocument } from 'pdf-lib';
import { setMetadata, type PdfMetadata } from '../assemble/metadata.js';
import type { OutputPlan } from './layouts/layout.js';

/** Title and subject in every language of the output, the manual's authors (or organisation), the build's date. */
export function setEditionMetadata(doc: PDFDocument, plan: OutputPlan, timestamp: number): void {
  setMetadata(doc, editionMetadata(plan, timestamp));
}

/** What setEditionMetadata writes, as data (a join on a worker thread sets it there). */
export function editionMetadata(plan: OutputPlan, timestamp: number): PdfMetadata {
  const cfg = plan.manual.config;
  const first = plan.langs[0]!;
  return {
    title: plan.langs.map((l) => cfg.title[l] ?? cfg.title[first] ?? plan.manual.id).join(' / '),
    author: (cfg.authors?.length ? cfg.authors : [cfg.organization]).join(', '),
    subject: plan.langs.map((l) => cfg.subtitle?.[l] ?? cfg.title[l]).filter(Boolean).join(' / '),
    lang: first,
    keywords: [cfg.organization, ...plan.langs],
    creator: 'promokit',
    producer: 'promokit (Typst, pdf-lib)',
    date: new Date(timestamp * 1000),
  };
}
