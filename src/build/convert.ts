// One module language file → Typst, through pandoc, cached by content hash.
// A build whose sources did not change reads every conversion from the cache
// and never starts pandoc.
import { posix } from 'node:path';
import { PromokitError } from '../errors.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import { BuildCache, hashParts } from '../render/cache.js';
import { moduleFilter, PandocError, READER, type Pandoc } from '../render/pandoc.js';

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

export interface ConvertStats {
  converted: number;
  cached: number;
}

/** Folder of a module inside the Typst workspace, where its images are mapped. */
export function moduleBase(module: Module): string {
  return posix.join('/src', module.relDir);
}

/** The cache key of one file's conversion: everything the Typst is made from. */
function conversionKey(pandocName: string, module: Module, file: LangFile): string {
  const opts = conversionOptions(module, file);
  return hashParts([CONVERT_VERSION, pandocName, READER, moduleFilter(), JSON.stringify(opts), file.body]);
}

function conversionOptions(module: Module, file: LangFile): { module: string; lang: string; base: string } {
  return { module: module.id, lang: file.lang, base: moduleBase(module) };
}

/** How many of these files pandoc would have to convert (the others are in the cache). */
export async function pendingConversions(cache: BuildCache, pandocName: string, files: ReadonlyArray<{ module: Module; file: LangFile }>): Promise<number> {
  const found = await Promise.all(files.map(({ module, file }) => cache.has('typst', `${conversionKey(pandocName, module, file)}.typ`)));
  return found.filter((hit) => !hit).length;
}

export class ModuleConverter {
  private readonly memo = new Map<string, Promise<ConvertedModule>>();
  readonly stats: ConvertStats = { converted: 0, cached: 0 };

  constructor(
    private readonly pandoc: () => Promise<Pandoc>,
    private readonly pandocName: string,
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

  private async run(manual: Manual, module: Module, file: LangFile): Promise<ConvertedModule> {
    const opts = conversionOptions(module, file);
    const key = conversionKey(this.pandocName, module, file);
    const hit = await this.cache.read('typst', `${key}.typ`);
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
    await this.cache.write('typst', `${key}.typ`, typst);
    return { manual, module, file, typst, key };
  }
}
