// `promokit packet`: one PDF per attendee and print.pdf with every packet
// starting on a front side. The parts (parts/, one file each) go in in the
// order conference.yaml's `packet:` lists them; those made once per language
// order (agenda, handouts, evaluation) are reused for every attendee, the
// others (cover, certificate) are made per attendee; sheets.ts places them on
// paper and numbers the pages through. Before anything is made
// or written, preflight.ts refuses bad times and files outside the project,
// and csv-text.ts refuses a CSV that is not the text it claims to be.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imposeBooklet } from '../assemble/booklet.js';
import { mergePdfs, type MergePart } from '../assemble/merge.js';
import { setDecimalPageLabels } from '../assemble/page-numbers.js';
import { setMetadata } from '../assemble/metadata.js';
import { PrintFile, type PrintPiece } from '../assemble/print-file.js';
import { savePdf } from '../assemble/save.js';
import { PromokitError, UsageError } from '../errors.js';
import { buildDate } from '../model/dates.js';
import type { ConferenceConfig } from '../model/schema.js';
import type { ConferenceRef, Project } from '../model/types.js';
import { writeFileAtomic } from '../write-atomic.js';
import { parseAttendees, type Attendee } from './attendees.js';
import { label } from './packet-data.js';
import { decodeCsv } from './csv-text.js';
import type { PacketOptions, PacketOutput, PacketResult } from './options.js';
import { PACKET_TEMPLATES, partNamed } from './parts/index.js';
import type { PacketPart, PartContext, SharedPart } from './parts/part.js';
import { confineConferenceFiles, sessionTimeFailures, type ConferenceFiles } from './preflight.js';
import { PacketSheets, type MadePart } from './sheets.js';
import { templatePage } from './template-page.js';
import { pickShard, shardSummary } from '../shard.js';

export type { PacketOptions, PacketOutput, PacketResult } from './options.js';
export { PACKET_TEMPLATES } from './parts/index.js';

/** The language order of an attendee's packet: theirs first. */
export function languageOrder(config: ConferenceConfig, attendee: Attendee | undefined): string[] {
  const first = attendee?.language ?? config.languages[0]!;
  return [first, ...config.languages.filter((l) => l !== first)];
}

/** The parts conference.yaml lists, in its order, each once. */
export function configuredParts(config: ConferenceConfig): PacketPart[] {
  return [...new Set(config.packet)].map((id) => {
    const part = partNamed(id);
    // The schema's enum and the parts list are the same (tests/packets/parts.test.ts).
    if (!part) throw new Error(`packet part "${id}" is in the schema but not in src/packets/parts/index.ts`);
    return part;
  });
}

class PacketMaker {
  readonly failures: PromokitError[] = [];
  readonly timestamp: number;
  private readonly ctx: PartContext;
  private readonly parts: PacketPart[];
  private readonly shared = new Map<string, Promise<MergePart[]>>();
  private readonly sheets = new PacketSheets();

  constructor(project: Project, conf: ConferenceRef, config: ConferenceConfig, private readonly options: PacketOptions, files: ConferenceFiles) {
    const d = buildDate(options.sourceDateEpoch, [new Date(`${config.date}T00:00:00Z`)]);
    this.timestamp = d ? Math.floor(d.getTime() / 1000) : 0;
    this.parts = configuredParts(config);
    const setting = { conf, config, overrides: files.templates, paper: options.paper ?? 'letter', timestamp: this.timestamp };
    this.ctx = {
      project,
      conf,
      config,
      options,
      files,
      timestamp: this.timestamp,
      page: (template, langs, attendee) => templatePage(setting, template, langs, attendee),
      report: (e) => {
        if (!this.failures.some((f) => f.format() === e.format())) this.failures.push(e);
      },
    };
  }

  /** A part made once per language order: made on first use, then reused for every attendee. */
  private sharedPart(part: SharedPart, langs: string[]): Promise<MergePart[]> {
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
  async packet(attendee: Attendee): Promise<{ pdf: Uint8Array; pages: number; pieces: PrintPiece[]; certificate: MergePart[] }> {
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
    const parts = await this.sheets.place(made);
    let doc = await mergePdfs(parts);
    setDecimalPageLabels(doc);
    if (this.options.booklet) doc = await imposeBooklet(doc, this.options.booklet === true ? {} : this.options.booklet);
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
  const everyone = attendees;
  attendees = pickShard(everyone, (a) => a.slug, options.shard);
  options.onAttendees?.(attendees.length);
  const maker = new PacketMaker(project, conf, config, options, files);
  const dir = join(options.out, 'packets', conf.id);
  const packets: PacketOutput[] = [];
  // print.pdf holds every packet: not made for one attendee (--only) or one shard.
  const whole = !options.only && !options.shard;
  const printFile = whole ? await PrintFile.create() : undefined;
  const certificates: MergePart[] = [];
  for (const a of attendees) {
    try {
      const { pdf, pages, pieces, certificate } = await maker.packet(a);
      if (!options.shard) certificates.push(...certificate);
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
  let certificatesOut: PacketOutput | undefined;
  if (certificates.length) {
    // One page per attendee, no blank backs: card stock goes through the printer one side at a time.
    const doc = await mergePdfs(certificates);
    setMetadata(doc, { title: `${config.name[config.languages[0]!] ?? config.id} — ${label('certificate', config.languages)}`, author: config.organizers.join(', ') || config.id, lang: config.languages[0]!, creator: 'promokit', producer: 'promokit (Typst, pdf-lib)', date: new Date(maker.timestamp * 1000) });
    const path = join(dir, options.only ? `certificate-${attendees[0]!.slug}.pdf` : 'certificates.pdf');
    await writeFileAtomic(path, await savePdf(doc));
    certificatesOut = { attendee: '', path, pages: doc.getPageCount() };
  }
  return {
    packets,
    print,
    certificates: certificatesOut,
    failures: [...list.failures, ...maker.failures],
    ...(options.shard ? { shard: shardSummary(options.shard, 'attendee', everyone.map((a) => a.slug), attendees.length) } : {}),
  };
}
