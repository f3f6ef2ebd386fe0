// Where the templates live. templates/ sits beside src/ and dist/ (package.json
// "files"), so the same relative path works from the sources (vitest) and from
// the compiled CLI. The templates are plain Typst (and one Lua filter): every
// user string reaches them as JSON data, never spliced into source, so there
// is nothing to escape and nothing a title can inject.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const TEMPLATES_DIR = join(here, '..', 'templates');

export function templatePath(name: string): string {
  return join(TEMPLATES_DIR, name);
}

const cache = new Map<string, string>();
/** A template's text, read once per process. */
export function templateText(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(templatePath(name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The files of the manual's Typst library: lib.typ and the parts it imports. */
export const LIBRARY_FILES = ['lib.typ', 'lib-base.typ', 'lib-tables.typ', 'lib-parts.typ'] as const;

/** The library's files as the virtual paths Typst reads them from, with their text. */
export function libraryFiles(): [string, string][] {
  return LIBRARY_FILES.map((name) => [`/${name}`, templateText(name)]);
}
