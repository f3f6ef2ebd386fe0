// Pandoc behind one small interface. Two implementations: the embedded
// pandoc-wasm (default) and a system pandoc selected with --pandoc or
// PROMOKIT_PANDOC. Both run the same reader, the same Lua filter and the same
// writer, so the same Markdown gives the same Typst.
import { templateText } from '../templates.js';

export interface ToTypstOptions {
  /** Module folder name (`01-estres`): prefixes labels. */
  module: string;
  lang: string;
  /** Folder of the module inside the Typst workspace (`/src/manuals/m/modules/01-estres`). */
  base: string;
  /** Keep the author's raw Typst (manual.yaml `allow_raw: true`); otherwise templates/module.lua drops it. */
  allowRaw?: boolean;
  /**
   * Only to place Typst errors (src/typeset/typst-errors.ts). `markers`: the
   * same Typst with a `// pk-src N` comment line before each block;
   * `positions`: instead of Typst, the Markdown line of each marker (`3 7 12`).
   */
  annotate?: 'markers' | 'positions';
}

export interface Pandoc {
  /** Short description for messages: `pandoc-wasm 1.1.0 (pandoc 3.10)`, `pandoc 3.1.12.2 (/usr/bin/pandoc)`. */
  readonly name: string;
  /**
   * The exact version, for cache keys: `pandoc-wasm 1.1.0 (pandoc 3.10)`,
   * `pandoc 3.1.12.2`. Undefined when it could not be read: conversions are
   * then neither read from nor written to the cache.
   */
  readonly version: string | undefined;
  /** Markdown body of a module file → a Typst module binding `pk-intro` and `pk-sections`. */
  toTypst(markdown: string, opts: ToTypstOptions): Promise<string>;
}

/** Thrown by a Pandoc implementation when pandoc reports an error for a given input. */
export class PandocError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PandocError';
  }
}

/**
 * The reader: CommonMark with pandoc's extensions (commonmark_x), which has
 * what the sources use (fenced divs, heading attributes, definition lists,
 * pipe tables, footnotes, raw Typst blocks) and is forgiving where authors
 * are (a list right after a paragraph line is a list). Measured on the sample
 * manuals it is about a third faster than pandoc's `markdown` reader and gives
 * the same Typst but for table column widths (auto, which Typst sets well).
 * Off: `$…$` TeX math (so `$5` prints), auto identifiers (ids are the
 * author's). On: implicit figures (an image alone in a paragraph gets its alt
 * text as caption). `@name` and `\` print literally in CommonMark already.
 */
export const READER = 'commonmark_x-tex_math_dollars-gfm_auto_identifiers+implicit_figures';

export const FILTER_NAME = 'promokit-module.lua';

let filterText: string | undefined;
/** The Lua filter (templates/module.lua), read once. */
export function moduleFilter(): string {
  filterText ??= templateText('module.lua');
  return filterText;
}

/** The options object shared by both implementations (pandoc defaults-file shape). */
export function pandocOptions(opts: ToTypstOptions, filter: string): Record<string, unknown> {
  return {
    // sourcepos gives each block its line (and wraps inlines in spans, so it is never used for the Typst itself).
    from: opts.annotate === 'positions' ? `${READER}+sourcepos` : READER,
    to: 'typst',
    filters: [filter],
    metadata: {
      pk_module: opts.module,
      pk_lang: opts.lang,
      pk_base: opts.base,
      ...(opts.allowRaw ? { pk_allow_raw: true } : {}),
      ...(opts.annotate ? { pk_annotate: opts.annotate } : {}),
    },
  };
}
