// The options and results of `promokit packet` (buildPackets in packet.ts).
import type { BookletOptions } from '../assemble/booklet.js';
import type { Paper } from '../assemble/paper.js';
import type { PromokitError } from '../errors.js';
import type { CsvEncoding } from './csv-text.js';
import type { Shard, ShardSummary } from '../shard.js';
import type { RemoteCacheOptions } from '../cache/remote-cache.js';
import type { PacketStats } from './packet-typesetting.js';

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
  /** Print-shop output (bleed, crop marks, boxes, output intent; a booklet's sheets labelled): see src/assemble/press.ts. */
  press?: boolean;
  /** `separate`: the certificates go to certificates.pdf (card stock), not into the packets. Default `packet`. */
  certificates?: CertificatePlace;
  /** Keep the modules' facilitator notes and answer keys (a facilitator's packet). Default false. */
  facilitator?: boolean;
  sourceDateEpoch?: string;
  /**
   * Make only this shard's packets (src/shard.ts: attendees dealt round the
   * shards by slug). print.pdf holds every attendee, so a shard does not make
   * it (as with `only`); with certificates `separate`, a shard writes its own
   * attendees' to certificates.shard-<k>-of-<n>.pdf.
   */
  shard?: Shard;
  /** A shared HTTP cache behind <out>/.cache for what Typst and pandoc make (src/cache/remote-cache.ts). */
  remoteCache?: RemoteCacheOptions;
  onPacket?: (p: PacketOutput) => void;
  /** Called once the attendees are read, with how many packets will be made (for a progress display). */
  onAttendees?: (count: number) => void;
}

export const CERTIFICATE_PLACES = ['packet', 'separate'] as const;
export type CertificatePlace = (typeof CERTIFICATE_PLACES)[number];

export interface PacketOutput {
  attendee: string;
  path: string;
  pages: number;
}

export interface PacketResult {
  packets: PacketOutput[];
  print: PacketOutput | undefined;
  /**
   * With --certificates separate, the certificates file written: one page
   * per attendee (certificates.pdf; with `only` or `shard`, named for it).
   */
  certificates?: PacketOutput | undefined;
  failures: PromokitError[];
  /** What Typst and pandoc made and what was read from the cache (undefined when nothing was made). */
  stats?: PacketStats;
  /** Not failures: a remote cache that failed and was left. */
  warnings?: PromokitError[];
  /** With `shard`: which shard this was and how many packets it made. */
  shard?: ShardSummary;
}
