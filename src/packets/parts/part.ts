// What a packet part is: pages for one language order, made either for each
// attendee or once and shared by every attendee with that order (and then
// stored once in print.pdf). Each part is one file of this folder, listed in
// index.ts; the event file's `packet:` says which go in, in which order. A
// part reads the config of its kind of event (C): a conference or training,
// or an exchange; the cover reads any.
import type { MergePart, SheetRule } from '../../assemble/merge.js';
import type { PromokitError } from '../../errors.js';
import type { AgendaConfig, EventConfig } from '../../model/schema.js';
import type { ConferenceRef, Project } from '../../model/types.js';
import type { Attendee } from '../attendees.js';
import type { PacketOptions } from '../options.js';
import type { PacketTypesetting } from '../packet-typesetting.js';
import type { ConferenceFiles } from '../preflight.js';

export interface PartContext<C extends EventConfig = AgendaConfig> {
  readonly project: Project;
  readonly conf: ConferenceRef;
  readonly config: C;
  readonly options: PacketOptions;
  /** The files the event file leads to, confined to the project (preflight.ts). */
  readonly files: ConferenceFiles;
  /** The packet's date, seconds since the epoch. */
  readonly timestamp: number;
  /**
   * A page of a packet template (the organiser's, when there is one beside
   * the event file); `extra` is added to its data (the visit or day a page is about).
   */
  page(template: string, langs: readonly string[], attendee: Attendee | undefined, extra?: object): Promise<Uint8Array>;
  /** The build cache (with the remote one behind it) for module pages and decks, and what was set or read. */
  readonly typesetting: PacketTypesetting;
  /** Something left out of the packets; reported once, however many packets miss it. */
  report(failure: PromokitError): void;
}

interface PartBase {
  /** Its name in the event file's `packet:` list. */
  readonly id: string;
  /** The Typst template it is set from, if any: a file of that name beside the event file replaces ours. */
  readonly template?: string;
  /** `alone`: a part that leaves the packet (handed in, framed) starts on a front page, on sheets of its own. */
  readonly sheet?: Extract<SheetRule, 'alone'>;
  /** False for pages that carry no page number (the cover, the certificate); they still count. */
  readonly numbered?: false;
}

/** Made for each attendee (cover, certificate). */
export interface AttendeePart<C extends EventConfig = AgendaConfig> extends PartBase {
  readonly perAttendee: true;
  make(ctx: PartContext<C>, langs: readonly string[], attendee: Attendee): Promise<MergePart[]>;
}

/** Made once per language order, the same for every attendee (agenda, handouts, evaluation). */
export interface SharedPart<C extends EventConfig = AgendaConfig> extends PartBase {
  readonly perAttendee: false;
  make(ctx: PartContext<C>, langs: readonly string[]): Promise<MergePart[]>;
}

export type PacketPart<C extends EventConfig = AgendaConfig> = AttendeePart<C> | SharedPart<C>;
