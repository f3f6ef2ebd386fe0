// The packet parts an event file's `packet:` can list: PACKET_PARTS for a
// conference or training, EXCHANGE_PARTS for an exchange. A new part: copy
// agenda.ts (made once per language order) or cover.ts (made per attendee),
// give it its id, add it here and to the `packet` enum of its kind in
// src/model/event-schema.ts (a test checks the lists are the same).
import type { EventConfig, ExchangeConfig } from '../../model/schema.js';
import { agenda } from './agenda.js';
import { certificate } from './certificate.js';
import { contacts } from './contacts.js';
import { cover } from './cover.js';
import { evaluation } from './evaluation.js';
import { handouts } from './handouts.js';
import { itinerary } from './itinerary.js';
import { journal } from './journal.js';
import type { PacketPart } from './part.js';
import { reading } from './reading.js';
import { visits } from './site-visits.js';

export const PACKET_PARTS = [cover, agenda, handouts, evaluation, certificate] as const satisfies readonly PacketPart[];

export const EXCHANGE_PARTS = [cover, itinerary, visits, contacts, reading, journal] as const satisfies readonly PacketPart<ExchangeConfig>[];

export type PacketPartName = (typeof PACKET_PARTS)[number]['id'];

const templatesOf = (parts: readonly PacketPart<EventConfig>[]): string[] => parts.flatMap((p) => (p.template ? [p.template] : []));

/** The templates a file beside the event file may replace (preflight confines them to the project). */
export const PACKET_TEMPLATES: readonly string[] = templatesOf(PACKET_PARTS);
export const EXCHANGE_TEMPLATES: readonly string[] = templatesOf(EXCHANGE_PARTS);

export function partNamed(id: string): PacketPart | undefined {
  return PACKET_PARTS.find((p) => p.id === id);
}

export function exchangePartNamed(id: string): PacketPart<ExchangeConfig> | undefined {
  return EXCHANGE_PARTS.find((p) => p.id === id);
}
