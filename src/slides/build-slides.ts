// `promokit slides`: each module's slides.<lang>.md → a 16:9 deck and its
// handout. Reuses the build stage's pandoc, Typst compiler and images, and the
// assemble stage's n-up handouts.
import { posix, resolve, join } from 'node:path';
import { loadPdf } from '../assemble/load.js';
import { setMetadata } from '../assemble/metadata.js';
import { nup, type PerPage } from '../assemble/nup.js';
import { imposeBooklet, type BookletOptions } from '../assemble/booklet.js';
import type { Paper } from '../assemble/paper.js';
import { savePdf } from '../assemble/save.js';
import { dateParts, manualTimestamp } from '../model/dates.js';
import { moduleBase } from '../model/module-paths.js';
import { readImage } from '../sources/images.js';
import { MODULE_PRELUDE } from '../typeset/document.js';
import { PromokitError, UsageError } from '../errors.js';
import type { Manual, Module, Project, SlidesFile } from '../model/types.js';
import { compileTypst, TypstCompileError } from '../typeset/compile.js';
import type { CachedTypst } from '../typeset/cached-compile.js';
import { FONT_FAMILIES } from '../typeset/fonts.js';
import type { Pandoc, ToTypstOptions } from '../convert/pandoc.js';
import { markdownKey } from '../convert/convert.js';
import type { BuildCache } from '../cache/build-cache.js';
import { wasmPandoc, wasmPptx } from '../convert/pandoc-wasm.js';
import { libraryFiles, templateText } from '../templates.js';
import { isExternal } from '../model/external.js';
import { writeFileAtomic } from '../write-atomic.js';
import { notesText, parseSlides, type Slide } from './parse-slides.js';
import { localeWords } from '../model/locales.js';
import { pickShard, shardSummary, type Shard, type ShardSummary } from '../shard.js';

export interface SlidesOptions {
  out: string;
  manuals?: string[];
  /** Module ids to build the slides of; default every module (watch rebuilds one). */
  modules?: string[];
  langs?: string[];
  /** Handout: slides per page (default 3). */
  perPage?: PerPage;
  /** Handout: print the speaker notes instead of note lines. */
  notes?: boolean;
  /** Handout: take the notes from this language's slides (bilingual handout). */
  notesLang?: string;
  paper?: Paper;
  /** Handout: impose for saddle stitching (see assemble/booklet.ts). */
  booklet?: boolean | Pick<BookletOptions, 'sheet' | 'signature'>;
  /** `pptx`: PowerPoint files for presenters who must edit them, instead of PDF decks and handouts. */
  format?: 'pdf' | 'pptx';
  sourceDateEpoch?: string;
  pandoc?: Pandoc;
  /** Make only this shard's decks (src/shard.ts): each deck with its handout, dealt round the shards by name. */
  shard?: Shard;
  /** Called once, before the first file, with how many files will be written (for a progress display). */
  onPlanned?: (files: number) => void;
  onOutput?: (o: SlidesOutput) => void;
}

export interface SlidesOutput {
  manual: string;
  module: string;
  lang: string;
  kind: 'deck' | 'handout' | 'pptx';
  path: string;
  pages: number;
}

export interface SlidesResult {
  outputs: SlidesOutput[];
  failures: PromokitError[];
  /** With `shard`: which shard this was and how many decks it made. */
  shard?: ShardSummary;
}

export interface Deck {
  pdf: Uint8Array;
  pages: number;
  slides: Slide[];
}

/** A build cache for decks: their conversions (`cache`, kind `typst`) and their PDFs (`typst`); told of each conversion. */
export interface DeckCache {
  cache: BuildCache;
  typst: CachedTypst;
  converted(fromCache: boolean): void;
}

/** The deck's Typst: from the cache when pandoc (of a known version) converted the same Markdown before. */
async function deckTypst(pandoc: Pandoc, markdown: string, opts: ToTypstOptions, cached: DeckCache | undefined): Promise<string> {
  // Keyed like a module's conversion (the deck's Markdown is built here, so its shape is in the key).
  const key = cached && pandoc.version ? markdownKey(pandoc.version, opts, markdown) : undefined;
  const hit = key ? await cached!.cache.read('typst', `${key}.typ`) : undefined;
  cached?.converted(hit !== undefined);
  if (hit) return hit.toString('utf8');
  const typst = await pandoc.toTypst(markdown, opts);
  if (key) await cached!.cache.write('typst', `${key}.typ`, typst);
  return typst;
}

/**
 * One deck: Markdown → Typst (pandoc, one `##` section a slide) → PDF. With
 * `cached` (a packet's), both steps are read from the build cache when done
 * before. Throws PromokitError(s).
 */
