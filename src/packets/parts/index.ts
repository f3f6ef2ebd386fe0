// The packet parts conference.yaml's `packet:` can list. A new part: copy
// agenda.ts (made once per language order) or cover.ts (made per attendee),
// give it its id, add it here and to the `packet` enum of
// src/model/schema.ts (a test checks the two lists are the same).
import { agenda } from './agenda.js';
import { certificate } from './certificate.js';
import { cover } from './cover.js';
import { evaluation } from './evaluation.js';
import { handouts } from './handouts.js';
import type { PacketPart } from './part.js';

export const PACKET_PARTS = [cover, agenda, handouts, evaluation, certificate] as const satisfies readonly PacketPart[];

export type PacketPartName = (typeof PACKET_PARTS)[number]['id'];

/** The templates a file beside conference.yaml may replace (preflight confines them to the project). */
export const PACKET_TEMPLATES: readonly string[] = PACKET_PARTS.flatMap((p: PacketPart) => (p.template ? [p.template] : []));

export function partNamed(id: string): PacketPart | undefined {
  return PACKET_PARTS.find((p) => p.id === id);
}
