// `promokit packet`: one PDF per attendee (cover, agenda, handouts, evaluation,
// certificate) and print.pdf with every packet starting on a front side.
// The agenda, handouts and evaluation are made once per language order and
// reused; only cover and certificate are made per attendee.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imposeBooklet } from '../assemble/booklet.js';
import { buildDate } from '../assemble/build-date.js';
import { readPdf } from '../assemble/load.js';
import { PrintFile, type PrintPiece } from '../assemble/print-file.js';
import { mergePdfs, type MergePart } from '../assemble/merge.js';
import { setMetadata } from '../assemble/metadata.js';
import { nup } from '../assemble/nup.js';
import type { Paper } from '../assemble/paper.js';
import { savePdf } from '../assemble/save.js';
import { buildManuals } from '../build/build.js';
import { dateParts } from '../build/document.js';
import { PromokitError, UsageError } from '../errors.js';
import type { ConferenceConfig } from '../model/schema.js';
import type { ConferenceRef, Project } from '../model/types.js';
import { compileTypst, TypstCompileError } from '../render/compile.js';
import { FONT_FAMILIES } from '../render/fonts.js';
import { wasmPandoc } from '../render/pandoc-wasm.js';
import { templateText } from '../render/templates.js';
import { renderDeck } from '../slides/build-slides.js';
import { writeFileAtomic } from '../write-atomic.js';
import { parseAttendees, type Attendee } from './attendees.js';

export const PACKET_TEMPLATES = ['cover.typ', 'agenda.typ', 'evaluation.typ', 'certificate.typ'] as const;

export interface PacketOptions {
  out: string;
  /** Another attendees file instead of the one conference.yaml names. */
  attendeesFile?: string;
  /** Rebuild only the attendee with this name or slug. */
  only?: string;
  booklet?: boolean;
  paper?: Paper;
  sourceDateEpoch?: string;
  onPacket?: (p: PacketOutput) => void;
  /** Called once the attendees are read, with how many packets will be made (for a progress display). */
  onAttendees?: (count: number) => void;
}

export interface PacketOutput {
  attendee: string;
  path: string;
  pages: number;
}

export interface PacketResult {
  packets: PacketOutput[];
  print: PacketOutput | undefined;
  failures: PromokitError[];
}

type Text = Record<string, string>;

const LABELS: Record<string, Text> = {
  'packet-for': { es: 'Carpeta de', en: 'Packet of' },
  agenda: { es: 'Programa', en: 'Agenda' },
  time: { es: 'Hora', en: 'Time' },
  session: { es: 'Sesión', en: 'Session' },
  evaluation: { es: 'Evaluación', en: 'Evaluation' },
  'likert-help': {
    es: 'Marque un número: 1 = muy en desacuerdo, 5 = muy de acuerdo.',
    en: 'Mark a number: 1 = strongly disagree, 5 = strongly agree.',
  },
  certificate: { es: 'Constancia de asistencia', en: 'Certificate of attendance' },
  certifies: { es: 'Se otorga a', en: 'This certifies that' },
};

/** Every language gets a value: the text's own, else English, else the first there is. */
function fill(text: Text, langs: readonly string[]): Text {
  const out: Text = {};
  for (const l of langs) out[l] = text[l] ?? text.en ?? Object.values(text)[0] ?? '';
  return out;
}

function longDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The language order of an attendee's packet: theirs first. */
export function languageOrder(config: ConferenceConfig, attendee: Attendee | undefined): string[] {
  const first = attendee?.language ?? config.languages[0]!;
  return [first, ...config.languages.filter((l) => l !== first)];
}

class PacketMaker {
  readonly failures: PromokitError[] = [];
  readonly timestamp: number;

  constructor(
    private readonly project: Project,
    private readonly conf: ConferenceRef,
    private readonly config: ConferenceConfig,
    private readonly options: PacketOptions,
  ) {
    const d = buildDate(options.sourceDateEpoch, [new Date(`${config.date}T00:00:00Z`)]);
    this.timestamp = d ? Math.floor(d.getTime() / 1000) : 0;
  }

  /** The data every template reads, for one language order (and one attendee). */
  private data(langs: string[], attendee: Attendee | undefined): object {
    const c = this.config;
    const all = c.languages;
    const name = fill(c.name, all);
    const date = Object.fromEntries(all.map((l) => [l, longDate(c.date, l)]));
    const place = [c.venue.name, c.venue.city].filter(Boolean).join(', ');
    return {
      title: attendee ? `${name[langs[0]!]} — ${attendee.name}` : name[langs[0]!],
      langs,
      paper: this.options.paper ?? 'letter',
      fonts: FONT_FAMILIES,
      date: dateParts(this.timestamp),
      labels: Object.fromEntries(Object.entries(LABELS).map(([k, v]) => [k, fill(v, all)])),
      conference: {
        name,
        date,
        venue: { name: c.venue.name, address: c.venue.address ?? null, city: c.venue.city ?? null },
        organizers: c.organizers,
      },
      attendee: attendee ? { name: attendee.name, organization: attendee.organization ?? null } : null,
      sessions: c.sessions.map((s) => ({ time: s.time, end: s.end ?? null, room: s.room ?? null, kind: s.kind, title: fill(s.title, all), speakers: s.speakers })),
      evaluation: { likert: (c.evaluation?.likert ?? []).map((t) => fill(t, all)), open: (c.evaluation?.open ?? []).map((t) => fill(t, all)) },
      certificate: {
        hours: c.hours,
        signers: (c.certificate?.signers ?? []).map((s) => ({ name: s.name, role: fill(s.role, all) })),
        text: fill(
          {
            es: `por su asistencia a la ${name.es ?? name[all[0]!]}, con duración de ${c.hours} horas, el ${date.es ?? c.date} en ${place}.`,
            en: `attended the ${name.en ?? name[all[0]!]}, ${c.hours} hours, on ${date.en ?? c.date} in ${place}.`,
          },
          all,
        ),
      },
    };
  }

