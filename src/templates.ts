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
