// What one kind of event (conference or training, exchange) hands the packet
// maker of packet.ts: its parts and their data, and who gets a packet.
import type { Paper } from '../assemble/paper.js';
import type { PromokitError } from '../errors.js';
import type { EventConfig } from '../model/schema.js';
import type { Attendee } from './attendees.js';
import type { PacketPart } from './parts/part.js';
import type { ConferenceFiles } from './preflight.js';

/** What one kind of event hands the packet maker: its parts, their data, who gets a packet. */
export interface PreparedEvent<C extends EventConfig> {
  config: C;
  parts: PacketPart<C>[];
  files: ConferenceFiles;
  attendees: Attendee[];
  /** Where the attendees come from, for messages (a CSV, or the event file). */
  attendeesFile: string;
  /** Rows of the attendees CSV left out, with why. */
  failures: PromokitError[];
  /** The day the packet is dated (the event's first). */
  date: string;
  data(langs: readonly string[], attendee: Attendee | undefined, paper: Paper, timestamp: number): object;
}
