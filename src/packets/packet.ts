// `promokit packet`: one PDF per attendee (a traveller, for an exchange) and
// print.pdf with every packet starting on a front side. The parts (parts/,
// one file each) go in in the order the event file's `packet:` lists them; those made once per language
// order (agenda, handouts, evaluation) are reused for every attendee, the
// others (cover, certificate) are made per attendee; sheets.ts places them on
// paper and numbers the pages through. Before anything is made
// or written, preflight.ts refuses bad times and files outside the project,
// and csv-text.ts refuses a CSV that is not the text it claims to be.
import { existsSync, readFileSync } from 'node:fs';
import type { PDFDocument } from 'pdf-lib';
import { basename, join } from 'node:path';
import { imposeBooklet } from '../assemble/booklet.js';
import { mergePdfs, type MergePart } from '../assemble/merge.js';
import { setDecimalPageLabels } from '../assemble/page-numbers.js';
import { setMetadata } from '../assemble/metadata.js';
import { PrintFile, type PrintPiece } from '../assemble/print-file.js';
import { embedFontStack } from '../assemble/fonts.js';
import { bookletSideLabel, labelsOf, makePressReady } from '../assemble/press.js';
import { savePdf } from '../assemble/save.js';
import { PromokitError, UsageError } from '../errors.js';
import { buildDate } from '../model/dates.js';
import { shippedSheetWords } from '../model/locales.js';
import type { AgendaConfig, EventConfig } from '../model/schema.js';
import type { ConferenceRef, Project } from '../model/types.js';
import { writeFileAtomic } from '../write-atomic.js';
import { parseAttendees, type Attendee } from './attendees.js';
import { label, packetData } from './packet-data.js';
import { prepareExchange } from './exchange-packet.js';
import { decodeCsv } from './csv-text.js';
import type { PacketOptions, PacketOutput, PacketResult } from './options.js';
import type { PreparedEvent } from './prepared-event.js';
import { PACKET_TEMPLATES, partNamed } from './parts/index.js';
import type { PacketPart, PartContext, SharedPart } from './parts/part.js';
import { confineConferenceFiles, sessionTimeFailures } from './preflight.js';
import { PacketSheets, type MadePart } from './sheets.js';
import { templatePage } from './template-page.js';
import { PacketTypesetting } from './packet-typesetting.js';
import { pickShard, shardSummary } from '../shard.js';

export type { PacketOptions, PacketOutput, PacketResult } from './options.js';
export { PACKET_TEMPLATES } from './parts/index.js';

/** The language order of an attendee's packet: theirs first. */
export function languageOrder(config: { languages: string[] }, attendee: Attendee | undefined): string[] {
  const first = attendee?.language ?? config.languages[0]!;
  return [first, ...config.languages.filter((l) => l !== first)];
}

/** The parts a conference's or training's `packet:` lists, in its order, each once. */
export function configuredParts(config: AgendaConfig): PacketPart[] {
  return [...new Set(config.packet)].map((id) => {
    const part = partNamed(id);
    // The schema's enum and the parts list are the same (tests/packets/parts.test.ts).
    if (!part) throw new Error(`packet part "${id}" is in the schema but not in src/packets/parts/index.ts`);
    return part;
  });
}

class PacketMaker<C extends EventConfig> {
  readonly failures: PromokitError[] = [];
  readonly timestamp: number;
  readonly typesetting: PacketTypesetting;
  private readonly ctx: PartContext<C>;
  private readonly parts: PacketPart<C>[];
  private readonly shared = new Map<string, Promise<MergePart[]>>();
  private readonly sheets = new PacketSheets();

  constructor(project: Project, conf: ConferenceRef, private readonly event: PreparedEvent<C>, private readonly options: PacketOptions) {
    const d = buildDate(options.sourceDateEpoch, [new Date(`${event.date}T00:00:00Z`)]);
    this.timestamp = d ? Math.floor(d.getTime() / 1000) : 0;
    this.parts = event.parts;
    const paper = options.paper ?? 'letter';
    this.typesetting = new PacketTypesetting(options.out, options.remoteCache);
    const typst = this.typesetting.typst;
    const setting = { conf, overrides: event.files.templates, timestamp: this.timestamp, typst, data: (langs: readonly string[], a: Attendee | undefined) => event.data(langs, a, paper, this.timestamp) };
    this.ctx = {
      project,
      conf,
      config: event.config,
      options,
      files: event.files,
      timestamp: this.timestamp,
      typesetting: this.typesetting,
      page: (template, langs, attendee, extra) => templatePage(setting, template, langs, attendee, extra),
      report: (e) => {
        if (!this.failures.some((f) => f.format() === e.format())) this.failures.push(e);
      },
    };
  }

