// pandoc's JSON AST (pandoc-types 1.23) → the headings, images, links and
// lists a reader of the build sees, in document order: what the Markdown
// parser of src/model must agree with (tests/model/pandoc-agreement.test.ts).
import type { PandocInstance } from '../../src/convert/pandoc-wasm-core.js';

type Attr = [string, string[], [string, string][]];
type Target = [string, string];
type Caption = [Inline[] | null, Block[]];
type Cell = [Attr, unknown, number, number, Block[]];
type Row = [Attr, Cell[]];
type TableHead = [Attr, Row[]];
type TableBody = [Attr, number, Row[], Row[]];
type TableFoot = [Attr, Row[]];
interface Citation {
  citationPrefix: Inline[];
  citationSuffix: Inline[];
}

export type Block =
  | { t: 'Plain' | 'Para'; c: Inline[] }
  | { t: 'LineBlock'; c: Inline[][] }
  | { t: 'CodeBlock'; c: [Attr, string] }
  | { t: 'RawBlock'; c: [string, string] }
  | { t: 'BlockQuote'; c: Block[] }
  | { t: 'OrderedList'; c: [unknown, Block[][]] }
  | { t: 'BulletList'; c: Block[][] }
  | { t: 'DefinitionList'; c: [Inline[], Block[][]][] }
  | { t: 'Header'; c: [number, Attr, Inline[]] }
  | { t: 'HorizontalRule' }
  | { t: 'Table'; c: [Attr, Caption, unknown[], TableHead, TableBody[], TableFoot] }
  | { t: 'Figure'; c: [Attr, Caption, Block[]] }
  | { t: 'Div'; c: [Attr, Block[]] };

export type Inline =
  | { t: 'Str'; c: string }
  | { t: 'Emph' | 'Underline' | 'Strong' | 'Strikeout' | 'Superscript' | 'Subscript' | 'SmallCaps'; c: Inline[] }
  | { t: 'Quoted'; c: [{ t: 'SingleQuote' | 'DoubleQuote' }, Inline[]] }
  | { t: 'Cite'; c: [Citation[], Inline[]] }
  | { t: 'Code'; c: [Attr, string] }
  | { t: 'Space' | 'SoftBreak' | 'LineBreak' }
  | { t: 'Math'; c: [unknown, string] }
  | { t: 'RawInline'; c: [string, string] }
  | { t: 'Link' | 'Image'; c: [Attr, Inline[], Target] }
  | { t: 'Note'; c: Block[] }
  | { t: 'Span'; c: [Attr, Inline[]] };

export interface PandocDocument {
  'pandoc-api-version': number[];
  meta: unknown;
  blocks: Block[];
}

export interface AstHeading {
  level: number;
  text: string;
  id: string | undefined;
}
export interface AstImage {
  src: string;
  alt: string;
}
export interface AstLink {
  href: string;
}
export interface AstList {
  items: number;
  ordered: boolean;
}
export interface AstSummary {
  headings: AstHeading[];
  images: AstImage[];
  links: AstLink[];
  lists: AstList[];
}

const QUOTES = { SingleQuote: ['\u2018', '\u2019'], DoubleQuote: ['\u201c', '\u201d'] } as const;

/**
 * pandoc.utils.stringify (Text.Pandoc.Shared.stringify): the text of inlines
 * with marks dropped; quotes as the smart extension prints them, footnotes
 * and raw inlines dropped (but `<br>`, a space), link text and image alt kept.
 */
export function stringify(inlines: readonly Inline[]): string {
  let out = '';
  for (const x of inlines) {
    switch (x.t) {
      case 'Str':
        out += x.c;
        break;
      case 'Space':
      case 'SoftBreak':
      case 'LineBreak':
        out += ' ';
        break;
      case 'Code':
      case 'Math':
        out += x.c[1];
        break;
      case 'RawInline':
        if (x.c[0] === 'html' && x.c[1].startsWith('<br')) out += ' ';
        break;
      case 'Quoted': {
        const [open, close] = QUOTES[x.c[0].t];
        out += open + stringify(x.c[1]) + close;
        break;
      }
      case 'Cite':
        // pandoc queries the citations' prefixes and suffixes, then the literal text.
        for (const c of x.c[0]) out += stringify(c.citationPrefix) + stringify(c.citationSuffix);
        out += stringify(x.c[1]);
        break;
      case 'Link':
      case 'Image':
      case 'Span':
        out += stringify(x.c[1]);
        break;
      case 'Note':
        break;
      default:
        out += stringify(x.c);
    }
  }
  return out;
}

