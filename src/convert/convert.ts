// One module language file → Typst, through pandoc, cached by content hash.
// A build whose sources did not change reads every conversion from the cache
// and never starts pandoc. The key holds pandoc's exact version; when that
// could not be read (Pandoc.version undefined) conversions are not cached.
import { PromokitError } from '../errors.js';
import { moduleBase } from '../model/module-paths.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import { BuildCache, hashParts } from '../cache/build-cache.js';
import { moduleFilter, PandocError, READER, type Pandoc, type ToTypstOptions } from './pandoc.js';

/** Bump when the shape of the converted Typst changes without the filter changing. */
const CONVERT_VERSION = '1';

export interface ConvertedModule {
  manual: Manual;
  module: Module;
  file: LangFile;
  /** Typst module binding `pk-intro` and `pk-sections` (templates/module.lua). */
  typst: string;
  /** Content hash of `typst`'s inputs: also the cache key. */
  key: string;
}

/** A conversion again with block markers (templates/module.lua), to place Typst errors. */
export interface AnnotatedModule {
  /** The Typst of ConvertedModule with a `// pk-src …` line before each block and closing line. */
  typst: string;
  /** Line in the Markdown file (1-based, of the whole file) of marker N, at index N - 1. */
  lines: number[];
}

/** The marker lines of annotated Typst: `// pk-src 3`, `// pk-src 3 keep`, `// pk-src end`. */
export const MARKER = /^\/\/ pk-src (?:(\d+)( keep)?|end)$/;

export interface ConvertStats {
  converted: number;
  cached: number;
}

export { moduleBase } from '../model/module-paths.js';

/**
 * The key of one file's conversion: everything the Typst is made from
 * (allowRaw included). With no version it still names the conversion within
 * one run, but is never looked up in the cache.
 */
function conversionKey(pandocVersion: string | undefined, module: Module, file: LangFile, allowRaw: boolean): string {
  return markdownKey(pandocVersion, conversionOptions(module, file, allowRaw), file.body);
}

/** The key of converting `markdown` with `opts` (a module's body, a slide deck's): the cache name of its Typst. */
export function markdownKey(pandocVersion: string | undefined, opts: ToTypstOptions, markdown: string): string {
  return hashParts([CONVERT_VERSION, pandocVersion ?? '', READER, moduleFilter(), JSON.stringify(opts), markdown]);
}

function conversionOptions(module: Module, file: LangFile, allowRaw: boolean): { module: string; lang: string; base: string; allowRaw: boolean } {
  return { module: module.id, lang: file.lang, base: moduleBase(module), allowRaw };
}

/** How many of these files pandoc would have to convert (the others are in the cache): all of them when the version is unknown. */
export async function pendingConversions(
  cache: BuildCache,
  pandocVersion: string | undefined,
  files: ReadonlyArray<{ manual: Manual; module: Module; file: LangFile }>,
): Promise<number> {
  if (pandocVersion === undefined) return files.length;
  const found = await Promise.all(
    files.map(({ manual, module, file }) => cache.has('typst', `${conversionKey(pandocVersion, module, file, manual.config.allow_raw === true)}.typ`)),
  );
  return found.filter((hit) => !hit).length;
}

export class ModuleConverter {
  private readonly memo = new Map<string, Promise<ConvertedModule>>();
  private readonly annotated = new Map<string, Promise<AnnotatedModule | undefined>>();
  readonly stats: ConvertStats = { converted: 0, cached: 0 };

  /** `pandocVersion`: the Pandoc's `version`; undefined keeps conversions out of the cache. */
  constructor(
    private readonly pandoc: () => Promise<Pandoc>,
    private readonly pandocVersion: string | undefined,
    private readonly cache: BuildCache,
  ) {}

  /** The conversion of one file, shared by every output that uses it. Rejects with a PromokitError. */
  convert(manual: Manual, module: Module, file: LangFile): Promise<ConvertedModule> {
    const id = `${manual.id}/${module.id}/${file.lang}`;
    let p = this.memo.get(id);
    if (!p) {
      p = this.run(manual, module, file);
      this.memo.set(id, p);
    }
    return p;
  }

  /**
   * The same conversion with block markers, and each marker's Markdown line
   * (pandoc's sourcepos): two more pandoc runs, made only for a module Typst
   * reports an error in. Undefined when pandoc fails or the marked Typst is
   * not the converted Typst plus marker lines.
   */
  annotate(converted: ConvertedModule): Promise<AnnotatedModule | undefined> {
    let p = this.annotated.get(converted.key);
    if (!p) {
      p = this.runAnnotate(converted).catch(() => undefined);
      this.annotated.set(converted.key, p);
    }
    return p;
  }

  private async runAnnotate({ manual, module, file, typst }: ConvertedModule): Promise<AnnotatedModule | undefined> {
    const pandoc = await this.pandoc();
    const opts = conversionOptions(module, file, manual.config.allow_raw === true);
    const [marked, positions] = await Promise.all([
      pandoc.toTypst(file.body, { ...opts, annotate: 'markers' }),
      pandoc.toTypst(file.body, { ...opts, annotate: 'positions' }),
    ]);
    const lines = positions.trim().split(/\s+/).filter(Boolean).map((n) => file.bodyLine + Number(n) - 1);
    const text = marked.split('\n');
    const numbered = text.filter((l) => MARKER.exec(l)?.[1] !== undefined).length;
    if (lines.some((l) => !Number.isInteger(l)) || numbered !== lines.length) return undefined;
    if (text.filter((l) => !MARKER.test(l)).join('\n') !== typst) return undefined;
    return { typst: marked, lines };
  }

  private async run(manual: Manual, module: Module, file: LangFile): Promise<ConvertedModule> {
    const allowRaw = manual.config.allow_raw === true;
    const opts = conversionOptions(module, file, allowRaw);
    const key = conversionKey(this.pandocVersion, module, file, allowRaw);
    const cached = this.pandocVersion !== undefined;
    const hit = cached ? await this.cache.read('typst', `${key}.typ`) : undefined;
    if (hit) {
      this.stats.cached++;
      return { manual, module, file, typst: hit.toString('utf8'), key };
    }
    let typst: string;
    try {
      typst = await (await this.pandoc()).toTypst(file.body, opts);
    } catch (err) {
      if (err instanceof PromokitError) throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new PromokitError(
        `module ${module.id} (${file.lang}): pandoc could not convert the Markdown: ${detail}`,
        { file: file.file, line: file.bodyLine, rule: err instanceof PandocError ? 'markdown-convert' : 'pandoc-failed' },
      );
    }
    this.stats.converted++;
    if (cached) await this.cache.write('typst', `${key}.typ`, typst);
    return { manual, module, file, typst, key };
  }
}
