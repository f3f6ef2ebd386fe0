// Tagged PDFs joined into one, tags kept. Typst tags what it sets (headings,
// paragraphs, lists, tables, links, alt text, the language of each span), in
// a structure tree hanging from the catalog; pdf-lib's copyPages copies pages
// but not that tree. So the pages and their part of the tree are copied with
// one object copier: a structure element's page (/Pg) and annotation (/Obj)
// then point at the copies. Each part's elements go under one Document
// element, and the parent tree (marked content → element) is numbered anew.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

const N = {
  StructTreeRoot: PDFName.of('StructTreeRoot'),
  StructParents: PDFName.of('StructParents'),
  StructParent: PDFName.of('StructParent'),
  ParentTree: PDFName.of('ParentTree'),
  ParentTreeNextKey: PDFName.of('ParentTreeNextKey'),
  Nums: PDFName.of('Nums'),
  Kids: PDFName.of('Kids'),
  K: PDFName.of('K'),
  P: PDFName.of('P'),
  Pg: PDFName.of('Pg'),
  S: PDFName.of('S'),
  Type: PDFName.of('Type'),
  StructElem: PDFName.of('StructElem'),
  Document: PDFName.of('Document'),
  RoleMap: PDFName.of('RoleMap'),
  ClassMap: PDFName.of('ClassMap'),
  MarkInfo: PDFName.of('MarkInfo'),
  Marked: PDFName.of('Marked'),
  Annots: PDFName.of('Annots'),
};

/** The copier's map of source objects to their copies (private in pdf-lib's types), to say where a page went before the tree is copied. */
type Traversed = { traversedObjects: Map<PDFObject, PDFObject> };

/** The parent tree of a document as key → value, its number tree flattened. */
function parentTree(doc: PDFDocument, root: PDFDict): Map<number, PDFObject> {
  const ctx = doc.context;
  const found = new Map<number, PDFObject>();
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict | undefined): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const nums = ctx.lookupMaybe(node.get(N.Nums), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = ctx.lookup(nums.get(i));
      if (key instanceof PDFNumber) found.set(key.asNumber(), nums.get(i + 1));
    }
    const kids = ctx.lookupMaybe(node.get(N.Kids), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(ctx.lookupMaybe(kids.get(i), PDFDict));
  };
  walk(ctx.lookupMaybe(root.get(N.ParentTree), PDFDict));
  return found;
}

/** Removes from the tree under `node` what lies on a page of `dropped` (page refs as strings). */
function prune(doc: PDFDocument, node: PDFDict, dropped: ReadonlySet<string>, depth = 0): void {
  if (depth > 200) return;
  const ctx = doc.context;
  const k = node.get(N.K);
  const kids = ctx.lookup(k);
  const list = kids instanceof PDFArray ? kids.asArray() : k === undefined ? [] : [k];
  const kept = list.filter((kid) => {
    const dict = ctx.lookup(kid);
    if (!(dict instanceof PDFDict)) return true;
    const pg = dict.get(N.Pg);
    if (pg instanceof PDFRef && dropped.has(pg.toString())) return false;
    prune(doc, dict, dropped, depth + 1);
    return true;
  });
  if (kept.length !== list.length) node.set(N.K, ctx.obj(kept));
}

/** Joins parts' pages and structure trees into `out`: copy each part, then finish once. */
export class StructureJoiner {
  private readonly rootRef: PDFRef;
  private readonly docRef: PDFRef;
  private readonly kids: PDFObject[] = [];
  private readonly nums: PDFObject[] = [];
  private readonly maps: { roleMap?: PDFObject; classMap?: PDFObject } = {};
  private next = 0;

  constructor(private readonly out: PDFDocument) {
    this.rootRef = out.context.nextRef();
    this.docRef = out.context.nextRef();
  }

