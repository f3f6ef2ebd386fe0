// Everything one PDF is compiled from, gathered as virtual files: the Typst
// library, the main file, /data.json (every string the author wrote, as data)
// the converted modules and the image bytes. Its hash is the output's cache key.
import { posix, resolve } from 'node:path';
import { PromokitError } from '../errors.js';
import type { LangFile, Manual, Module } from '../model/types.js';
import { hashParts, sha256 } from '../cache/build-cache.js';
import { DEFAULT_WATERMARK } from '../model/draft.js';
import { isExternal } from '../model/external.js';
import { typstCompilerVersion, type PdfStandardName } from './compile.js';
import { FONT_FAMILIES, fontFingerprint } from './fonts.js';
import { libraryFiles, templateText } from '../templates.js';
import { moduleBase, type ConvertedModule, type ModuleConverter } from '../convert/convert.js';
import { dateParts } from '../model/dates.js';
import { readImage } from '../sources/images.js';
import { localeWords } from '../model/locales.js';
import { glossaryRows } from './glossary-rows.js';


/** `large-print`: one column at 18pt, never hyphenated (templates/lib.typ). */
export type DocLayout = 'single' | 'parallel' | 'sequential' | 'large-print';
export type Paper = 'letter' | 'a4';
export type DocPart = 'manual' | 'module' | 'front' | 'glossary';

export interface TocEntry {
  title: string;
  page: number;
}

/** Bump when what the key covers changes meaning. */
const DOCUMENT_VERSION = '1';
export const WATERMARK = DEFAULT_WATERMARK;

export interface DocumentRequest {
  manual: Manual;
  langs: string[];
  layout: DocLayout;
  paper: Paper;
  draft: boolean;
  /**
   * `module`: the module pages alone, without cover, contents and glossary.
   * `front` (cover and contents, with `toc`) and `glossary`: pieces of an
   * edition the build joins (src/editions/assemble-edition.ts). Default `manual`.
   */
  part?: DocPart;
  /** A piece of an edition joined by the build: page numbers and link targets are marked, not set. */
  marks?: boolean;
  /** `front`: the level-1 headings of the edition and the page each starts on. */
  toc?: readonly TocEntry[];
  /** Link targets of the document's modules that are in other pieces of the edition. */
  xrefs?: readonly string[];
  /** PDF standard to check and declare (`ua-1`, `a-2b`); none by default. */
  pdfStandard?: PdfStandardName;
  /** False: leave `::: facilitator` notes (answer keys) out, for an attendee's copy. Default true. */
  facilitator?: boolean;
  /** False: no page numbers in the footer (a packet numbers its pages through). Default true. */
  pageNumbers?: boolean;
  /** Seconds since the epoch: the PDF's date. */
  timestamp: number;
}

export interface ImageUse {
  file: string;
  line: number | undefined;
}

export interface PreparedDocument {
  request: DocumentRequest;
  key: string;
  files: Map<string, Uint8Array | string>;
  /** Workspace path of a converted module → the module, to name it in errors. */
  modules: Map<string, ConvertedModule>;
  /** Workspace path of an image → where it is used. */
  images: Map<string, ImageUse>;
}

/** Several source problems found while preparing one document. */
export class DocumentErrors extends Error {
  constructor(readonly errors: PromokitError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'DocumentErrors';
  }
}


/**
 * The line that imports what converted modules call (`horizontalrule` is what
 * pandoc writes for `***`). Shifts their lines by one.
 */
export const MODULE_PRELUDE = '#import "/lib.typ": pk-callout, pk-xref, horizontalrule\n';

export function modulePath(module: Module, lang: string): string {
  return `/m/${module.id}.${lang}.typ`;
}

interface DataModule {
  id: string;
  number: number;
  files: Record<string, { title: string; duration: number; path: string }>;
}


/**
 * A label in each of `langs`: a plain string is the same in every language;
 * a language without its own takes the first of `langs` that has one, else
 * any.
 */
export function perLanguage(label: string | Readonly<Record<string, string>>, langs: readonly string[]): Record<string, string> {
  if (typeof label === 'string') return Object.fromEntries(langs.map((l) => [l, label]));
  const fallback = langs.map((l) => label[l]).find((v) => v !== undefined) ?? Object.values(label)[0] ?? '';
  return Object.fromEntries(langs.map((l) => [l, label[l] ?? fallback]));
}

/** Whether one-language body text in `lang` may be hyphenated: only when the manual says so. */
export function hyphenates(setting: boolean | Readonly<Record<string, boolean>> | undefined, lang: string): boolean {
  if (typeof setting === 'boolean') return setting;
  return setting?.[lang] ?? false;
}

/**
 * Gathers one document. Converts the modules it needs (cached), reads the
 * images, and fails with DocumentErrors listing every problem found.
 */