export async function renderDeck(root: string, manual: Manual, module: Module, file: SlidesFile, pandoc: Pandoc, timestamp: number, cached?: DeckCache): Promise<Deck> {
  const slides = parseSlides(file);
  if (slides.length === 0) throw new PromokitError('the slides file has no slide', { file: file.file, line: file.bodyLine, rule: 'slides-empty' });
  const markdown = slides.map((s) => `## ${s.title || '-'} {#slide-${s.n}}\n\n${s.body}\n`).join('\n');
  let typst: string;
  try {
    typst = await deckTypst(pandoc, markdown, { module: `${module.id}-slides`, lang: file.lang, base: moduleBase(module) }, cached);
  } catch (err) {
    throw new PromokitError(`pandoc could not convert the slides: ${err instanceof Error ? err.message : String(err)}`, { file: file.file, line: file.bodyLine, rule: 'markdown-convert' });
  }
  const files = new Map<string, Uint8Array | string>();
  for (const img of file.images) {
    if (isExternal(img.src)) continue;
    files.set(posix.normalize(posix.join(moduleBase(module), img.path)), await readImage(resolve(module.dir, img.path), root, img.src, { file: file.file, line: img.line }, 'image', manual.allowedDirs));
  }
  const cfg = manual.config;
  const title = file.meta?.title ?? module.files[file.lang]?.meta?.title ?? module.id;
  for (const [path, text] of libraryFiles()) files.set(path, text);
  files.set('/slides.typ', templateText('slides.typ'));
  files.set('/deck.typ', MODULE_PRELUDE + typst);
  files.set(
    '/data.json',
    JSON.stringify({
      title,
      subtitle: file.meta?.subtitle ?? cfg.title[file.lang] ?? null,
      authors: cfg.authors?.length ? cfg.authors : [cfg.organization],
      organization: cfg.organization,
      footer: cfg.title[file.lang] ?? cfg.organization,
      lang: file.lang,
      fonts: FONT_FAMILIES,
      colors: { primary: cfg.colors?.primary ?? '#1f5f8b', accent: cfg.colors?.accent ?? '#e07a2e' },
      date: dateParts(timestamp),
      untitled: slides.filter((s) => !s.title).map((s) => s.n),
      // The callouts' names (templates/lib.typ reads them from here).
      words: { [file.lang]: localeWords(manual, file.lang).words },
    }),
  );
  let compiled;
  try {
    const input = { files, mainPath: '/slides.typ', timestamp, query: '<pk-overflow>' };
    // A packet's handouts read the deck from the build cache when it was set before.
    compiled = cached ? await cached.typst.compile('decks', input, compileTypst) : compileTypst(input);
  } catch (err) {
    if (err instanceof TypstCompileError) {
      throw new PromokitError(`the slides do not compile: ${err.diagnostics.map((d) => d.message).join('; ')}`, { file: file.file, line: file.bodyLine, rule: 'typst-compile' });
    }
    throw err;
  }
  const over = [...new Set(compiled.queried.map(Number))];
  if (over.length) {
    throw new SlideOverflowError(
      over.map((n) => {
        const s = slides[n - 1]!;
        return new PromokitError(`slide ${n}${s.title ? ` "${s.title}"` : ''} does not fit on the slide: shorten it or split it in two`, { file: file.file, line: s.line, rule: 'slide-overflow' });
      }),
    );
  }
  return { pdf: compiled.pdf, pages: compiled.pages, slides };
}

/**
 * One deck as PowerPoint, through pandoc-wasm: `##` slides, `::: notes` as
 * speaker notes, images embedded. pandoc-wasm's file map is flat, so image
 * paths are flattened (`img/sol.svg` → `img__sol.svg`).
 */
export async function renderPptx(root: string, manual: Manual, module: Module, file: SlidesFile): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const flat = (src: string): string => src.replace(/[/\\]/g, '__');
  for (const img of file.images) {
    if (isExternal(img.src)) continue;
    files[flat(img.path)] = await readImage(resolve(module.dir, img.path), root, img.src, { file: file.file, line: img.line }, 'image', manual.allowedDirs);
  }
  const markdown = file.images.reduce((md, img) => md.split(`](${img.src})`).join(`](${flat(img.path)})`), file.body);
  const title = file.meta?.title ?? module.files[file.lang]?.meta?.title ?? module.id;
  try {
    return await wasmPptx(markdown, files, { title, subtitle: manual.config.title[file.lang] ?? '', author: manual.config.organization, lang: file.lang });
  } catch (err) {
    throw new PromokitError(`pandoc could not write the PowerPoint file: ${err instanceof Error ? err.message : String(err)}`, { file: file.file, line: file.bodyLine, rule: 'pptx-failed' });
  }
}

/** One error per slide that overflows. */
export class SlideOverflowError extends Error {
  constructor(readonly errors: PromokitError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'SlideOverflowError';
  }
}

