// Links inside a PDF that is copied into another in parts. A link points at
// a page object of its own document (directly, through a named destination
// or a GoTo action); copied as it is, it would drag that page along, or be
// lost with the source's name tree. So before copying, each link's target is
// read and taken off the annotation (detachLinks); after copying, the caller
// says where that target now is and the link is pointed there (attachLinks).
// Links to web addresses are left as they are, except the `pk-xref:` ones a
// piece of a joined edition marks a link into another piece with.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject, type PDFPage } from 'pdf-lib';
import { namedDestinations } from './outline.js';

/** Where a link of a source page went: a page of its document (0-based, with the top of the view in pt from the page's foot), or another piece's target. */
export type LinkTarget = { kind: 'page'; pageIndex: number; top: number | undefined } | { kind: 'xref'; target: string };

/** The links of one source page, in the order of its /Annots: undefined for an annotation left as it is. */
export type DetachedLinks = (LinkTarget | undefined)[];

const N = {
  Annots: PDFName.of('Annots'),
  Subtype: PDFName.of('Subtype'),
  Link: PDFName.of('Link'),
  Dest: PDFName.of('Dest'),
  A: PDFName.of('A'),
  S: PDFName.of('S'),
  D: PDFName.of('D'),
  GoTo: PDFName.of('GoTo'),
  URI: PDFName.of('URI'),
  XYZ: PDFName.of('XYZ'),
};

/** The prefix of a link into another piece of the same edition (templates/lib.typ, pk-xref). */
export const XREF_SCHEME = 'pk-xref:';

/** Takes the internal links off the pages `indices` of `doc` and returns where each went. */
export function detachLinks(doc: PDFDocument, indices: readonly number[]): DetachedLinks[] {
  const ctx = doc.context;
  const pages = doc.getPages();
  const pageIndex = new Map(pages.map((p, i) => [p.ref.toString(), i]));
  const named = namedDestinations(doc);
  const resolve = (dest: PDFObject | undefined, depth = 0): LinkTarget | undefined => {
    const value = ctx.lookup(dest);
    if (depth > 4) return undefined;
    if (value instanceof PDFName || value instanceof PDFString || value instanceof PDFHexString) return resolve(named.get(value.decodeText()), depth + 1);
    if (value instanceof PDFDict) return resolve(value.get(N.D), depth + 1);
    if (value instanceof PDFArray && value.get(0) instanceof PDFRef) {
      const index = pageIndex.get((value.get(0) as PDFRef).toString());
      if (index === undefined) return undefined;
      const top = ctx.lookup(value.get(3));
      return { kind: 'page', pageIndex: index, top: top instanceof PDFNumber ? top.asNumber() : undefined };
    }
    return undefined;
  };
  return indices.map((i) => {
    const annots = ctx.lookupMaybe(pages[i]!.node.get(N.Annots), PDFArray);
    if (!annots) return [];
    return annots.asArray().map((ref) => {
      const annot = ctx.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.get(N.Subtype) !== N.Link) return undefined;
      const found = ctx.lookup(annot.get(N.A));
      const action = found instanceof PDFDict ? found : undefined;
      const uri = action && action.get(N.S) === N.URI ? ctx.lookup(action.get(N.URI)) : undefined;
      if (uri instanceof PDFString || uri instanceof PDFHexString) {
        const text = uri.decodeText();
        if (!text.startsWith(XREF_SCHEME)) return undefined;
        annot.delete(N.A);
        return { kind: 'xref', target: text.slice(XREF_SCHEME.length) };
      }
      const dest = annot.get(N.Dest) ?? (action && action.get(N.S) === N.GoTo ? action.get(N.D) : undefined);
      if (dest === undefined) return undefined;
      annot.delete(N.Dest);
      annot.delete(N.A);
      // A target that cannot be found is no link: the annotation stays without one and is dropped below.
      return resolve(dest) ?? { kind: 'xref', target: '' };
    });
  });
}

/** A link's new place: a page of the output and the top of the view (pt from its foot), or undefined to drop the link. */
export type Placement = { page: PDFPage; top: number | undefined } | undefined;

/** Points the links of `page` (a copy of a source page `detached` was read from) where `place` says; drops those it cannot place. */
export function attachLinks(page: PDFPage, detached: DetachedLinks, place: (target: LinkTarget) => Placement): void {
  const ctx = page.doc.context;
  const annots = ctx.lookupMaybe(page.node.get(N.Annots), PDFArray);
  if (!annots || detached.every((d) => d === undefined)) return;
  const kept: PDFObject[] = [];
  annots.asArray().forEach((ref, i) => {
    const target = detached[i];
    if (target === undefined) {
      kept.push(ref);
      return;
    }
    const where = place(target);
    const annot = ctx.lookup(ref);
    if (!where || !(annot instanceof PDFDict)) return;
    annot.set(N.Dest, ctx.obj([where.page.ref, N.XYZ, PDFNull, where.top === undefined ? PDFNull : PDFNumber.of(where.top), PDFNull]));
    kept.push(ref);
  });
  page.node.set(N.Annots, ctx.obj(kept));
}
