// The options and results of `promokit packet` (buildPackets in packet.ts).
import type { BookletOptions } from '../assemble/booklet.js';
import type { Paper } from '../assemble/paper.js';
import type { PromokitError } from '../errors.js';
import type { CsvEncoding } from './csv-text.js';
import type { Shard, ShardSummary } from '../shard.js';

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
   * shards by slug). print.pdf and certificates.pdf hold every attendee, so a
   * shard makes neither (as with `only`).
   */
  shard?: Shard;
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
  /** certificates.pdf, with --certificates separate: one page per attendee. */
  certificates?: PacketOutput | undefined;
  failures: PromokitError[];
  /** With `shard`: which shard this was and how many packets it made. */
  shard?: ShardSummary;
}