/** Builds every deck and handout; a failing deck does not stop the others. */
export async function buildSlides(project: Project, options: SlidesOptions): Promise<SlidesResult> {
  let manuals = project.manuals;
  if (options.manuals?.length) {
    const unknown = options.manuals.filter((id) => !manuals.some((m) => m.id === id));
    if (unknown.length) throw new UsageError(`no manual ${unknown.map((u) => `"${u}"`).join(', ')} in ${project.root}/manuals`);
    manuals = manuals.filter((m) => options.manuals!.includes(m.id));
  }
  if (options.notesLang && !/^[a-z]{2,3}$/.test(options.notesLang)) throw new UsageError(`--notes-lang: "${options.notesLang}" is not a language code`);
  const pandoc = options.pandoc ?? wasmPandoc();
  const outputs: SlidesOutput[] = [];
  const failures: PromokitError[] = [];
  const done = (o: SlidesOutput): void => {
    outputs.push(o);
    options.onOutput?.(o);
  };

  const all = manuals.flatMap((manual) => {
    const timestamp = manualTimestamp(manual, options.sourceDateEpoch);
    return manual.modules
      .filter((module) => !options.modules || options.modules.includes(module.id))
      .flatMap((module) =>
        manual.config.languages
          .filter((lang) => (!options.langs || options.langs.includes(lang)) && module.slides[lang])
          .map((lang) => ({ manual, module, lang, file: module.slides[lang]!, timestamp })),
      );
  });
  // A deck and its handout are one unit: `<manual>/<module>.<lang>`.
  const unitOf = (d: { manual: Manual; module: Module; lang: string }): string => `${d.manual.id}/${d.module.id}.${d.lang}`;
  const decks = pickShard(all, unitOf, options.shard);
  // A PDF deck comes with its handout; a pptx alone.
  options.onPlanned?.(options.format === 'pptx' ? decks.length : 2 * decks.length);

  for (const { manual, module, lang, file, timestamp } of decks) {
    try {
      if (options.format === 'pptx') {
        const path = join(options.out, manual.id, 'slides', `${module.id}.${lang}.pptx`);
        await writeFileAtomic(path, await renderPptx(project.root, manual, module, file));
        done({ manual: manual.id, module: module.id, lang, kind: 'pptx', path, pages: parseSlides(file).length });
        continue;
      }
      const deck = await renderDeck(project.root, manual, module, file, pandoc, timestamp);
      const deckPath = join(options.out, manual.id, 'slides', `${module.id}.${lang}.pdf`);
      await writeFileAtomic(deckPath, deck.pdf);
      done({ manual: manual.id, module: module.id, lang, kind: 'deck', path: deckPath, pages: deck.pages });

      // Notes by slide position, from this deck or from the other language's.
      let noteSlides = deck.slides;
      const other = options.notesLang && options.notesLang !== lang ? module.slides[options.notesLang] : undefined;
      if (options.notesLang && options.notesLang !== lang && !other) {
        throw new PromokitError(`no slides.${options.notesLang}.md to take the notes from`, { file: file.file, line: 1, rule: 'notes-lang-missing' });
      }
      if (other) noteSlides = parseSlides(other);
      const notes = options.notes || other ? ['', ...deck.slides.map((_, i) => notesText(noteSlides[i]?.notes ?? ''))] : undefined;
      const title = file.meta?.title ?? module.id;
      let doc = await nup([{ pdf: await loadPdf(deck.pdf, deckPath), file: deckPath, title, ...(notes ? { notes } : {}) }], {
        perPage: options.perPage ?? 3,
        paper: options.paper ?? 'letter',
        lines: !notes,
      });
      if (options.booklet) doc = await imposeBooklet(doc, options.booklet === true ? {} : options.booklet);
      setMetadata(doc, { title, author: manual.config.organization, lang, creator: 'promokit', producer: 'promokit (Typst, pdf-lib)', date: new Date(timestamp * 1000) });
      const handoutPath = join(options.out, manual.id, 'handouts', `${module.id}.${lang}.pdf`);
      await writeFileAtomic(handoutPath, await savePdf(doc));
      done({ manual: manual.id, module: module.id, lang, kind: 'handout', path: handoutPath, pages: doc.getPageCount() });
    } catch (err) {
      if (err instanceof SlideOverflowError) failures.push(...err.errors);
      else if (err instanceof UsageError) throw err;
      else if (err instanceof PromokitError) failures.push(err);
      else failures.push(new PromokitError(`the slides could not be built: ${err instanceof Error ? err.message : String(err)}`, { file: file.file }));
    }
  }
  return { outputs, failures, ...(options.shard ? { shard: shardSummary(options.shard, 'deck', all.map(unitOf), decks.length) } : {}) };
}
