// The events an event.yaml (or conference.yaml) describes: a conference, a
// regional training (both with an agenda, attendees and certificates) and a
// binational exchange (days, site visits, travellers and hosts).
import type { z as Z } from 'zod';
import { IsoDate, LangCode, Languages, LocalizedText, ModuleRef, SectionId, TIME, z } from './schema-base.js';

const Session = z
  .object({
    /** Names the session in attendees.csv's `sessions` column; default `s1`, `s2`… by position. */
    id: SectionId.optional(),
    time: z.string().regex(TIME, 'a time of day like "09:30" (00:00–23:59)'),
    end: z.string().regex(TIME, 'a time of day like "10:15" (00:00–23:59)').optional(),
    room: z.string().optional(),
    kind: z.enum(['plenary', 'workshop', 'break']).default('workshop'),
    title: LocalizedText,
    speakers: z.array(z.string()).default([]),
    module: ModuleRef.optional(),
    slides: ModuleRef.optional(),
    pdf: z.string().optional(),
  })
  .strict();

/**
 * The parts of a packet, in their default order. The same list as
 * src/packets/parts/index.ts (model cannot import packets; a test compares them).
 */
export const PACKET_PART_NAMES = ['cover', 'agenda', 'handouts', 'evaluation', 'certificate'] as const;

export const CERTIFICATE_PROFILES = ['generic', 'texas-dshs', 'washington-doh', 'california-cdph'] as const;
export type CertificateProfile = (typeof CERTIFICATE_PROFILES)[number];

