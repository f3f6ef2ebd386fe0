// Tagged PDFs joined into one, tags kept. Typst tags what it sets (headings,
// paragraphs, lists, tables, links, alt text, the language of each span), in
// a structure tree hanging from the catalog; pdf-lib's copyPages copies pages
// but not that tree. So the parts are read into the joined document's own
// context (read-into.ts) and their pages and elements adopted as they are: a
// structure element's page (/Pg) and annotation (/Obj) already point at the
// joined document's objects. Each part's elements go under one Document
// element, and the parent tree (marked content → element) is numbered anew.
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFPage, PDFPageLeaf, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

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
  Parent: PDFName.of('Parent'),
};

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

/** Joins parts' pages and structure trees into `out`: adopt each part, then finish once. */
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

  /**
   * Pages `indices` of `src` (a part read into `out`'s context, read-into.ts)
   * as pages of `out`, with their structure: nothing is copied, the part's
   * elements become the joined tree's. The caller adds the pages to `out`.
   */
  adopt(src: PDFDocument, indices: readonly number[]): PDFPage[] {
    const ctx = this.out.context;
    const pages = src.getPages();
    const root = src.context.lookupMaybe(src.catalog.get(N.StructTreeRoot), PDFDict);
    const tree = root ? parentTree(src, root) : new Map<number, PDFObject>();
    if (root) {
      const kept = new Set(indices);
      const dropped = new Set(pages.filter((_, i) => !kept.has(i)).map((p) => p.ref.toString()));
      if (dropped.size) prune(src, root, dropped);
    }
    // The part's top elements: those of its Document element (the joined one takes its place), or of its root.
    let top: PDFObject[] = [];
    if (root) {
      const k = ctx.lookup(root.get(N.K));
      top = k instanceof PDFArray ? k.asArray() : root.get(N.K) ? [root.get(N.K)!] : [];
      const only = top.length === 1 ? ctx.lookup(top[0]) : undefined;
      if (only instanceof PDFDict && only.get(N.S) === N.Document) {
        const inner = ctx.lookup(only.get(N.K));
        top = inner instanceof PDFArray ? inner.asArray() : only.get(N.K) ? [only.get(N.K)!] : [];
      }
    }
    const out = indices.map((i) => {
      const { node, ref } = pages[i]!;
      // What the page inherits from the part's page tree moves onto it, as pdf-lib's copyPages does: the tree is left behind.
      for (const name of PDFPageLeaf.InheritableEntries) {
        const key = PDFName.of(name);
        const value = node.getInheritableAttribute(key);
        if (!node.get(key) && value) node.set(key, value);
      }
      node.delete(N.Parent);
      return PDFPage.of(node, ref, this.out);
    });
    if (!root) return out;
    const renumber = (dict: PDFDict, key: PDFName): void => {
      const n = dict.get(key);
      const value = n instanceof PDFNumber ? tree.get(n.asNumber()) : undefined;
      if (value === undefined) return;
      dict.set(key, PDFNumber.of(this.next));
      this.nums.push(PDFNumber.of(this.next++), value);
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
      const dict = ctx.lookup(kid);
      if (dict instanceof PDFDict && dict.has(N.P)) dict.set(N.P, this.docRef);
      this.kids.push(kid);
    }
    this.maps.roleMap ??= root.get(N.RoleMap);
    this.maps.classMap ??= root.get(N.ClassMap);
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
