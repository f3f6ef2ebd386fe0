// A records document (sign-in sheet, pre/post test) set by Typst from one of
// our templates and /data.json. The data carries what templates/packet-lib.typ
// reads (title, languages, paper, fonts, date, labels, organisers), so the
// records look like the packet pages.
import type { Paper } from '../assemble/paper.js';
import { PromokitError } from '../errors.js';
import { dateParts } from '../model/dates.js';
import type { ConferenceConfig } from '../model/schema.js';
import { templateText } from '../templates.js';
import { compileTypst, TypstCompileError } from '../typeset/compile.js';
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
  config: ConferenceConfig;
  paper: Paper;
  /** The document's date, seconds since the epoch (the event's date: rebuilds are identical). */
  timestamp: number;
}

/** The event's date at midnight UTC: the records' PDF date. */
export const eventTimestamp = (config: ConferenceConfig): number => Math.floor(Date.parse(`${config.date}T00:00:00Z`) / 1000);

export function recordPdf(set: RecordSetting, template: string, title: string, labels: Record<string, Text>, data: object): Uint8Array {
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
  const files = new Map<string, string>([
    ['/packet-lib.typ', templateText('packet-lib.typ')],
    [`/${template}`, templateText(template)],
    ['/data.json', JSON.stringify(full)],
  ]);
  try {
    return compileTypst({ files, mainPath: `/${template}`, timestamp: set.timestamp }).pdf;
  } catch (err) {
    if (err instanceof TypstCompileError) throw new PromokitError(`${template} does not compile: line ${err.diagnostics[0]?.line ?? "?"}: ${err.diagnostics[0]?.message ?? err.message}`, { rule: 'typst-compile' });
    throw err;
  }
}
