// The document outline (bookmarks). pdf-lib has no high-level API for it, so
// the /Outlines tree is written and read with its low-level objects.
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 0-based index of the page the entry opens. */
  pageIndex: number;
  children?: OutlineEntry[];
  /** Show the children when the document opens (default: only if there are at most 8). */
  open?: boolean;
}

const N = {
  Outlines: PDFName.of('Outlines'),
  Type: PDFName.of('Type'),
  Title: PDFName.of('Title'),
  Parent: PDFName.of('Parent'),
  First: PDFName.of('First'),
  Last: PDFName.of('Last'),
  Prev: PDFName.of('Prev'),
  Next: PDFName.of('Next'),
  Count: PDFName.of('Count'),
  Dest: PDFName.of('Dest'),
  A: PDFName.of('A'),
  S: PDFName.of('S'),
  D: PDFName.of('D'),
  GoTo: PDFName.of('GoTo'),
  Fit: PDFName.of('Fit'),
  Dests: PDFName.of('Dests'),
  Names: PDFName.of('Names'),
  Kids: PDFName.of('Kids'),
  PageMode: PDFName.of('PageMode'),
  UseOutlines: PDFName.of('UseOutlines'),
};

const OPEN_UP_TO = 8;

/**
 * Replaces the outline of `doc` with `entries` and asks viewers to show it.
 * An empty list removes the outline.
 */
export function setOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  const catalog = doc.catalog;
  if (entries.length === 0) {
    catalog.delete(N.Outlines);
    return;
  }
  const pages = doc.getPages();
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const visible = writeLevel(doc, entries, rootRef, pages.map((p) => p.ref));
  const root = ctx.obj({});
  root.set(N.Type, N.Outlines);
  root.set(N.First, visible.first);
  root.set(N.Last, visible.last);
  root.set(N.Count, PDFNumber.of(visible.count));
  ctx.assign(rootRef, root);
  catalog.set(N.Outlines, rootRef);
  catalog.set(N.PageMode, N.UseOutlines);
}

/** Writes one level of siblings under `parent`; returns its ends and how many entries show when the parent is open. */
function writeLevel(
  doc: PDFDocument,
  entries: readonly OutlineEntry[],
  parent: PDFRef,
  pageRefs: readonly PDFRef[],
): { first: PDFRef; last: PDFRef; count: number } {
  const ctx = doc.context;
  const refs = entries.map(() => ctx.nextRef());
  let count = 0;
  entries.forEach((entry, i) => {
    const ref = refs[i] as PDFRef;
    const page = pageRefs[Math.min(Math.max(entry.pageIndex, 0), pageRefs.length - 1)];
    if (!page) throw new RangeError(`outline entry "${entry.title}" points at page ${entry.pageIndex + 1} of ${pageRefs.length}`);
    const item = ctx.obj({});
    item.set(N.Title, PDFHexString.fromText(entry.title));
    item.set(N.Parent, parent);
    item.set(N.Dest, ctx.obj([page, N.Fit]));
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) item.set(N.Prev, prev);
    if (next) item.set(N.Next, next);
    count++;
    const children = entry.children ?? [];
    if (children.length > 0) {
      const sub = writeLevel(doc, children, ref, pageRefs);
      const open = entry.open ?? children.length <= OPEN_UP_TO;
      item.set(N.First, sub.first);
      item.set(N.Last, sub.last);
      // Positive: open, that many descendants show; negative: closed.
      item.set(N.Count, PDFNumber.of(open ? sub.count : -sub.count));
      if (open) count += sub.count;
    }
    ctx.assign(ref, item);
  });
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count };
}

/**
 * The outline of `doc` as entries. Destinations may be explicit, named (old
 * /Dests dictionary or /Names tree) or GoTo actions; an entry whose page
 * cannot be found takes its first child's page, or is dropped with its
 * children moved up.
 */
