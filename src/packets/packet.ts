// `promokit packet`: one PDF per attendee (cover, agenda, handouts, evaluation,
// certificate) and print.pdf with every packet starting on a front side.
// The agenda, handouts and evaluation are made once per language order and
// reused; only cover and certificate are made per attendee. Before anything
// is made or written, preflight.ts refuses bad times and files outside the
// project, and csv-text.ts refuses a CSV that is not the text it claims to be.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imposeBooklet, type BookletOptions } from '../assemble/booklet.js';
import { buildDate } from '../model/dates.js';
import { readPdf } from '../assemble/load.js';
import { PrintFile, type PrintPiece } from '../assemble/print-file.js';
import { mergePdfs, type MergePart } from '../assemble/merge.js';
import { setMetadata } from '../assemble/metadata.js';
import { nup } from '../assemble/nup.js';
import type { Paper } from '../assemble/paper.js';
import { savePdf } from '../assemble/save.js';
import { buildManuals } from '../editions/build.js';
import { PromokitError, UsageError } from '../errors.js';
import type { ConferenceConfig } from '../model/schema.js';
import type { ConferenceRef, Project } from '../model/types.js';
import { compileTypst, TypstCompileError } from '../typeset/compile.js';
import { compileBounded, typesetSeconds, TypesetTimeoutError } from '../typeset/typeset-process.js';
import { wasmPandoc } from '../convert/pandoc-wasm.js';
import { templateText } from '../templates.js';
import { renderDeck } from '../slides/build-slides.js';
import { writeFileAtomic } from '../write-atomic.js';
import { parseAttendees, type Attendee } from './attendees.js';
import { decodeCsv, type CsvEncoding } from './csv-text.js';
import { label, packetData } from './packet-data.js';
import { confineConferenceFiles, sessionTimeFailures, type ConferenceFiles } from './preflight.js';

export const PACKET_TEMPLATES = ['cover.typ', 'agenda.typ', 'evaluation.typ', 'certificate.typ'] as const;

export interface PacketOptions {
  out: string;
  /** Another attendees file instead of the one conference.yaml names (anywhere: the user's explicit choice). */
  attendeesFile?: string;
  /** How to read a CSV without byte-order mark: UTF-8 (the default) or Latin-1/windows-1252. */
  encoding?: CsvEncoding;
  /** Rebuild only the attendee with this name or slug. */
  only?: string;
  /** Impose each packet for saddle stitching; options choose the sheet and signature size. */
  booklet?: boolean | Pick<BookletOptions, 'sheet' | 'signature'>;
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
    private readonly files: ConferenceFiles,
  ) {
    const d = buildDate(options.sourceDateEpoch, [new Date(`${config.date}T00:00:00Z`)]);
    this.timestamp = d ? Math.floor(d.getTime() / 1000) : 0;
  }

  /** A template: the organiser's (beside conference.yaml, inside the project) when there is one, else ours. */
  private template(name: string): string {
    const own = this.files.templates.get(name);
    return own ? readFileSync(own, 'utf8') : templateText(name);
  }

  /**
   * One page of a template. An organiser's own template is user Typst: it is
   * set in the child process with a time limit (src/typeset/typeset-process.ts).
   */
  private async page(name: (typeof PACKET_TEMPLATES)[number], langs: string[], attendee: Attendee | undefined): Promise<Uint8Array> {
    const files = new Map<string, string>([
      ['/packet-lib.typ', templateText('packet-lib.typ')],
      [`/${name}`, this.template(name)],
      ['/data.json', JSON.stringify(packetData(this.config, langs, attendee, this.options.paper ?? 'letter', this.timestamp))],
    ]);
    const own = this.files.templates.has(name);
    const input = { files, mainPath: `/${name}`, timestamp: this.timestamp };
    try {
      return own ? (await compileBounded(input)).pdf : compileTypst(input).pdf;
    } catch (err) {
      if (err instanceof TypesetTimeoutError) {
        throw new PromokitError(`${name} did not finish within ${typesetSeconds()} s (PROMOKIT_TYPESET_TIMEOUT)`, { file: `${this.conf.relDir}/${name}`, rule: 'typeset-timeout' });
      }
      if (err instanceof TypstCompileError) {
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
          const path = this.files.decks.get(i);
          if (!path || !existsSync(path)) throw new PromokitError(`pdf ${s.pdf} not found beside conference.yaml`, { file: this.conf.configFile, line: this.conf.lineOf(['sessions', i, 'pdf']), rule: 'conference-reference' });
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
        const before: MergePart[] = [];
        if (want.has('agenda')) before.push({ pdf: await this.page('agenda.typ', langs, undefined), title: label('agenda', langs) });
        if (want.has('handouts')) before.push(...(await this.handouts(langs)));
        const after: MergePart[] = [];
        if (want.has('evaluation')) after.push({ pdf: await this.page('evaluation.typ', langs, undefined), title: label('evaluation', langs) });
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
    const parts: MergePart[] = [];
    if (want.has('cover')) parts.push({ pdf: await this.page('cover.typ', langs, attendee), title: attendee.name });
    parts.push(...before, ...after);
    if (want.has('certificate')) parts.push({ pdf: await this.page('certificate.typ', langs, attendee), title: label('certificate', langs) });
    let doc = await mergePdfs(parts);
    if (this.options.booklet) doc = await imposeBooklet(doc, this.options.booklet === true ? {} : this.options.booklet);
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

/** Nothing made, nothing written: the failures say why. */
const nothing = (failures: PromokitError[]): PacketResult => ({ packets: [], print: undefined, failures });

export async function buildPackets(project: Project, conf: ConferenceRef, options: PacketOptions): Promise<PacketResult> {
  const config = conf.config;
  if (!config) throw new PromokitError('conference.yaml is invalid; run "promokit check" for the details', { file: conf.configFile, rule: 'config-invalid' });
  // Everything that would make a wrong or leaking packet is refused before anything is written.
  const { files, failures } = confineConferenceFiles(project.root, conf, config, { templateNames: PACKET_TEMPLATES, attendeesFromConfig: !options.attendeesFile });
  failures.unshift(...sessionTimeFailures(conf, config));
  if (failures.length) return nothing(failures);
  const csvPath = options.attendeesFile ?? files.attendees!;
  const csvName = options.attendeesFile ?? `${conf.relDir}/${config.attendees}`;
  if (!existsSync(csvPath)) throw new UsageError(`attendees file not found: ${csvName}`);
  let csv: string;
  try {
    csv = decodeCsv(new Uint8Array(readFileSync(csvPath)), csvName, options.encoding);
  } catch (err) {
    if (err instanceof PromokitError) return nothing([err]);
    throw err;
  }
  const list = parseAttendees(csv, csvName, config.languages);
  let attendees = list.attendees;
  if (options.only) {
    const want = options.only.toLowerCase();
    attendees = attendees.filter((a) => a.slug === want || a.name.toLowerCase() === want);
    if (attendees.length === 0) throw new UsageError(`--only: no attendee named or slugged "${options.only}" in ${csvName}`);
  }
  options.onAttendees?.(attendees.length);
  const maker = new PacketMaker(project, conf, config, options, files);
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