  /** A part made once per language order: made on first use, then reused for every attendee. */
  private sharedPart(part: SharedPart<C>, langs: string[]): Promise<MergePart[]> {
    const key = `${part.id}|${langs.join(',')}`;
    let p = this.shared.get(key);
    if (!p) {
      p = part.make(this.ctx, langs);
      this.shared.set(key, p);
    }
    return p;
  }

  /**
   * One attendee's packet, its pieces for print.pdf (the shared parts marked
   * as such) and, with --certificates separate, the certificate left out of it.
   */
  async packet(attendee: Attendee): Promise<{ pdf: Uint8Array | undefined; pages: number; pieces: PrintPiece[]; certificate: MergePart[] }> {
    const config = this.ctx.config;
    const langs = languageOrder(config, attendee);
    const made: MadePart[] = [];
    let certificate: MergePart[] = [];
    for (const part of this.parts) {
      if (part.perAttendee) {
        const own = await part.make(this.ctx, langs, attendee);
        if (part.id === 'certificate' && this.options.certificates === 'separate') certificate = own.map((m) => ({ ...m, title: attendee.name }));
        else made.push({ part, made: own, shared: false });
      } else {
        made.push({ part, made: await this.sharedPart(part, langs), shared: true });
      }
    }
    // Only a certificate, and it goes to certificates.pdf: there is no packet to make.
    if (made.length === 0) return { pdf: undefined, pages: 0, pieces: [], certificate };
    const parts = await this.sheets.place(made);
    let doc = await mergePdfs(parts);
    setDecimalPageLabels(doc);
    if (this.options.booklet) doc = await imposeBooklet(doc, this.options.booklet === true ? {} : this.options.booklet);
    if (this.options.press) await pressReady(doc, langs[0]!, Boolean(this.options.booklet));
    setMetadata(doc, {
      title: `${config.name[langs[0]!] ?? config.id} — ${attendee.name}`,
      author: config.organizers.join(', ') || config.id,
      lang: langs[0]!,
      creator: 'promokit',
      producer: 'promokit (Typst, pdf-lib)',
      date: new Date(this.timestamp * 1000),
    });
    const pdf = await savePdf(doc);
    // An imposed packet shares nothing page by page with the others.
    const pieces = this.options.booklet ? [{ pdf }] : parts.map((p) => ({ pdf: p.pdf, shared: p.shared, ...(p.sheet ? { sheet: p.sheet } : {}) }));
    return { pdf, pages: doc.getPageCount(), pieces, certificate };
  }
}

/**
 * --press: bleed, marks, boxes and output intent; the first page is a cover
 * (its images' transparency flattened); booklet sheets get labels in `lang`.
 */
async function pressReady(doc: PDFDocument, lang: string, booklet: boolean, coverPages: number[] = [0]): Promise<void> {
  const text = bookletSideLabel(shippedSheetWords(lang));
  const slugLabel = booklet ? { text, font: await embedFontStack(doc, 'regular', labelsOf(text, doc.getPageCount())) } : undefined;
  makePressReady(doc, { coverPages, ...(slugLabel ? { slugLabel } : {}) });
}

/** certificates.pdf; one attendee's (--only) or one shard's certificates are named for them. */
function certificatesFileName(options: Pick<PacketOptions, 'only' | 'shard'>, first: Attendee): string {
  if (options.only) return `certificate-${first.slug}.pdf`;
  return options.shard ? `certificates.shard-${options.shard.index}-of-${options.shard.total}.pdf` : 'certificates.pdf';
}

/** Nothing made, nothing written: the failures say why. */
const nothing = (failures: PromokitError[]): PacketResult => ({ packets: [], print: undefined, failures });

/** A conference or training: its parts, files and attendees CSV, refused before anything is made when they would leak or mislead. */
async function prepareAgenda(project: Project, conf: ConferenceRef, config: AgendaConfig, options: PacketOptions): Promise<PreparedEvent<AgendaConfig> | PromokitError[]> {
  // Everything that would make a wrong or leaking packet is refused before anything is written.
  const { files, failures } = confineConferenceFiles(project.root, conf, config, { templateNames: PACKET_TEMPLATES, attendeesFromConfig: !options.attendeesFile });
  failures.unshift(...sessionTimeFailures(conf, config));
  if (failures.length) return failures;
  const csvPath = options.attendeesFile ?? files.attendees!;
  const csvName = options.attendeesFile ?? `${conf.relDir}/${config.attendees}`;
  if (!existsSync(csvPath)) throw new UsageError(`attendees file not found: ${csvName}`);
  let csv: string;
  try {
    csv = decodeCsv(new Uint8Array(readFileSync(csvPath)), csvName, options.encoding);
  } catch (err) {
    if (err instanceof PromokitError) return [err];
    throw err;
  }
  const list = parseAttendees(csv, csvName, config.languages);
  return {
    config,
    parts: configuredParts(config),
    files,
    attendees: list.attendees,
    attendeesFile: csvName,
    failures: list.failures,
    date: config.date,
    data: (langs, attendee, paper, timestamp) => packetData(config, langs, attendee, paper, timestamp),
  };
}

