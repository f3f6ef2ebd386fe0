// The EPUB edition: an EPUB 3 per language, `out/<id>/<id>.<lang>.epub`,
// for reading apps. Made by pandoc-wasm's EPUB writer from the same pieces as
// the HTML edition (the same conversion, images as data: URIs that pandoc
// stores as files of the book), through templates/html/epub.hbs. Each module
// is a chapter. No font is embedded: reading apps set their own. pandoc runs
// with SOURCE_DATE_EPOCH set to the manual's date, so the same sources give
// the same bytes (zip entry times and the book's dates included).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PromokitError } from '../errors.js';
import { manualTimestamp } from '../model/dates.js';
import type { Manual, Project } from '../model/types.js';
import { noModulesError } from '../model/no-modules.js';
import { compiledPandoc, PandocCrash, RTS_OPTIONS, startPandoc, type PandocInstance } from '../convert/pandoc-wasm-core.js';
import { writeFileAtomic } from '../write-atomic.js';
import { selectManuals } from './build-html.js';
import { HtmlBuilder, PageErrors } from './page-builder.js';
import { pageView } from './page-data.js';
import { compileTemplates, type HtmlTemplates } from './templates.js';

export interface EpubOptions {
  /** Output folder (absolute). */
  out: string;
  manuals?: string[];
  langs?: string[];
  /** The raw SOURCE_DATE_EPOCH value (the caller reads the environment). */
  sourceDateEpoch?: string;
  onOutput?: (output: EpubOutput) => void;
}

export interface EpubOutput {
  manual: string;
  path: string;
  lang: string;
  bytes: number;
  upToDate: boolean;
}

export interface EpubResult {
  outputs: EpubOutput[];
  failures: PromokitError[];
}

// One pandoc per date: its environment is fixed when it starts.
const instances = new Map<number, Promise<PandocInstance>>();
function pandocAt(seconds: number): Promise<PandocInstance> {
  let p = instances.get(seconds);
  if (!p) {
    p = compiledPandoc().then((m) => startPandoc(m, RTS_OPTIONS, [`SOURCE_DATE_EPOCH=${seconds}`]));
    instances.set(seconds, p);
  }
  return p;
}

/** The book's metadata, as pandoc's EPUB writer reads it (literal strings, escaped by pandoc). */
export function epubMetadata(manual: Manual, lang: string, seconds: number): Record<string, unknown> {
  const cfg = manual.config;
  return {
    title: cfg.title[lang] ?? manual.id,
    ...(cfg.subtitle?.[lang] ? { subtitle: cfg.subtitle[lang] } : {}),
    lang,
    creator: cfg.authors?.length ? cfg.authors : [cfg.organization],
    publisher: cfg.organization,
    rights: cfg.license,
    // Fixed, not pandoc's random UUID: the same manual is the same book.
    identifier: `urn:promokit:${manual.id}:${lang}`,
    date: new Date(seconds * 1000).toISOString().slice(0, 10),
  };
}

async function makeEpub(builder: HtmlBuilder, templates: HtmlTemplates, manual: Manual, lang: string, seconds: number): Promise<Uint8Array> {
  const input = await builder.pageInput({ manual, name: `${manual.id}.${lang}.epub`, langs: [lang], part: 'manual', modules: manual.modules });
  const body = templates.epub(pageView({ ...input, fonts: [] }));
  const options = {
    // raw_html keeps the facilitator notes' <details>; no made-up ids (the author's only, as in the PDFs).
    from: 'html+raw_html-auto_identifiers',
    to: 'epub3',
    'output-file': 'book.epub',
    standalone: true,
    css: ['epub.css'],
    // The template's h2 (a module) opens a chapter.
    'shift-heading-level-by': -1,
    metadata: epubMetadata(manual, lang, seconds),
  };
  const fail = (detail: string): PromokitError => new PromokitError(`${manual.id}.${lang}.epub could not be made: ${detail}`, { file: manual.configFile, rule: 'epub-failed' });
  let result;
  try {
    result = (await pandocAt(seconds)).convert(options, body, { 'epub.css': templates.epubCss });
  } catch (err) {
    if (err instanceof PandocCrash) instances.delete(seconds);
    throw fail(err instanceof Error ? err.message : String(err));
  }
  if (!result.output) throw fail(result.stderr.trim() || 'pandoc wrote no book');
  return result.output;
}

/** Builds an EPUB per language of each manual. Returns what was written and every failure. */
export async function buildEpub(project: Project, options: EpubOptions): Promise<EpubResult> {
  const manuals = selectManuals(project, options.manuals);
  const templates = compileTemplates(project.root);
  const builder = new HtmlBuilder(project.root, templates, options.sourceDateEpoch);
  const outputs: EpubOutput[] = [];
  const failures: PromokitError[] = [];
  for (const manual of manuals) {
    if (manual.modules.length === 0) {
      failures.push(noModulesError(manual));
      continue;
    }
    const seconds = manualTimestamp(manual, options.sourceDateEpoch);
    for (const lang of manual.config.languages.filter((l) => !options.langs || options.langs.includes(l))) {
      const path = join(options.out, manual.id, `${manual.id}.${lang}.epub`);
      let bytes: Buffer;
      try {
        bytes = Buffer.from(await makeEpub(builder, templates, manual, lang, seconds));
      } catch (err) {
        if (err instanceof PageErrors) failures.push(...err.errors.filter((e) => !failures.some((f) => f.format() === e.format())));
        else if (err instanceof PromokitError) failures.push(err);
        else failures.push(new PromokitError(`${manual.id}.${lang}.epub could not be made: ${err instanceof Error ? err.message : String(err)}`, { file: manual.configFile }));
        continue;
      }
      const existing = await readFile(path).catch(() => undefined);
      const upToDate = existing !== undefined && existing.equals(bytes);
      if (!upToDate) await writeFileAtomic(path, bytes);
      const output = { manual: manual.id, path, lang, bytes: bytes.length, upToDate };
      outputs.push(output);
      options.onOutput?.(output);
    }
  }
  return { outputs, failures };
}
