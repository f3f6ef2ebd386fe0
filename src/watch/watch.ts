// `promokit watch`: rebuild what a saved file affects, one rebuild at a time.
// A module's <lang>.md → that module's edition in that language (its pages
// alone, well under a second even in a 40-module manual); its slides.<lang>.md
// → that deck and its handout; a module image → both, in every language;
// manual.yaml or glossary.yaml → the manual's PDFs. With the HTML edition
// (formats: ['html']), anything but a slides file rebuilds the manual's pages
// in every language (the page with every language holds the saved one too).
// The library reports events; the CLI prints them.
import { relative, sep } from 'node:path';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { PromokitError } from '../errors.js';
import { loadProject } from '../model/load-project.js';
import { keepTypstMemo } from '../typeset/compile.js';
import { warmUpPandoc } from '../convert/pandoc-wasm.js';
import { buildSlides, type SlidesResult } from '../slides/build-slides.js';
import { buildManuals, type BuildOptions, type BuildResult } from '../editions/build.js';
import { buildHtml, type HtmlResult } from '../html/build-html.js';

/** What a rebuild makes: the PDFs (the default), the HTML edition, or both. */
export type WatchFormat = 'pdf' | 'html';

/** What a changed path asks for. */
export interface WatchTarget {
  manual: string;
  /** A module id: rebuild its edition; undefined: rebuild the whole manual. */
  module?: string;
  /** The changed language file's language, when the change is one language file. */
  lang?: string;
  /** What of the module: `pages` (its <lang>.md), `slides` (its slides.<lang>.md), or both (an image). */
  part?: 'pages' | 'slides';
}

/** `manuals/salud-mental/modules/02-duelo/es.md` → { manual, module: '02-duelo', lang: 'es' }. */
export function targetOf(root: string, path: string): WatchTarget | undefined {
  const parts = relative(root, path).split(sep);
  if (parts[0] !== 'manuals' || parts.length < 3) return undefined;
  const manual = parts[1]!;
  const name = parts[parts.length - 1]!;
  if (name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.tmp')) return undefined;
  if (parts[2] === 'modules' && parts.length >= 5) {
    const module = parts[3]!;
    const pages = parts.length === 5 ? /^([a-z]{2,3})\.md$/.exec(name)?.[1] : undefined;
    if (pages) return { manual, module, lang: pages, part: 'pages' };
    const slides = parts.length === 5 ? /^slides\.([a-z]{2,3})\.md$/.exec(name)?.[1] : undefined;
    if (slides) return { manual, module, lang: slides, part: 'slides' };
    return { manual, module };
  }
  if (parts.length === 3 && (name === 'manual.yaml' || name === 'glossary.yaml')) return { manual };
  if (parts[2] === 'img' || parts[2] === 'logos') return { manual };
  return undefined;
}

/** Two targets of one manual as one: a whole-manual rebuild covers everything. */
export function merge(a: WatchTarget, b: WatchTarget): WatchTarget {
  if (!a.module || !b.module) return { manual: a.manual };
  if (a.module !== b.module) return { manual: a.manual };
  return a.lang === b.lang && a.part === b.part ? a : { manual: a.manual, module: a.module };
}

export interface RebuildEvent {
  target: WatchTarget;
  ms: number;
  /** The pages rebuilt (module edition or manual); undefined when only slides were. */
  result: BuildResult | undefined;
  /** The module's decks and handouts rebuilt, when its slides or images changed. */
  slides?: SlidesResult;
  /** The manual's HTML pages rebuilt (formats includes html). */
  html?: HtmlResult;
  /** Failures of the build, or of reading the sources. */
  failures: PromokitError[];
}

export interface WatchOptions extends Omit<BuildOptions, 'manuals' | 'moduleEditions' | 'onOutput'> {
  root: string;
  /** Watch one manual only. */
  manual?: string;
  onRebuild: (e: RebuildEvent) => void;
  /** Called once the watcher is ready. */
  onReady?: () => void;
  /** Quiet period after the last change, before rebuilding (ms). */
  debounceMs?: number;
  /** Default ['pdf']. */
  formats?: readonly WatchFormat[];
}

export interface Watcher {
  close(): Promise<void>;
  /** Resolves when no rebuild is pending or running (for tests). */
  idle(): Promise<void>;
}

export function watchProject(options: WatchOptions): Watcher {
  // Re-renders reuse Typst's layout of the previous run.
  keepTypstMemo(10);
  const { root, onRebuild, debounceMs = 120, formats = ['pdf'] } = options;
  const pdf = formats.includes('pdf');
  const pending = new Map<string, WatchTarget>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const rebuild = async (target: WatchTarget): Promise<void> => {
    const t0 = performance.now();
    try {
      const loaded = loadProject(root);
      const manual = loaded.project.manuals.find((m) => m.id === target.manual);
      if (!manual) {
        const d = loaded.diagnostics.find((x) => x.manual === target.manual && x.severity === 'error');
        throw new PromokitError(d?.message ?? `manual ${target.manual} cannot be read`, { file: d?.file, line: d?.line, rule: d?.rule });
      }
      const langs = target.lang ? [target.lang] : options.langs;
      const result =
        target.part === 'slides' || !pdf
          ? undefined
          : await buildManuals(loaded.project, {
              ...options,
              manuals: [target.manual],
              ...(langs ? { langs } : {}),
              ...(target.module ? { moduleEditions: [target.module] } : {}),
            });
      const slides =
        pdf && target.module && target.part !== 'pages'
          ? await buildSlides(loaded.project, {
              out: options.out,
              manuals: [target.manual],
              modules: [target.module],
              ...(langs ? { langs } : {}),
              ...(options.paper ? { paper: options.paper } : {}),
              sourceDateEpoch: options.sourceDateEpoch,
            })
          : undefined;
      const html =
        formats.includes('html') && target.part !== 'slides'
          ? await buildHtml(loaded.project, { out: options.out, manuals: [target.manual], ...(options.langs ? { langs: options.langs } : {}), sourceDateEpoch: options.sourceDateEpoch })
          : undefined;
      const failures = [...(result?.failures ?? []), ...(slides?.failures ?? []), ...(html?.failures ?? [])];
      onRebuild({ target, ms: performance.now() - t0, result, ...(slides ? { slides } : {}), ...(html ? { html } : {}), failures });
    } catch (err) {
      const failure = err instanceof PromokitError ? err : new PromokitError(err instanceof Error ? err.message : String(err));
      onRebuild({ target, ms: performance.now() - t0, result: undefined, failures: [failure] });
    }
  };

  const flush = (): void => {
    timer = undefined;
    const targets = [...pending.values()];
    pending.clear();
    for (const t of targets) running = running.then(() => rebuild(t));
  };

  const onChange = (path: string): void => {
    const target = targetOf(root, path);
    if (!target || (options.manual && target.manual !== options.manual)) return;
    const prev = pending.get(target.manual);
    pending.set(target.manual, prev ? merge(prev, target) : target);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const watcher: FSWatcher = chokidarWatch(`${root}${sep}manuals`, {
    ignoreInitial: true,
    // Editors that save by writing a temp file and renaming it over the original.
    atomic: true,
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
  });
  watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
  watcher.on('ready', () => {
    // The embedded pandoc starts while the author edits, not on the first save.
    if (!options.pandoc && pdf) void warmUpPandoc();
    options.onReady?.();
  });

  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
    async idle() {
      for (;;) {
        const before = running;
        await before;
        if (!timer && pending.size === 0 && before === running) return;
        await new Promise((r) => setTimeout(r, debounceMs));
      }
    },
  };
}
