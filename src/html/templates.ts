// The HTML edition's templates: handlebars pages and partials, a stylesheet
// and two small scripts in templates/html/. A project overrides one by putting a
// file of the same name in <project>/templates/html/ (as a conference's
// templates beside conference.yaml override the packet's). Every string from
// the project reaches a template as data and is escaped by handlebars (`{{ }}`);
// only pandoc's HTML, the stylesheet and the script go in unescaped (`{{{ }}}`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { PromokitError } from '../errors.js';
import { readVetted } from '../sources/safe-read.js';
import { resolveInsideProject } from '../sources/inside-project.js';
import { templateText } from '../templates.js';

/** The page, its partials (by name without `.hbs`), the stylesheet and the script. */
export const HTML_TEMPLATES = ['page.hbs', 'cover.hbs', 'contents.hbs', 'module.hbs', 'section.hbs', 'glossary.hbs', 'switch.hbs', 'search.hbs', 'style.css', 'switch.js', 'search.js', 'epub.hbs', 'epub.css'] as const;
/** Whole documents; every other .hbs is a partial. */
const DOCUMENTS: readonly HtmlTemplateName[] = ['page.hbs', 'epub.hbs'];
export type HtmlTemplateName = (typeof HTML_TEMPLATES)[number];

/** Where a project's overrides live, relative to its root. */
export const OVERRIDE_DIR = join('templates', 'html');

const TEMPLATE_BYTES = 1024 * 1024;

export interface HtmlTemplates {
  /** Renders the page with a view. */
  page(view: unknown): string;
  /** Renders the body an EPUB is made from (src/html/build-epub.ts). */
  epub(view: unknown): string;
  css: string;
  /** The language switch's script (pages with several languages). */
  script: string;
  /** The search box's script (every page). */
  searchScript: string;
  epubCss: string;
  /** Names the project overrides, for messages. */
  overridden: HtmlTemplateName[];
}

/** The text of each template: the project's when it has one, else ours. Throws a PromokitError for an unreadable override. */
export function templateTexts(root: string): { texts: Record<HtmlTemplateName, string>; overridden: HtmlTemplateName[] } {
  const texts = {} as Record<HtmlTemplateName, string>;
  const overridden: HtmlTemplateName[] = [];
  for (const name of HTML_TEMPLATES) {
    const rel = join(OVERRIDE_DIR, name);
    if (!existsSync(join(root, rel))) {
      texts[name] = templateText(`html/${name}`);
      continue;
    }
    const file = rel.split('\\').join('/');
    const inside = resolveInsideProject(root, root, rel);
    if ('outside' in inside) {
      throw new PromokitError(`${file} leads to ${inside.outside}, which is outside the project; copy the template into the project`, { file, rule: 'path-outside-project' });
    }
    const bytes = readVetted(inside.path, root, TEMPLATE_BYTES, { noun: 'a template', advice: 'make it smaller' });
    if ('rule' in bytes) throw new PromokitError(`${file}: ${bytes.message}`, { file, rule: bytes.rule });
    texts[name] = Buffer.from(bytes).toString('utf8');
    overridden.push(name);
  }
  return { texts, overridden };
}

/** Compiles the templates in a handlebars environment of their own (no helper or partial leaks between projects). */
export function compileTemplates(root: string): HtmlTemplates {
  const { texts, overridden } = templateTexts(root);
  const hb = Handlebars.create();
  // `{{#if (eq a b)}}`: the one helper the templates need beyond handlebars' own.
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const compile = (name: HtmlTemplateName): Handlebars.TemplateDelegate => {
    try {
      // Parsed now (compile alone parses at the first call), so a broken template is named before any page.
      hb.parse(texts[name]);
      // strict: a misspelt field is an error, not an empty string.
      return hb.compile(texts[name], { strict: true, noEscape: false });
    } catch (err) {
      throw templateError(name, overridden, err);
    }
  };
  for (const name of HTML_TEMPLATES) {
    if (name.endsWith('.hbs') && !DOCUMENTS.includes(name)) hb.registerPartial(name.slice(0, -4), compile(name));
  }
  const render = (name: HtmlTemplateName): ((view: unknown) => string) => {
    const template = compile(name);
    return (view) => {
      try {
        return template(view);
      } catch (err) {
        throw templateError(name, overridden, err);
      }
    };
  };
  return {
    page: render('page.hbs'),
    epub: render('epub.hbs'),
    css: texts['style.css'],
    script: texts['switch.js'],
    searchScript: texts['search.js'],
    epubCss: texts['epub.css'],
    overridden,
  };
}

function templateError(name: HtmlTemplateName, overridden: readonly HtmlTemplateName[], err: unknown): PromokitError {
  const detail = (err instanceof Error ? err.message : String(err)).replace(/\s*\n\s*/g, ' ').trim();
  const own = overridden.length > 0;
  return new PromokitError(
    `the HTML template ${name} could not be used: ${detail}${own ? ` (the project overrides ${overridden.join(', ')} in ${OVERRIDE_DIR})` : ''}`,
    { file: own ? join(OVERRIDE_DIR, overridden.includes(name) ? name : overridden[0]!).split('\\').join('/') : undefined, rule: 'html-template' },
  );
}
