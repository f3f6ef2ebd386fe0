// The source model: what every later stage (check, render, conference) reads.
// Built by pure functions in src/model from the texts that src/sources read.
import type { AgendaConfig, EventKind, ExchangeConfig, ManualConfig, ModuleFrontMatter, Glossary, SlidesFrontMatter } from './schema.js';

export type Lang = string;
export type Localized<T = string> = Record<Lang, T>;

/** A heading of a Markdown body (ATX or setext). Lines are 1-based lines of the whole file. */
export interface Heading {
  level: number;
  /** The text a reader sees (inline marks dropped). */
  text: string;
  /** The `{#id}` of the heading, if written. */
  id: string | undefined;
  line: number;
}

/**
 * A section: from a heading to the next heading of the same or a higher level.
 * `ParsedMarkdown.sections` holds the level-2 ones (the unit of `stamp`, ids
 * and the build's sections); `ParsedMarkdown.outline` holds every level.
 */
export interface Section {
  level: number;
  id: string | undefined;
  title: string;
  line: number;
  endLine: number;
  /** Source Markdown of the section, heading line included, normalised (LF, trimmed end); '' below level 2. */
  text: string;
  /** Short hash of `text`: what `stamp` records and `check` compares; '' below level 2. */
  hash: string;
  /** Top-level list items of the section outside fenced divs (objectives, questions). */
  listItems: number;
  /** Number of non-blank lines of the section besides its heading. */
  contentLines: number;
  /** Images of the section up to the next heading of any level. */
  figures: number;
  /** Words of `text` (runs of non-space characters). */
  words: number;
}

export interface ImageRef {
  alt: string;
  /** Destination as pandoc reads it (reference resolved, entities decoded, percent-encoding kept). */
  src: string;
  /** `src` percent-decoded: the file name on disk relative to the Markdown file. */
  path: string;
  line: number;
  /** A `{…}` right after the image that pandoc prints as text (e.g. single-quoted values). */
  unreadAttributes?: string;
}

export interface LinkRef {
  text: string;
  href: string;
  line: number;
}

/** A place a `#fragment` link can point at: heading ids, `[text]{#id}`, `::: {#id}`, `<a id>`/`<a name>`. */
export interface Anchor {
  id: string;
  line: number;
}

/** A bullet or ordered list, outermost first in document order. */
export interface ListInfo {
  line: number;
  items: number;
  ordered: boolean;
  /** Nesting inside other lists (0 = top level). */
  depth: number;
  /** Inside a fenced div (any depth). */
  inDiv: boolean;
}

/** A pipe table. */
export interface TableInfo {
  line: number;
  header: string[];
  rows: number;
}

/** A fenced div (`::: activity`) with its first class and its lines. */
export interface Div {
  className: string;
  line: number;
  endLine: number;
}

/** A block of text a reader reads, split at its source lines. */
export interface TextBlock {
  parts: { line: number; text: string }[];
  /** Inside a div whose class is not read by the audience (facilitator, notes). */
  unread: boolean;
}

export interface ParsedMarkdown {
  /** Parsed front matter data, as written (validated separately). */
  data: Record<string, unknown>;
  /** Line of each top-level front matter field (`reviewed` → 4). */
  fieldLines: Record<string, number>;
  /** The Markdown body without front matter. */
  body: string;
  /** Line of the file where `body` starts (1-based). */
  bodyLine: number;
  headings: Heading[];
  /** Level-2 sections. */
  sections: Section[];
  /** Sections of every level, in document order. */
  outline: Section[];
  images: ImageRef[];
  links: LinkRef[];
  anchors: Anchor[];
  lists: ListInfo[];
  tables: TableInfo[];
  divs: Div[];
  /** Raw blocks and spans for another format: ```` ```{=typst} ````, `` `x`{=typst} ``, HTML blocks (not comments). */
  raw: { line: number; format: string }[];
  /** Thematic breaks (`***`, `- - -`) with their source text. */
  breaks: { line: number; text: string }[];
  /** Readable text blocks, in document order. */
  text: TextBlock[];
  /** Limits (src/limits.ts) the body goes past; when any, the body is not parsed further and is not built. */
  limits: { rule: 'input-too-large' | 'too-deep'; line: number; message: string }[];
}

/** One language file of a module (`es.md`). */
export interface LangFile extends ParsedMarkdown {
  lang: Lang;
  /** Path relative to the project root, with `/`: what diagnostics print. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Validated front matter, or undefined when invalid (the diagnostics say why). */
  meta: ModuleFrontMatter | undefined;
}

export interface SlidesFile extends ParsedMarkdown {
  lang: Lang;
  file: string;
  path: string;
  meta: SlidesFrontMatter | undefined;
}

export interface Module {
  /** Folder name, `NN-slug`. */
  id: string;
  order: number;
  /** Absolute folder. */
  dir: string;
  /** Folder relative to the root. */
  relDir: string;
  files: Partial<Record<Lang, LangFile>>;
  slides: Partial<Record<Lang, SlidesFile>>;
  /** Every file under the module folder, relative to it, with `/` (images, unreadable files). */
  allFiles: ReadonlySet<string>;
}

export interface Manual {
  id: string;
  dir: string;
  relDir: string;
  /** manual.yaml relative to the root. */
  configFile: string;
  config: ManualConfig;
  /** Line of a field of manual.yaml, e.g. ['partners', 0, 'logo']. */
  configLineOf: (path: readonly (string | number)[]) => number;
  glossary: Glossary | undefined;
  glossaryFile: string | undefined;
  /** Line of each glossary term in glossary.yaml. */
  glossaryLines: number[];
  modules: Module[];
  /** Every file under the manual folder, relative to it, with `/`. */
  allFiles: ReadonlySet<string>;
  /** Real folders outside the project whose files the manual may use (allow_paths of manual.yaml). */
  allowedDirs: readonly string[];
  /** Entries under the manual folder that are not read, with why (links leading outside the project, pipes, devices). */
  refusedFiles: ReadonlyMap<string, { rule: string; message: string }>;
}

export interface ConferenceRef {
  id: string;
  dir: string;
  relDir: string;
  configFile: string;
  /** The event's kind; undefined when event.yaml's `kind:` is none of them. */
  kind?: EventKind | undefined;
  /** A conference or a training; undefined when the file is invalid (the diagnostics say why) or for an exchange. */
  config: AgendaConfig | undefined;
  /** An exchange; undefined for the other kinds or when the file is invalid. */
  exchange?: ExchangeConfig | undefined;
  /** Line of a field of event.yaml (or conference.yaml), e.g. ['sessions', 2, 'pdf']. */
  lineOf: (path: readonly (string | number)[]) => number;
}

export interface Project {
  /** Absolute root: the folder that holds `manuals/`. */
  root: string;
  manuals: Manual[];
  conferences: ConferenceRef[];
}
