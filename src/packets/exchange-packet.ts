// An exchange's packets: one per traveller (event.yaml lists them; there is
// no attendees CSV), with the parts its `packet:` lists (parts/index.ts,
// EXCHANGE_PARTS). Only the organiser's templates beside event.yaml are
// files to confine; a bad one means nothing is written.
import { UsageError, type PromokitError } from '../errors.js';
import type { ExchangeConfig } from '../model/schema.js';
import type { ConferenceRef, Project } from '../model/types.js';
import type { Attendee } from './attendees.js';
import { exchangeData } from './exchange-data.js';
import type { PacketOptions } from './options.js';
import type { PreparedEvent } from './prepared-event.js';
import { EXCHANGE_TEMPLATES, exchangePartNamed } from './parts/index.js';
import type { PacketPart } from './parts/part.js';
import { confineTemplates } from './preflight.js';
import { assignSlugs } from './slugs.js';

/** The travellers as attendees: each gets a packet, named by a unique slug; the line is theirs in event.yaml. */
export function travellers(conf: ConferenceRef, c: ExchangeConfig): Attendee[] {
  const slugs = assignSlugs(c.travellers.map((t) => t.name));
  return c.travellers.map((t, i) => ({
    name: t.name,
    slug: slugs[i]!,
    language: t.language && c.languages.includes(t.language) ? t.language : undefined,
    organization: t.organization,
    email: t.email,
    sessions: undefined,
    extra: Object.fromEntries(Object.entries({ phone: t.phone, role: typeof t.role === 'string' ? t.role : undefined }).filter((e): e is [string, string] => e[1] !== undefined)),
    line: conf.lineOf(['travellers', i]),
  }));
}

export function exchangeParts(c: ExchangeConfig): PacketPart<ExchangeConfig>[] {
  return [...new Set(c.packet)].map((id) => {
    const part = exchangePartNamed(id);
    // The schema's enum and the parts list are the same (tests/packets/parts.test.ts).
    if (!part) throw new Error(`exchange packet part "${id}" is in the schema but not in src/packets/parts/index.ts`);
    return part;
  });
}

export function prepareExchange(project: Project, conf: ConferenceRef, config: ExchangeConfig, options: PacketOptions): PreparedEvent<ExchangeConfig> | PromokitError[] {
  if (options.attendeesFile) throw new UsageError(`--attendees: an exchange's travellers are listed in ${conf.configFile}, not in a CSV`);
  const { templates, failures } = confineTemplates(project.root, conf, EXCHANGE_TEMPLATES);
  if (failures.length) return failures;
  return {
    config,
    parts: exchangeParts(config),
    files: { decks: new Map(), templates, attendees: undefined },
    attendees: travellers(conf, config),
    attendeesFile: conf.configFile,
    failures: [],
    date: config.days[0]!.date,
    data: (langs, attendee, paper, timestamp) => exchangeData(config, langs, attendee, paper, timestamp),
  };
}