export async function prepareDocument(
  req: DocumentRequest,
  converter: ModuleConverter,
  root: string,
): Promise<PreparedDocument> {
  const { manual, langs } = req;
  const cfg = manual.config;
  const errors: PromokitError[] = [];
  const files = new Map<string, Uint8Array | string>();
  const modules = new Map<string, ConvertedModule>();
  const images = new Map<string, ImageUse>();

  const dataModules: DataModule[] = [];
  const jobs: Promise<void>[] = [];
  manual.modules.forEach((module, index) => {
    const entry: DataModule = { id: module.id, number: module.order, files: {} };
    dataModules.push(entry);
    for (const lang of langs) {
      const file: LangFile | undefined = module.files[lang];
      if (!file) {
        errors.push(
          new PromokitError(`module ${module.id} has no ${lang}.md, so the ${lang} edition cannot be built`, {
            file: `${module.relDir}/${lang}.md`,
            rule: 'language-file-missing',
          }),
        );
        continue;
      }
      if (!file.meta) {
        errors.push(
          new PromokitError(`the front matter of ${file.file} is invalid (run "promokit check" for details)`, {
            file: file.file,
            line: 1,
            rule: 'front-matter',
          }),
        );
        continue;
      }
      const path = modulePath(module, lang);
      entry.files[lang] = { title: file.meta.title, duration: file.meta.duration, path };
      jobs.push(
        converter.convert(manual, module, file).then(
          (converted) => {
            files.set(path, MODULE_PRELUDE + converted.typst);
            modules.set(path, converted);
          },
          (err: unknown) => {
            errors.push(err instanceof PromokitError ? err : new PromokitError(String(err), { file: file.file }));
          },
        ),
      );
      for (const img of file.images) {
        if (isExternal(img.src)) continue;
        // The file on disk, percent-decoded (`img/a%20b.png` → `img/a b.png`),
        // is also where pandoc's Typst writer looks for it in the workspace.
        const wsPath = posix.normalize(posix.join(moduleBase(module), img.path));
        if (files.has(wsPath)) continue;
        const where = { file: file.file, line: img.line };
        images.set(wsPath, where);
        files.set(wsPath, new Uint8Array());
        jobs.push(
          readImage(resolve(module.dir, img.path), root, img.src, where, 'image', manual.allowedDirs).then(
            (bytes) => void files.set(wsPath, bytes),
            (err: unknown) => void errors.push(err as PromokitError),
          ),
        );
      }
    }
  });

  const partners: { name: string; logo: string | null }[] = [];
  for (const p of cfg.partners ?? []) {
    if (!p.logo) {
      partners.push({ name: p.name, logo: null });
      continue;
    }
    const wsPath = posix.normalize(posix.join('/src', manual.relDir, p.logo));
    partners.push({ name: p.name, logo: wsPath });
    const where = { file: manual.configFile, line: undefined };
    images.set(wsPath, where);
    files.set(wsPath, new Uint8Array());
    jobs.push(
      readImage(resolve(manual.dir, p.logo), root, p.logo, where, `logo of ${p.name}`, manual.allowedDirs).then(
        (bytes) => void files.set(wsPath, bytes),
        (err: unknown) => void errors.push(err as PromokitError),
      ),
    );
  }
  await Promise.all(jobs);
  if (errors.length) throw new DocumentErrors(errors);

  const first = langs[0]!;
  const title = langs.map((l) => cfg.title[l] ?? cfg.title[first] ?? manual.id).join(' / ');
  const glossary = glossaryRows(manual, langs);

  const large = req.layout === 'large-print';
  const data = {
    layout: large ? 'large-print' : langs.length === 1 ? 'single' : req.layout,
    part: req.part ?? 'manual',
    langs,
    paper: req.paper === 'a4' ? 'a4' : 'us-letter',
    draft: req.draft,
    watermark: WATERMARK,
    fonts: FONT_FAMILIES,
    date: dateParts(req.timestamp),
    meta: {
      title,
      authors: cfg.authors?.length ? cfg.authors : [cfg.organization],
      subject: langs.map((l) => cfg.subtitle?.[l] ?? cfg.title[l]).filter(Boolean).join(' / '),
      keywords: [cfg.organization, ...langs],
    },
    colors: { primary: cfg.colors?.primary ?? '#1f5f8b', accent: cfg.colors?.accent ?? '#e07a2e' },
    manual: {
      id: manual.id,
      title: Object.fromEntries(langs.map((l) => [l, cfg.title[l] ?? cfg.title[first] ?? manual.id])),
      subtitle: cfg.subtitle ? Object.fromEntries(langs.filter((l) => cfg.subtitle?.[l]).map((l) => [l, cfg.subtitle![l]!])) : null,
      organization: cfg.organization,
      edition: perLanguage(cfg.edition, langs),
      license: perLanguage(cfg.license, langs),
      authors: cfg.authors ?? [],
      partners,
    },
    modules: dataModules,
    glossary,
    /**
     * Per language: the interface words (Contents, Module…) from the locale
     * files after fallback. Part of data.json, so of the cache key: editing a
     * locale file rebuilds.
     */
    words: Object.fromEntries(langs.map((l) => [l, localeWords(manual, l).words])),
    /** Per language: may one-language body text be hyphenated (typography.hyphenate)? */
    hyphenate: Object.fromEntries(langs.map((l) => [l, !large && hyphenates(cfg.typography?.hyphenate, l)])),
    // Only when asked for, so that a manual's data (and cache key) stays as it was.
    ...(req.facilitator === false ? { facilitator: false } : {}),
    ...(req.pageNumbers === false ? { 'page-numbers': false } : {}),
    ...(req.marks ? { marks: true, xrefs: req.xrefs ?? [] } : {}),
    ...(req.toc ? { toc: req.toc } : {}),
  };

  for (const [path, text] of libraryFiles()) files.set(path, text);
  files.set('/main.typ', templateText('main.typ'));
  files.set('/data.json', JSON.stringify(data));

  // With the Typst version unreadable ('') the build keeps PDFs out of the cache (BuildCache `off`).
  const parts: (string | Uint8Array)[] = [DOCUMENT_VERSION, typstCompilerVersion() ?? '', fontFingerprint(), String(req.timestamp), req.pdfStandard ?? ''];
  for (const path of [...files.keys()].sort()) {
    const content = files.get(path)!;
    parts.push(path, typeof content === 'string' ? sha256(content) : sha256(content));
  }
  return { request: req, key: hashParts(parts), files, modules, images };
}