  /** A template: the organiser's (beside conference.yaml) when there is one, else ours. */
  private template(name: string): string {
    const own = join(this.conf.dir, name);
    return existsSync(own) ? readFileSync(own, 'utf8') : templateText(name);
  }

  private page(name: (typeof PACKET_TEMPLATES)[number], langs: string[], attendee: Attendee | undefined): Uint8Array {
    const files = new Map<string, string>([
      ['/packet-lib.typ', templateText('packet-lib.typ')],
      [`/${name}`, this.template(name)],
      ['/data.json', JSON.stringify(this.data(langs, attendee))],
    ]);
    try {
      return compileTypst({ files, mainPath: `/${name}`, timestamp: this.timestamp }).pdf;
    } catch (err) {
      if (err instanceof TypstCompileError) {
        const own = existsSync(join(this.conf.dir, name));
        const d = err.diagnostics[0];
        throw new PromokitError(`${name} does not compile: ${d?.message ?? err.message}`, {
          file: own ? `${this.conf.relDir}/${name}` : this.conf.configFile,
          line: own ? d?.line : undefined,
          rule: 'typst-compile',
        });
      }
      throw err;
    }
  }

  /** Handouts of every session, in the first language of `langs`; a failing session is reported and left out. */
  private async handouts(langs: string[]): Promise<MergePart[]> {
    const lang = langs[0]!;
    const parts: MergePart[] = [];
    for (const [i, s] of this.config.sessions.entries()) {
      const title = s.title[lang] ?? Object.values(s.title)[0] ?? '';
      try {
        if (s.module) {
          const [manualId, moduleId] = s.module.split('/') as [string, string];
          const manual = this.project.manuals.find((m) => m.id === manualId);
          if (!manual?.modules.some((m) => m.id === moduleId)) throw new PromokitError(`module ${s.module} not found`, { file: this.conf.configFile, line: this.conf.lineOf(['sessions', i, 'module']), rule: 'conference-reference' });
          const mlang = manual.config.languages.includes(lang) ? lang : manual.config.languages[0]!;
          const r = await buildManuals(this.project, { out: this.options.out, manuals: [manualId], langs: [mlang], moduleEditions: [moduleId], paper: this.options.paper ?? 'letter', ...(this.options.sourceDateEpoch ? { sourceDateEpoch: this.options.sourceDateEpoch } : {}) });
          if (r.failures.length) throw r.failures[0];
          parts.push({ pdf: new Uint8Array(readFileSync(r.outputs[0]!.path)), title, file: r.outputs[0]!.path });
        } else if (s.slides) {
          const [manualId, moduleId] = s.slides.split('/') as [string, string];
          const manual = this.project.manuals.find((m) => m.id === manualId);
          const module = manual?.modules.find((m) => m.id === moduleId);
          const file = module?.slides[lang] ?? (manual ? module?.slides[manual.config.languages[0]!] : undefined);
          if (!manual || !module || !file) throw new PromokitError(`slides ${s.slides} not found`, { file: this.conf.configFile, line: this.conf.lineOf(['sessions', i, 'slides']), rule: 'conference-reference' });
          const deck = await renderDeck(this.project.root, manual, module, file, wasmPandoc(), this.timestamp);
          parts.push({ pdf: await nup([{ pdf: deck.pdf, title }], { perPage: 3, paper: this.options.paper ?? 'letter' }), title });
        } else if (s.pdf) {
          const path = join(this.conf.dir, s.pdf);
          if (!existsSync(path)) throw new PromokitError(`pdf ${s.pdf} not found beside conference.yaml`, { file: this.conf.configFile, line: this.conf.lineOf(['sessions', i, 'pdf']), rule: 'conference-reference' });
          const deck = await readPdf(path);
          parts.push({ pdf: await nup([{ pdf: deck, file: path, title }], { perPage: 3, paper: this.options.paper ?? 'letter' }), title });
        }
      } catch (err) {
        const e = err instanceof PromokitError ? err : new PromokitError(err instanceof Error ? err.message : String(err), { file: this.conf.configFile, line: this.conf.lineOf(['sessions', i]) });
        if (!this.failures.some((f) => f.format() === e.format())) this.failures.push(e);
      }
    }
    return parts;
  }

