// What a packet run sets with Typst and what it reads from the build cache
// instead: template pages (cover, agenda, evaluation, certificate…), session
// decks and module pages, all under <out>/.cache, with a remote cache behind
// it when one is given (--cache-url; read only without --cache-write). Its
// counts are packet's --json `stats`.
import { join } from 'node:path';
import { BuildCache } from '../cache/build-cache.js';
import { RemoteCache, type RemoteCacheOptions, type RemoteCacheStats } from '../cache/remote-cache.js';
import type { DocumentStats } from '../editions/compile-documents.js';
import { PromokitError } from '../errors.js';
import { CachedTypst } from '../typeset/cached-compile.js';
import { typstCompilerVersion } from '../typeset/compile.js';

export interface PacketStats {
  /** Documents Typst set in this run, by kind, and those read from the cache instead. */
  typeset: { templates: number; decks: number; modules: number; cached: number };
  /** Module files and session decks pandoc converted, and those read from the cache instead. */
  converted: number;
  convertedFromCache: number;
  /** With a remote cache: entries read from it, missing there, sent to it. */
  remote?: RemoteCacheStats;
}

export class PacketTypesetting {
  readonly cache: BuildCache;
  readonly typst: CachedTypst;
  private readonly remote: RemoteCache | undefined;
  private readonly modules = { set: 0, cached: 0, converted: 0, convertedFromCache: 0 };

  constructor(out: string, remote: RemoteCacheOptions | undefined) {
    this.remote = remote ? new RemoteCache(remote) : undefined;
    // Compiled PDFs stay out of the cache when the Typst version cannot be read: a key without it would outlive an upgrade.
    this.cache = new BuildCache(join(out, '.cache'), typstCompilerVersion() === undefined ? ['pdf', 'outputs'] : [], this.remote);
    this.typst = new CachedTypst(this.cache);
  }

  /** A session deck's Markdown converted by pandoc, or read from the cache (src/slides/build-slides.ts, DeckCache). */
  converted(fromCache: boolean): void {
    if (fromCache) this.modules.convertedFromCache++;
    else this.modules.converted++;
  }

  /** What typesetting one module's pages did. */
  addModules(stats: DocumentStats): void {
    this.modules.set += stats.compiled + stats.typeset.modules + stats.typeset.fronts;
    this.modules.cached += stats.compiledFromCache + stats.typeset.cached;
    this.modules.converted += stats.converted;
    this.modules.convertedFromCache += stats.convertedFromCache;
  }

  stats(): PacketStats {
    const set = this.typst.counts.set;
    return {
      typeset: { templates: set.templates ?? 0, decks: set.decks ?? 0, modules: this.modules.set, cached: this.typst.counts.cached + this.modules.cached },
      converted: this.modules.converted,
      convertedFromCache: this.modules.convertedFromCache,
      ...(this.remote ? { remote: { ...this.remote.stats } } : {}),
    };
  }

  /** One warning when the remote cache failed and was left for the rest of the run. */
  warnings(): PromokitError[] {
    return this.remote?.warning ? [new PromokitError(this.remote.warning, { rule: 'remote-cache' })] : [];
  }
}