export function readOutline(doc: PDFDocument): OutlineEntry[] {
  const ctx = doc.context;
  const root = ctx.lookupMaybe(doc.catalog.get(N.Outlines), PDFDict);
  if (!root) return [];
  const pageIndex = new Map(doc.getPages().map((p, i) => [refKey(p.ref), i]));
  const named = namedDestinations(doc);
  const seen = new Set<PDFDict>();

  const resolveDest = (dest: PDFObject | undefined): number | undefined => {
    const value = ctx.lookup(dest);
    if (value instanceof PDFName || value instanceof PDFString || value instanceof PDFHexString) {
      const key = value instanceof PDFName ? value.decodeText() : value.decodeText();
      return resolveDest(named.get(key));
    }
    if (value instanceof PDFDict) return resolveDest(value.get(N.D));
    if (value instanceof PDFArray) {
      const target = value.get(0);
      if (target instanceof PDFRef) return pageIndex.get(refKey(target));
      if (target instanceof PDFNumber) return target.asNumber(); // remote-style page number
    }
    return undefined;
  };

  const readLevel = (first: PDFObject | undefined): OutlineEntry[] => {
    const entries: OutlineEntry[] = [];
    let item = ctx.lookupMaybe(first, PDFDict);
    while (item && !seen.has(item)) {
      seen.add(item);
      const title = decode(ctx.lookup(item.get(N.Title)));
      const action = ctx.lookupMaybe(item.get(N.A), PDFDict);
      const dest = item.get(N.Dest) ?? (action && ctx.lookup(action.get(N.S)) === N.GoTo ? action.get(N.D) : undefined);
      const children = readLevel(item.get(N.First));
      const page = resolveDest(dest) ?? children[0]?.pageIndex;
      const count = ctx.lookupMaybe(item.get(N.Count), PDFNumber)?.asNumber();
      if (page === undefined) entries.push(...children);
      else {
        const entry: OutlineEntry = { title, pageIndex: page };
        if (children.length > 0) {
          entry.children = children;
          entry.open = (count ?? 0) > 0;
        }
        entries.push(entry);
      }
      item = ctx.lookupMaybe(item.get(N.Next), PDFDict);
    }
    return entries;
  };
  return readLevel(root.get(N.First));
}

/** Named destinations from the catalog's /Dests dictionary and its /Names /Dests tree. */
export function namedDestinations(doc: PDFDocument): Map<string, PDFObject> {
  const ctx = doc.context;
  const found = new Map<string, PDFObject>();
  const dests = ctx.lookupMaybe(doc.catalog.get(N.Dests), PDFDict);
  if (dests) for (const [key, value] of dests.entries()) found.set(key.decodeText(), value);
  const names = ctx.lookupMaybe(doc.catalog.get(N.Names), PDFDict);
  const tree = names && ctx.lookupMaybe(names.get(N.Dests), PDFDict);
  const visited = new Set<PDFDict>();
  const walk = (node: PDFDict | undefined): void => {
    if (!node || visited.has(node)) return;
    visited.add(node);
    const pairs = ctx.lookupMaybe(node.get(N.Names), PDFArray);
    if (pairs) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        const key = ctx.lookup(pairs.get(i));
        const value = pairs.get(i + 1);
        if ((key instanceof PDFString || key instanceof PDFHexString) && value) found.set(key.decodeText(), value);
      }
    }
    const kids = ctx.lookupMaybe(node.get(N.Kids), PDFArray);
    if (kids) for (let i = 0; i < kids.size(); i++) walk(ctx.lookupMaybe(kids.get(i), PDFDict));
  };
  walk(tree);
  return found;
}

function decode(title: PDFObject | undefined): string {
  if (title instanceof PDFString || title instanceof PDFHexString) return title.decodeText();
  return '';
}

function refKey(ref: PDFRef): string {
  return `${ref.objectNumber} ${ref.generationNumber}`;
}