  private readonly shared = new Map<string, Promise<{ before: MergePart[]; after: MergePart[] }>>();

  /** Agenda, handouts and evaluation of one language order: made once, reused for every attendee. */
  sharedParts(langs: string[]): Promise<{ before: MergePart[]; after: MergePart[] }> {
    const key = langs.join(',');
    let p = this.shared.get(key);
    if (!p) {
      p = (async () => {
        const want = new Set(this.config.packet);
        const labels = (k: string): string => fill(LABELS[k]!, langs)[langs[0]!]!;
        const before: MergePart[] = [];
        if (want.has('agenda')) before.push({ pdf: this.page('agenda.typ', langs, undefined), title: labels('agenda') });
        if (want.has('handouts')) before.push(...(await this.handouts(langs)));
        const after: MergePart[] = [];
        if (want.has('evaluation')) after.push({ pdf: this.page('evaluation.typ', langs, undefined), title: labels('evaluation') });
        return { before, after };
      })();
      this.shared.set(key, p);
    }
    return p;
  }

  /** One attendee's packet, and its pieces for print.pdf (the shared parts marked as such). */
  async packet(attendee: Attendee): Promise<{ pdf: Uint8Array; pages: number; pieces: PrintPiece[] }> {
    const langs = languageOrder(this.config, attendee);
    const want = new Set(this.config.packet);
    const { before, after } = await this.sharedParts(langs);
    const label = (k: string): string => fill(LABELS[k]!, langs)[langs[0]!]!;
    const parts: MergePart[] = [];
    if (want.has('cover')) parts.push({ pdf: this.page('cover.typ', langs, attendee), title: attendee.name });
    parts.push(...before, ...after);
    if (want.has('certificate')) parts.push({ pdf: this.page('certificate.typ', langs, attendee), title: label('certificate') });
    let doc = await mergePdfs(parts);
    if (this.options.booklet) doc = await imposeBooklet(doc);
    setMetadata(doc, {
      title: `${this.config.name[langs[0]!] ?? this.config.id} — ${attendee.name}`,
      author: this.config.organizers.join(', ') || this.config.id,
      lang: langs[0]!,
      creator: 'promokit',
      producer: 'promokit (Typst, pdf-lib)',
      date: new Date(this.timestamp * 1000),
    });
    const pdf = await savePdf(doc);
    // An imposed packet shares nothing page by page with the others.
    const shared = new Set([...before, ...after]);
    const pieces = this.options.booklet ? [{ pdf }] : parts.map((p) => ({ pdf: p.pdf, shared: shared.has(p) }));
    return { pdf, pages: doc.getPageCount(), pieces };
  }
}

export async function buildPackets(project: Project, conf: ConferenceRef, options: PacketOptions): Promise<PacketResult> {
  const config = conf.config;
  if (!config) throw new PromokitError('conference.yaml is invalid; run "promokit check" for the details', { file: conf.configFile, rule: 'config-invalid' });
  const csvPath = options.attendeesFile ?? join(conf.dir, config.attendees);
  const csvName = options.attendeesFile ?? `${conf.relDir}/${config.attendees}`;
  if (!existsSync(csvPath)) throw new UsageError(`attendees file not found: ${csvName}`);
  const list = parseAttendees(readFileSync(csvPath, 'utf8'), csvName, config.languages);
  let attendees = list.attendees;
  if (options.only) {
    const want = options.only.toLowerCase();
    attendees = attendees.filter((a) => a.slug === want || a.name.toLowerCase() === want);
    if (attendees.length === 0) throw new UsageError(`--only: no attendee named or slugged "${options.only}" in ${csvName}`);
  }
  options.onAttendees?.(attendees.length);
  const maker = new PacketMaker(project, conf, config, options);
  const dir = join(options.out, 'packets', conf.id);
  const packets: PacketOutput[] = [];
  const printFile = options.only ? undefined : await PrintFile.create();
  for (const a of attendees) {
    try {
      const { pdf, pages, pieces } = await maker.packet(a);
      const path = join(dir, `${a.slug}.pdf`);
      await writeFileAtomic(path, pdf);
      await printFile?.add(a.name, pieces);
      const out = { attendee: a.name, path, pages };
      packets.push(out);
      options.onPacket?.(out);
    } catch (err) {
      maker.failures.push(err instanceof PromokitError ? err : new PromokitError(`packet of ${a.name}: ${err instanceof Error ? err.message : String(err)}`, { file: csvName, line: a.line }));
    }
  }
  let print: PacketOutput | undefined;
  if (printFile && packets.length) {
    const doc = printFile.finish();
    setMetadata(doc, { title: `${config.name[config.languages[0]!] ?? config.id} — print`, author: config.organizers.join(', ') || config.id, lang: config.languages[0]!, creator: 'promokit', producer: 'promokit (Typst, pdf-lib)', date: new Date(maker.timestamp * 1000) });
    const path = join(dir, 'print.pdf');
    await writeFileAtomic(path, await savePdf(doc));
    print = { attendee: '', path, pages: doc.getPageCount() };
  }
  return { packets, print, failures: [...list.failures, ...maker.failures] };
}
