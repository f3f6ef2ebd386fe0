// Block tokens → headings, lists, tables, divs and the reader's text blocks,
// each with its file line. One pass over markdown-it's token stream.
import type { Token } from 'markdown-it';
import type { Div, Heading, ListInfo, TableInfo, TextBlock } from '../types.js';
import { LIMITS } from '../../limits.js';
import { attrsOf, htmlIds, scanInline, stringify, type InlineScan } from './inline.js';

/** HTML blocks that lose nothing in a PDF: comments, anchors, line breaks. */
const HARMLESS_HTML = /^(?:\s*(?:<!--[\s\S]*?-->|<a\s+(?:id|name)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)\s*\/?>|<\/a>|<br\s*\/?>))*\s*$/i;

const CONTAINERS = new Set(['bullet_list_open', 'bullet_list_close', 'ordered_list_open', 'ordered_list_close', 'blockquote_open', 'blockquote_close', 'pk_div_open', 'pk_div_close']);

/** Fenced divs whose content is not read by the audience. */
export const UNREAD_DIVS: ReadonlySet<string> = new Set(['facilitator', 'notes']);

const HEADING_ATTRS = /[ \t]*\{([^{}]*)\}[ \t]*$/;

/** A heading with the last line it occupies (a setext heading's underline). */
export interface HeadingSpan extends Heading {
  endLine: number;
}

/** A source past a limit (src/limits.ts), with the line where it goes past. */
export interface LimitFinding {
  rule: 'input-too-large' | 'too-deep';
  line: number;
  message: string;
}

export interface BlockScan extends InlineScan {
  limits: LimitFinding[];
  raw: { line: number; format: string }[];
  breaks: { line: number; text: string }[];
  headings: HeadingSpan[];
  lists: ListInfo[];
  tables: TableInfo[];
  divs: Div[];
  text: TextBlock[];
}

/** Drops a trailing `{#id .class}` from a heading's inline tokens and returns its id. */
function headingId(children: Token[]): string | undefined {
  const last = children[children.length - 1];
  if (!last || last.type !== 'text') return undefined;
  const m = HEADING_ATTRS.exec(last.content);
  const attrs = m ? attrsOf(m[1]!) : undefined;
  if (!m || !attrs) return undefined;
  last.content = last.content.slice(0, m.index);
  return attrs.id;
}

export function scanBlocks(tokens: readonly Token[], lines: readonly string[], firstLine: number, unreadDivs: ReadonlySet<string> = UNREAD_DIVS): BlockScan {
  const out: BlockScan = { limits: [], raw: [], breaks: [], headings: [], lists: [], tables: [], divs: [], text: [], parts: [], images: [], links: [], anchors: [] };
  const lists: ListInfo[] = [];
  const divs: { div: Div; unread: boolean }[] = [];
  let table: TableInfo | undefined;
  let inHead = false;
  let heading: HeadingSpan | undefined;
  let rowLine: number | undefined; // cells have no line of their own
  let depth = 0; // lists, quotes and divs open around the current token
  let tooDeep = false;

  for (const t of tokens) {
    const line = t.map ? firstLine + t.map[0] : undefined;
    if (CONTAINERS.has(t.type)) {
      depth += t.nesting;
      if (depth > LIMITS.depth && !tooDeep) {
        tooDeep = true;
        out.limits.push({ rule: 'too-deep', line: line ?? firstLine, message: `lists, quotes and divs are nested more than ${LIMITS.depth} deep here` });
      }
    }
    switch (t.type) {
      case 'heading_open':
        heading = { level: Number(t.tag.slice(1)), text: '', id: undefined, line: line ?? firstLine, endLine: firstLine + (t.map?.[1] ?? 1) - 1 };
        break;
      case 'heading_close':
        heading = undefined;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const list: ListInfo = { line: line ?? firstLine, items: 0, ordered: t.type === 'ordered_list_open', depth: lists.length, inDiv: divs.length > 0 };
        out.lists.push(list);
        lists.push(list);
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        if (lists.length > 0) lists[lists.length - 1]!.items++;
        break;
      case 'pk_div_open': {
        const div: Div = { className: t.info, line: line ?? firstLine, endLine: firstLine + (t.map?.[1] ?? 1) - 1 };
        const id = t.attrGet('id');
        if (id !== null) out.anchors.push({ id: String(id), line: div.line });
        out.divs.push(div);
        divs.push({ div, unread: unreadDivs.has(t.info) || divs.some((d) => d.unread) });
        break;
      }
      case 'pk_div_close':
        divs.pop();
        break;
      case 'table_open':
        table = { line: line ?? firstLine, header: [], rows: 0 };
        out.tables.push(table);
        break;
      case 'table_close':
        if (table && table.rows > LIMITS.tableRows) {
          out.limits.push({ rule: 'input-too-large', line: table.line, message: `the table has ${table.rows} rows, more than ${LIMITS.tableRows}; split it` });
        }
        table = undefined;
        break;
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        rowLine = line;
        if (table && !inHead) table.rows++;
        break;
      case 'hr':
        out.breaks.push({ line: line ?? firstLine, text: (lines[t.map?.[0] ?? 0] ?? '').trim() });
        break;
      case 'fence': {
        const format = /^\{=([\w-]+)\}$/.exec(t.info.trim())?.[1];
        if (format) out.raw.push({ line: line ?? firstLine, format });
        break;
      }
      case 'html_block':
        if (!HARMLESS_HTML.test(t.content)) out.raw.push({ line: line ?? firstLine, format: 'html' });
        for (const id of htmlIds(t.content)) out.anchors.push({ id, line: line ?? firstLine });
        break;
      case 'inline':
        inlineBlock(t, line ?? rowLine, heading, table && inHead ? table : undefined, divs.some((d) => d.unread), out);
        break;
      default:
        break;
    }
  }
  return out;
}

function inlineBlock(t: Token, line: number | undefined, heading: HeadingSpan | undefined, header: TableInfo | undefined, unread: boolean, out: BlockScan): void {
  const children = t.children ?? [];
  const start = line ?? heading?.line ?? header?.line ?? 1;
  if (heading) {
    heading.id = headingId(children);
    heading.text = stringify(children);
    out.headings.push(heading);
    if (heading.id) out.anchors.push({ id: heading.id, line: heading.line });
  }
  if (header) header.header.push(stringify(children));
  const scan: InlineScan = { parts: [], images: out.images, links: out.links, anchors: out.anchors, raw: out.raw };
  scanInline(children, start, scan);
  if (scan.parts.length > 0) out.text.push({ parts: scan.parts, unread });
}