/** The kinds of event an event.yaml (or conference.yaml) describes; `kind:` says which, default conference. */
export const EVENT_KINDS = ['conference', 'exchange', 'training'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const EventId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a folder-style id: lowercase letters, digits and dashes');

/** What a conference and a regional training share: an agenda of sessions, attendees, certificates. */
const agendaFields = {
    $schema: z.string().optional(),
    id: EventId,
    name: LocalizedText,
    languages: Languages.default(['es', 'en']),
    date: IsoDate,
    venue: z
      .object({ name: z.string(), address: z.string().optional(), city: z.string().optional() })
      .strict(),
    organizers: z.array(z.string()).default([]),
    attendees: z.string().default('attendees.csv'),
    hours: z.number().positive(),
    sessions: z.array(Session).min(1),
    packet: z.array(z.enum(PACKET_PART_NAMES)).default([...PACKET_PART_NAMES]),
    evaluation: z
      .object({ likert: z.array(LocalizedText).default([]), open: z.array(LocalizedText).default([]) })
      .strict()
      .optional(),
    certificate: z
      .object({
        signers: z.array(z.object({ name: z.string(), role: LocalizedText }).strict()).default([]),
      })
      .strict()
      .optional(),
    /** Continuing-education provider (programme) and its number with the state. */
    provider: z.object({ name: z.string().min(1), number: z.string().min(1).optional() }).strict().optional(),
    /** Course or approval code the state gave this training. */
    approval_code: z.string().min(1).optional(),
    /** Which state's certificate fields (default generic: none) `check` requires (src/check/rules/certificate-profile.ts). */
    certificate_profile: z.enum(CERTIFICATE_PROFILES).optional(),
    /** Where a certificate can be verified: a URL or a phone line. */
    verification: z.string().min(1).optional(),
};

export const ConferenceConfig = z.object({ kind: z.literal('conference').default('conference'), ...agendaFields }).strict();
export type ConferenceConfig = Z.infer<typeof ConferenceConfig>;

/** A person of a training or an exchange: facilitator, traveller or host. */
const Person = z
  .object({
    name: z.string().min(1),
    organization: z.string().min(1).optional(),
    /** What they do on the trip or in the training, in the event's languages or one string. */
    role: z.union([z.string().min(1), LocalizedText]).optional(),
    phone: z.string().min(1).optional(),
    email: z.string().min(1).optional(),
    /** A traveller's packet puts this language first (default: the event's first). */
    language: LangCode.optional(),
  })
  .strict();
export type EventPerson = Z.infer<typeof Person>;

/** A regional training of a network: one region, its modules, its facilitators, an agenda as a conference has. */
export const TrainingConfig = z
  .object({
    kind: z.literal('training'),
    ...agendaFields,
    /** One of the network's regions: its number (5) or its name ("Valle Central"). */
    region: z.union([z.string().min(1), z.number().int().positive()]),
    /** How many regions the network has, when the region is a number (`region 5 of 14`). */
    regions: z.number().int().positive().optional(),
    /** The manual modules taught, `manual-id/NN-slug`. */
    modules: z.array(ModuleRef).min(1),
    facilitators: z.array(Person).min(1),
  })
  .strict();
export type TrainingConfig = Z.infer<typeof TrainingConfig>;

/** The events with an agenda, attendees, sign-in sheets and certificates. */
export type AgendaConfig = ConferenceConfig | TrainingConfig;

/** A site visit of an exchange: where, who hosts, what to look at and ask. */
const SiteVisit = z
  .object({
    /** Names the visit in a day's `visit:` items. */
    id: SectionId,
    place: LocalizedText,
    host: z.string().min(1),
    address: z.string().min(1),
    /** What to observe, each point in the event's languages. */
    observe: z.array(LocalizedText).min(1),
    /** Questions to ask the hosts. */
    questions: z.array(LocalizedText).default([]),
    /** The manual module it goes with, `manual-id/NN-slug`. */
    module: ModuleRef.optional(),
  })
  .strict();

const ItineraryItem = z
  .object({
    time: z.string().regex(TIME, 'a time of day like "09:30" (00:00–23:59)'),
    end: z.string().regex(TIME, 'a time of day like "10:15" (00:00–23:59)').optional(),
    what: LocalizedText,
    /** The id of a site visit this item is. */
    visit: SectionId.optional(),
  })
  .strict();

const ExchangeDay = z
  .object({
    date: IsoDate,
    title: LocalizedText,
    /** Where the group sleeps or is based that day. */
    place: z.string().min(1).optional(),
    items: z.array(ItineraryItem).min(1),
  })
  .strict();

/** The parts of an exchange packet, in their default order (src/packets/parts/index.ts has the same list). */
export const EXCHANGE_PART_NAMES = ['cover', 'itinerary', 'visits', 'contacts', 'modules', 'journal'] as const;

/** A binational exchange: days, site visits, travellers and hosts; a packet per traveller. */
export const ExchangeConfig = z
  .object({
    $schema: z.string().optional(),
    kind: z.literal('exchange'),
    id: EventId,
    name: LocalizedText,
    languages: Languages.default(['es', 'en']),
    /** Where the travellers come from and where they go: "California → Oaxaca". */
    route: z.string().min(1).optional(),
    organizers: z.array(z.string()).default([]),
    days: z.array(ExchangeDay).min(1).max(31),
    visits: z.array(SiteVisit).default([]),
    travellers: z.array(Person).min(1),
    hosts: z.array(Person).default([]),
    /** The manual modules the group reads for the visits, `manual-id/NN-slug`. */
    modules: z.array(ModuleRef).default([]),
    /** Questions on each day's reflection page (a default set when none). */
    reflection: z.array(LocalizedText).default([]),
    packet: z.array(z.enum(EXCHANGE_PART_NAMES)).default([...EXCHANGE_PART_NAMES]),
  })
  .strict();
export type ExchangeConfig = Z.infer<typeof ExchangeConfig>;

export type EventConfig = AgendaConfig | ExchangeConfig;

/** The schema of each kind, for event.yaml's `kind:`. */
export const EVENT_SCHEMAS = { conference: ConferenceConfig, exchange: ExchangeConfig, training: TrainingConfig } as const;
export type ConferenceSession = Z.infer<typeof Session>;
