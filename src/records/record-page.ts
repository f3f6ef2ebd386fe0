// A records document (sign-in sheet, pre/post test) set by Typst from one of
// our templates (or the organiser's of that name beside the event file, set
// in a child process with a time limit, as packet templates are) and /data.json. The data carries what templates/packet-lib.typ
// reads (title, languages, paper, fonts, date, labels, organisers), so the
// records look like the packet pages.
import type { Paper } from '../assemble/paper.js';
import { PromokitError } from '../errors.js';
import { dateParts } from '../model/dates.js';
import type { AgendaConfig } from '../model/schema.js';
import { templateText } from '../templates.js';
import { readFileSync } from 'node:fs';
import { compileTypst, TypstCompileError } from '../typeset/compile.js';
import { compileBounded, typesetSeconds, TypesetTimeoutError } from '../typeset/typeset-process.js';
import { FONT_FAMILIES } from '../typeset/fonts.js';

export type Text = Record<string, string>;

/** Every language of the event gets a value: the text's own, else English, else the first there is. */
export function fillText(text: Text, langs: readonly string[]): Text {
  return Object.fromEntries(langs.map((l) => [l, text[l] ?? text.en ?? Object.values(text)[0] ?? '']));
}

export function longDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export interface RecordSetting {
  config: AgendaConfig;
  paper: Paper;
  /** The document's date, seconds since the epoch (the event's date: rebuilds are identical). */
  timestamp: number;
  /** Real path of the organiser's own template of a name (signin.typ, pretest.typ), beside the event file. */
  overrides?: ReadonlyMap<string, string>;
  /** The event folder, relative to the root: where an own template's errors are reported. */
  relDir?: string;
}

/** The event's date at midnight UTC: the records' PDF date. */
export const eventTimestamp = (config: AgendaConfig): number => Math.floor(Date.parse(`${config.date}T00:00:00Z`) / 1000);

export async function recordPdf(set: RecordSetting, template: string, title: string, labels: Record<string, Text>, data: object): Promise<Uint8Array> {
  const langs = set.config.languages;
  const full = {
    title,
    langs,
    paper: set.paper,
    fonts: FONT_FAMILIES,
    date: dateParts(set.timestamp),
    labels: Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, fillText(v, langs)])),
    conference: { name: fillText(set.config.name, langs), organizers: set.config.organizers, date: Object.fromEntries(langs.map((l) => [l, longDate(set.config.date, l)])) },
    ...data,
  };
  const ownPath = set.overrides?.get(template);
  const files = new Map<string, string>([
    ['/packet-lib.typ', templateText('packet-lib.typ')],
    [`/${template}`, ownPath ? readFileSync(ownPath, 'utf8') : templateText(template)],
    ['/data.json', JSON.stringify(full)],
  ]);
  const input = { files, mainPath: `/${template}`, timestamp: set.timestamp };
  const own = ownPath ? { file: `${set.relDir ?? '.'}/${template}` } : {};
  try {
    return ownPath ? (await compileBounded(input)).pdf : compileTypst(input).pdf;
  } catch (err) {
    if (err instanceof TypesetTimeoutError) throw new PromokitError(`${template} did not finish within ${typesetSeconds()} s (PROMOKIT_TYPESET_TIMEOUT)`, { ...own, rule: 'typeset-timeout' });
    if (err instanceof TypstCompileError) {
      const d = err.diagnostics[0];
      throw new PromokitError(`${template} does not compile: ${ownPath ? '' : `line ${d?.line ?? '?'}: `}${d?.message ?? err.message}`, { ...own, ...(ownPath && d?.line ? { line: d.line } : {}), rule: 'typst-compile' });
    }
    throw err;
  }
}