/** An image's alt text: its `alt` attribute when written (`{alt="…"}`), else its description. */
export function imageAlt(attr: Attr, description: readonly Inline[]): string {
  const written = attr[2].find(([k]) => k === 'alt');
  return written ? written[1] : stringify(description);
}

/**
 * Headings, images, links and lists of a document, each in document order
 * (a list before the lists nested in it, a link before the images in its
 * text). Walks everything: block quotes, list items, table cells, divs,
 * definition lists, image descriptions, link texts. Footnote contents are
 * walked after the document, in the order of their references, as a
 * footnote's definition usually stands at the end of a file; a footnote
 * referenced twice is walked once (pandoc copies its content to each
 * reference; two notes of identical content count as one). A figure is
 * walked through its body only: its caption repeats the image's alt text.
 */
export function summariseAst(doc: PandocDocument): AstSummary {
  const summary: AstSummary = { headings: [], images: [], links: [], lists: [] };
  const notes: Block[][] = [];

  const blocks = (bs: readonly Block[]): void => {
    for (const b of bs) block(b);
  };
  const rows = (rs: readonly Row[]): void => {
    for (const [, cells] of rs) for (const cell of cells) blocks(cell[4]);
  };
  const block = (b: Block): void => {
    switch (b.t) {
      case 'Plain':
      case 'Para':
        inlines(b.c);
        break;
      case 'LineBlock':
        for (const line of b.c) inlines(line);
        break;
      case 'CodeBlock':
      case 'RawBlock':
      case 'HorizontalRule':
        break;
      case 'BlockQuote':
        blocks(b.c);
        break;
      case 'BulletList':
        summary.lists.push({ items: b.c.length, ordered: false });
        for (const item of b.c) blocks(item);
        break;
      case 'OrderedList':
        summary.lists.push({ items: b.c[1].length, ordered: true });
        for (const item of b.c[1]) blocks(item);
        break;
      case 'DefinitionList':
        for (const [term, definitions] of b.c) {
          inlines(term);
          for (const d of definitions) blocks(d);
        }
        break;
      case 'Header': {
        const [level, attr, content] = b.c;
        summary.headings.push({ level, text: stringify(content), id: attr[0] === '' ? undefined : attr[0] });
        inlines(content);
        break;
      }
      case 'Table': {
        const [, caption, , head, bodies, foot] = b.c;
        rows(head[1]);
        for (const body of bodies) {
          rows(body[2]);
          rows(body[3]);
        }
        rows(foot[1]);
        blocks(caption[1]);
        break;
      }
      case 'Figure':
        blocks(b.c[2]);
        break;
      case 'Div':
        blocks(b.c[1]);
        break;
      default:
        throw new Error(`unknown pandoc block ${JSON.stringify(b)}`);
    }
  };
  const inlines = (xs: readonly Inline[]): void => {
    for (const x of xs) {
      switch (x.t) {
        case 'Str':
        case 'Space':
        case 'SoftBreak':
        case 'LineBreak':
        case 'Code':
        case 'Math':
        case 'RawInline':
          break;
        case 'Link':
          summary.links.push({ href: x.c[2][0] });
          inlines(x.c[1]);
          break;
        case 'Image':
          summary.images.push({ src: x.c[2][0], alt: imageAlt(x.c[0], x.c[1]) });
          inlines(x.c[1]);
          break;
        case 'Quoted':
        case 'Span':
          inlines(x.c[1]);
          break;
        case 'Cite':
          for (const c of x.c[0]) {
            inlines(c.citationPrefix);
            inlines(c.citationSuffix);
          }
          inlines(x.c[1]);
          break;
        case 'Note':
          notes.push(x.c);
          break;
        default:
          inlines(x.c);
      }
    }
  };

  blocks(doc.blocks);
  const walked = new Set<string>();
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i] ?? [];
    const key = JSON.stringify(note);
    if (walked.has(key)) continue;
    walked.add(key);
    blocks(note);
  }
  return summary;
}

/** Markdown → pandoc's JSON AST with `from` as the reader, on a started instance. */
export function pandocAst(pandoc: PandocInstance, markdown: string, from: string): PandocDocument {
  const { stdout, stderr } = pandoc.convert({ from, to: 'json' }, markdown, {});
  if (stdout.trim() === '') throw new Error(`pandoc wrote no JSON: ${stderr}`);
  return JSON.parse(stdout) as PandocDocument;
}

/** Markdown → the summary of what pandoc read from it. */
export function pandocSummary(pandoc: PandocInstance, markdown: string, from: string): AstSummary {
  return summariseAst(pandocAst(pandoc, markdown, from));
}