  /** Copies pages `indices` of `src` with their structure; the caller adds them to `out`. */
  copy(src: PDFDocument, indices: readonly number[]): PDFPage[] {
    const ctx = this.out.context;
    const pages = src.getPages();
    const copier = PDFObjectCopier.for(src.context, ctx);
    const traversed = (copier as unknown as Traversed).traversedObjects;
    const rootRef = src.catalog.get(N.StructTreeRoot);
    const root = src.context.lookupMaybe(rootRef, PDFDict);
    const tree = root ? parentTree(src, root) : new Map<number, PDFObject>();
    if (root) {
      const kept = new Set(indices);
      const dropped = new Set(pages.filter((_, i) => !kept.has(i)).map((p) => p.ref.toString()));
      if (dropped.size) prune(src, root, dropped);
      if (rootRef instanceof PDFRef) traversed.set(rootRef, this.rootRef);
    }
    // The part's top elements: those of its Document element (which becomes the joined one), or of its root.
    let top: PDFObject[] = [];
    if (root) {
      const k = src.context.lookup(root.get(N.K));
      top = k instanceof PDFArray ? k.asArray() : root.get(N.K) ? [root.get(N.K)!] : [];
      const only = top.length === 1 ? src.context.lookup(top[0]) : undefined;
      if (only instanceof PDFDict && only.get(N.S) === N.Document) {
        if (top[0] instanceof PDFRef) traversed.set(top[0], this.docRef);
        const inner = src.context.lookup(only.get(N.K));
        top = inner instanceof PDFArray ? inner.asArray() : only.get(N.K) ? [only.get(N.K)!] : [];
      }
    }
    // The parts' pages first, so that the tree's page references find the copies.
    const copies = indices.map((i) => {
      const ref = ctx.nextRef();
      traversed.set(pages[i]!.ref, ref);
      return ref;
    });
    const out = indices.map((i, n) => {
      const node = copier.copy(pages[i]!.node);
      ctx.assign(copies[n]!, node);
      return PDFPage.of(node, copies[n]!, this.out);
    });
    if (!root) return out;
    const renumber = (dict: PDFDict, key: PDFName): void => {
      const n = dict.get(key);
      const value = n instanceof PDFNumber ? tree.get(n.asNumber()) : undefined;
      if (value === undefined) return;
      dict.set(key, PDFNumber.of(this.next));
      this.nums.push(PDFNumber.of(this.next++), copier.copy(value));
    };
    for (const page of out) {
      renumber(page.node, N.StructParents);
      const annots = ctx.lookupMaybe(page.node.get(N.Annots), PDFArray);
      for (const a of annots?.asArray() ?? []) {
        const annot = ctx.lookup(a);
        if (annot instanceof PDFDict) renumber(annot, N.StructParent);
      }
    }
    for (const kid of top) {
      const copied = copier.copy(kid);
      const dict = ctx.lookup(copied);
      if (dict instanceof PDFDict && dict.has(N.P)) dict.set(N.P, this.docRef);
      this.kids.push(copied);
    }
    this.maps.roleMap ??= root.get(N.RoleMap) && copier.copy(root.get(N.RoleMap)!);
    this.maps.classMap ??= root.get(N.ClassMap) && copier.copy(root.get(N.ClassMap)!);
    return out;
  }

  /** Writes the joined tree into `out`'s catalog (nothing when no part was tagged). */
  finish(): void {
    if (this.kids.length === 0) return;
    const ctx = this.out.context;
    ctx.assign(this.docRef, ctx.obj({ Type: N.StructElem, S: N.Document, P: this.rootRef, K: this.kids }));
    const root = ctx.obj({ Type: N.StructTreeRoot, K: this.docRef, ParentTree: ctx.obj({ Nums: this.nums }), ParentTreeNextKey: PDFNumber.of(this.next) });
    if (this.maps.roleMap) root.set(N.RoleMap, this.maps.roleMap);
    if (this.maps.classMap) root.set(N.ClassMap, this.maps.classMap);
    ctx.assign(this.rootRef, root);
    this.out.catalog.set(N.StructTreeRoot, this.rootRef);
    this.out.catalog.set(N.MarkInfo, ctx.obj({ Marked: true }));
  }
}
