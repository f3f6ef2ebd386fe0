// Inline tokens → what a reader sees, split at source lines, and the
// images, links and anchors among them, each with its file line.
import type { Token } from 'markdown-it';
import type { Anchor, ImageRef, LinkRef } from '../types.js';
import { parseAttributes } from './engine.js';

/** `{#id .class k=v}` right after an image, link, span or at a heading's end. */
const ATTR_BLOCK = /^\{([^{}]*)\}/;
const SPAN = /\[([^\][]*)\]\{([^{}]*)\}/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/g;

/**
 * pandoc's `smart` extension, for what markdown-it's smartquotes leave:
 * dashes, ellipses, and quotes without a partner (pandoc curls those too:
 * `5" tall` → `5“ tall`, `'90s` → `’90s`).
 */
export function smartDashes(s: string): string {
  if (s.includes('--') || s.includes('...')) s = s.replace(/---/g, '—').replace(/--/g, '–').replace(/\.\.\./g, '…');
  if (s.includes('"') || s.includes("'")) s = s.replace(/"/g, '“').replace(/'/g, '’');
  return s;
}

type Attributes = NonNullable<ReturnType<typeof parseAttributes>>;

/** An attribute block only counts when it holds attributes (`{x}` is text). */
export function attrsOf(raw: string): Attributes | undefined {
  return parseAttributes(raw);
}

/** Percent-decoded path of a destination, or the destination when it does not decode. */
export function decodePath(src: string): string {
  const bare = src.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** pandoc.utils.stringify of inline tokens: text, code, image alt text; raw HTML dropped. */
export function stringify(tokens: readonly Token[] | null): string {
  let out = '';
  for (const t of tokens ?? []) {
    if (t.type === 'text') out += smartDashes(t.content);
    else if (t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else if (t.type === 'image') out += stringify(t.children);
  }
  return out.replace(/\s+/g, ' ').trim();
}

export interface InlineScan {
  /** The reader's words per source line (empty parts dropped). */
  parts: { line: number; text: string }[];
  images: ImageRef[];
  links: LinkRef[];
  anchors: Anchor[];
  /** Raw inline code for another format (`` `#x`{=typst} ``), when the caller collects it. */
  raw?: { line: number; format: string }[];
}

/**
 * Walks the children of one inline token that starts at file line `line`.
 * Attribute blocks (`{#id}`) after images, links and spans are read and
 * removed from the text.
 */
export function scanInline(children: readonly Token[], line: number, into: InlineScan): void {
  let cur = '';
  let curLine = line;
  let linkDepth = 0;
  let link: { href: string; line: number; text: string; autolink: boolean } | undefined;
  const flush = (): void => {
    let text = cur;
    // Most text has no span, URL or attribute: skip the regexes then.
    if (text.includes('{')) text = text.replace(SPAN, '$1').replace(/\{[#.][^{}]*\}/g, ' ');
    if (text.includes('http') || text.includes('www.')) text = text.replace(BARE_URL, ' ');
    text = text.replace(/\s{2,}|[\t\n\r]/g, ' ').trim();
    if (text) into.parts.push({ line: curLine, text });
    cur = '';
  };
  let pendingAttrs: ((a: Attributes) => void) | undefined;
  let lastImage: ImageRef | undefined;
  let lastCode = false;

  // Text of the whole inline, with its line breaks, for `[text]{#id}` spans over lines.
  let flat = '';
  const spans = children.some((t) => t.type === 'text' && t.content.includes('{'));
  for (const t of spans ? children : []) {
    if (t.type === 'text') flat += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') flat += '\n';
    else flat += ' ';
  }
  if (flat.includes(']{')) {
    for (const m of flat.matchAll(SPAN)) {
      const id = attrsOf(m[2]!)?.id;
      if (id) into.anchors.push({ id, line: line + (flat.slice(0, m.index).match(/\n/g)?.length ?? 0) });
    }
  }

  for (const t of children) {
    let content = t.type === 'text' ? t.content : '';
    if (pendingAttrs && t.type === 'text') {
      const m = ATTR_BLOCK.exec(content);
      const a = m ? attrsOf(m[1]!) : undefined;
      if (m && a) {
        pendingAttrs(a);
        content = content.slice(m[0].length);
      } else if (m && lastImage) {
        lastImage.unreadAttributes = m[0];
      }
    }
    lastImage = undefined;
    pendingAttrs = undefined;
    if (lastCode && t.type === 'text') {
      const m = /^\{=([\w-]+)\}/.exec(content);
      if (m) {
        into.raw?.push({ line: curLine, format: m[1]! });
        content = content.slice(m[0].length);
      }
    }
    lastCode = false;
    switch (t.type) {
      case 'text': {
        const text = smartDashes(content);
        if (link) link.text += text;
        if (!link?.autolink) cur += text;
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        if (link) link.text += ' ';
        flush();
        curLine++;
        break;
      case 'code_inline':
        if (link) link.text += t.content;
        cur += ' ';
        lastCode = true;
        break;
      case 'image': {
        const img: ImageRef = { alt: stringify(t.children), src: String(t.attrGet('src') ?? ''), path: '', line: curLine };
        img.path = decodePath(img.src);
        into.images.push(img);
        lastImage = img;
        if (link) link.text += img.alt;
        cur += ' ';
        // Multi-line alt text moves the line on.
        curLine += (t.children ?? []).filter((c) => c.type === 'softbreak' || c.type === 'hardbreak').length;
        pendingAttrs = (a) => {
          if (a.kv['alt']) img.alt = a.kv['alt'];
        };
        // pandoc reads links and images inside a description too.
        scanInline(t.children ?? [], img.line, { parts: [], images: into.images, links: into.links, anchors: into.anchors });
        break;
      }
      case 'link_open':
        linkDepth++;
        link = { href: String(t.attrGet('href') ?? ''), line: curLine, text: '', autolink: t.markup === 'autolink' || t.markup === 'linkify' };
        break;
      case 'link_close': {
        linkDepth--;
        if (link && linkDepth === 0) {
          into.links.push({ href: link.href, text: link.text.replace(/\s+/g, ' ').trim(), line: link.line });
          if (link.autolink) cur += ' ';
          link = undefined;
        }
        pendingAttrs = () => undefined;
        break;
      }
      case 'html_inline':
        for (const id of htmlIds(t.content)) into.anchors.push({ id, line: curLine });
        curLine += t.content.split('\n').length - 1;
        cur += ' ';
        break;
      default:
        break; // emphasis, strike, footnote references: no words of their own
    }
  }
  flush();
}

/** Ids a raw HTML tag defines: `<a id="x">`, `<a name="x">`, `<span id=x>`. */
export function htmlIds(html: string): string[] {
  const out: string[] = [];
  for (const m of html.replace(/<!--[\s\S]*?-->/g, ' ').matchAll(/<[A-Za-z][\w-]*\s[^>]*?\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
    const id = m[1] ?? m[2] ?? m[3];
    if (id) out.push(id);
  }
  return out;
}
