// The one CommonMark parser of promokit: markdown-it set up to read what the
// build's pandoc reader (commonmark_x) reads: pipe tables, footnotes,
// definition lists, raw HTML, smart quotes, and pandoc's fenced divs, which
// markdown-it has no plugin for that nests the way pandoc does (below).
import { createRequire } from 'node:module';
import type MarkdownItModule from 'markdown-it';
import type { MarkdownIt as Parser, PluginSimple, StateBlock } from 'markdown-it';
import { LIMITS } from '../../limits.js';

const DIV_OPEN = /^:{3,}[ \t]*(?:\{([^{}]*)\}|([^\s{}:]+))[ \t]*$/;
const DIV_CLOSE = /^:{3,}[ \t]*$/;
const CODE_FENCE = /^(`{3,}|~{3,})/;

/**
 * `{#id .class key=val key="a b"}` → its parts, or undefined when the braces
 * hold anything else: pandoc then prints them as text (it takes no
 * single-quoted values). Double quotes may already be curled by smart quotes.
 */
export function parseAttributes(raw: string): { id: string | undefined; classes: string[]; kv: Record<string, string> } | undefined {
  const kv: Record<string, string> = {};
  const classes: string[] = [];
  let id: string | undefined;
  const re = /\s*(?:#([^\s"'#.=“”{}]+)|\.([^\s"'#.=“”{}]+)|([A-Za-z_][\w:.-]*)=(?:["“]([^"“”]*)["”]|([^\s"'“”‘’{}]+)))\s*/y;
  let at = 0;
  while (at < raw.length) {
    re.lastIndex = at;
    const m = re.exec(raw);
    if (!m) return raw.slice(at).trim() === '' ? { id, classes, kv } : undefined;
    at = re.lastIndex;
    if (m[1] !== undefined) id = m[1];
    else if (m[2] !== undefined) classes.push(m[2]);
    else if (m[3] !== undefined) kv[m[3]] = m[4] ?? m[5] ?? '';
  }
  return id !== undefined || classes.length > 0 || Object.keys(kv).length > 0 ? { id, classes, kv } : undefined;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
}

/**
 * pandoc's fenced div: `::: name` or `::: {#id .name}` opens, a line of three
 * or more colons closes the innermost open div, even inside a code block
 * that the div holds (commonmark-hs closes containers before leaves). A
 * `:::` line inside a code block outside any div opens nothing.
 */
function fencedDiv(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const open = DIV_OPEN.exec(lineText(state, startLine));
  if (!open) return false;
  if (silent) return true;

  let depth = 1;
  let code: string | undefined;
  let line = startLine + 1;
  let closed = false;
  for (; line < endLine; line++) {
    if (state.sCount[line]! < state.blkIndent && !state.isEmpty(line)) break; // the parent (a list item) ends
    const text = state.sCount[line]! - state.blkIndent >= 4 ? '' : lineText(state, line);
    if (DIV_CLOSE.test(text)) {
      code = undefined;
      if (--depth === 0) {
        closed = true;
        break;
      }
      continue;
    }
    const fence = CODE_FENCE.exec(text);
    if (code !== undefined) {
      if (fence && fence[1]![0] === code[0] && fence[1]!.length >= code.length && text.slice(fence[1]!.length).trim() === '') code = undefined;
      continue;
    }
    if (fence) code = fence[1];
    else if (DIV_OPEN.test(text)) depth++;
  }

  const attrs = open[1] !== undefined ? (parseAttributes(open[1]) ?? { id: undefined, classes: [], kv: {} }) : { id: undefined, classes: [open[2]!], kv: {} };
  const token = state.push('pk_div_open', 'div', 1);
  token.map = [startLine, closed ? line + 1 : line];
  token.info = attrs.classes[0] ?? '';
  if (attrs.id) token.attrSet('id', attrs.id);
  token.markup = ':::';

  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  state.parentType = 'blockquote'; // any container type: stops paragraphs at the div's end
  state.lineMax = line;
  state.md.block.tokenize(state, startLine + 1, line);
  state.parentType = oldParent;
  state.lineMax = oldLineMax;

  const close = state.push('pk_div_close', 'div', -1);
  close.markup = ':::';
  state.line = closed ? line + 1 : line;
  return true;
}

let engine: Parser | undefined;

/** The configured parser, made once per process. */
export function markdownEngine(): Parser {
  if (engine) return engine;
  // The packages' CommonJS builds, loaded by the first parse: one file each
  // (the ES-module build of markdown-it is 53), and none when every scan
  // comes from the cache (model/scan-cache.ts). Measured: 0.02 s to load
  // against 0.04 s.
  const require = createRequire(import.meta.url);
  const MarkdownIt = require('markdown-it') as typeof MarkdownItModule;
  const footnote = require('markdown-it-footnote') as PluginSimple;
  const deflist = require('markdown-it-deflist') as PluginSimple;
  // Deep enough to see (and refuse) nesting past LIMITS.depth, bounded so a
  // hostile file cannot recurse without end.
  const md = new MarkdownIt('commonmark', { html: true, typographer: true, quotes: '“”‘’' });
  // markdown-it reads maxNesting from its options; its type list omits it.
  Object.assign(md.options, { maxNesting: 2 * LIMITS.depth + 8 });
  md.enable(['table', 'strikethrough', 'smartquotes']);
  // pandoc keeps a destination as written (no percent-encoding, any scheme).
  md.normalizeLink = (url: string): string => url;
  md.validateLink = (): boolean => true;
  md.use(footnote).use(deflist);
  md.block.ruler.before('fence', 'pk_div', fencedDiv, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  engine = md;
  return md;
}