export async function buildPackets(project: Project, conf: ConferenceRef, options: PacketOptions): Promise<PacketResult> {
  if (conf.exchange) {
    const prepared = prepareExchange(project, conf, conf.exchange, options);
    return Array.isArray(prepared) ? nothing(prepared) : writePackets(project, conf, prepared, options);
  }
  const config = conf.config;
  if (!config) throw new PromokitError(`${basename(conf.configFile)} is invalid; run "promokit check" for the details`, { file: conf.configFile, rule: 'config-invalid' });
  const prepared = await prepareAgenda(project, conf, config, options);
  return Array.isArray(prepared) ? nothing(prepared) : writePackets(project, conf, prepared, options);
}

/** Each attendee's packet, print.pdf and (with --certificates separate) certificates.pdf. */
async function writePackets<C extends EventConfig>(project: Project, conf: ConferenceRef, event: PreparedEvent<C>, options: PacketOptions): Promise<PacketResult> {
  const config = event.config;
  let attendees = event.attendees;
  if (options.only) {
    const want = options.only.toLowerCase();
    attendees = attendees.filter((a) => a.slug === want || a.name.toLowerCase() === want);
    if (attendees.length === 0) throw new UsageError(`--only: no attendee named or slugged "${options.only}" in ${event.attendeesFile}`);
  }
  const everyone = attendees;
  attendees = pickShard(everyone, (a) => a.slug, options.shard);
  options.onAttendees?.(attendees.length);
  const maker = new PacketMaker(project, conf, event, options);
  const dir = join(options.out, 'packets', conf.id);
  const packets: PacketOutput[] = [];
  // print.pdf holds every packet: not made for one attendee (--only) or one shard.
  // A shard's certificates are its attendees': certificates.shard-k-of-n.pdf.
  const whole = !options.only && !options.shard;
  const printFile = whole ? await PrintFile.create() : undefined;
  const certificates: MergePart[] = [];
  for (const a of attendees) {
    try {
      const { pdf, pages, pieces, certificate } = await maker.packet(a);
      certificates.push(...certificate);
      if (!pdf) continue;
      const path = join(dir, `${a.slug}.pdf`);
      await writeFileAtomic(path, pdf);
      await printFile?.add(a.name, pieces);
      const out = { attendee: a.name, path, pages };
      packets.push(out);
      options.onPacket?.(out);
    } catch (err) {
      maker.failures.push(err instanceof PromokitError ? err : new PromokitError(`packet of ${a.name}: ${err instanceof Error ? err.message : String(err)}`, { file: event.attendeesFile, line: a.line }));
    }
  }
  const meta = (title: string): Parameters<typeof setMetadata>[1] => ({ title: `${config.name[config.languages[0]!] ?? config.id} — ${title}`, author: config.organizers.join(', ') || config.id, lang: config.languages[0]!, creator: 'promokit', producer: 'promokit (Typst, pdf-lib)', date: new Date(maker.timestamp * 1000) });
  let print: PacketOutput | undefined;
  if (printFile && packets.length) {
    const doc = printFile.finish();
    setMetadata(doc, meta('print'));
    if (options.press) await pressReady(doc, config.languages[0]!, Boolean(options.booklet));
    const path = join(dir, 'print.pdf');
    await writeFileAtomic(path, await savePdf(doc));
    print = { attendee: '', path, pages: doc.getPageCount() };
  }
  let certificatesOut: PacketOutput | undefined;
  if (certificates.length) {
    // One page per attendee, no blank backs: card stock goes through the printer one side at a time.
    const doc = await mergePdfs(certificates);
    setMetadata(doc, meta(label('certificate', config.languages)));
    if (options.press) await pressReady(doc, config.languages[0]!, false, []);
    const path = join(dir, certificatesFileName(options, attendees[0]!));
    await writeFileAtomic(path, await savePdf(doc));
    certificatesOut = { attendee: '', path, pages: doc.getPageCount() };
  }
  return {
    packets,
    print,
    certificates: certificatesOut,
    failures: [...event.failures, ...maker.failures],
    stats: maker.typesetting.stats(),
    warnings: maker.typesetting.warnings(),
    ...(options.shard ? { shard: shardSummary(options.shard, 'attendee', everyone.map((a) => a.slug), attendees.length) } : {}),
  };
}
