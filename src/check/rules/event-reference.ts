// Not a manual rule: what `check` finds in a training's or an exchange's
// event file beyond its schema. Modules it names that are not there; for an
// exchange, days out of order, itinerary items naming a visit that does not
// exist, visits never on the itinerary, and texts missing one of the event's
// languages (a bilingual guide with a blank half); for every event with an
// agenda, a session that ends before it starts; a conference.yaml left
// beside an event.yaml.
import { basename, join } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { AgendaConfig, ExchangeConfig } from '../../model/schema.js';
import type { ConferenceRef } from '../../model/types.js';

export const id = 'event-reference';
export const LANGUAGE_RULE = 'event-language-missing';

type Exists = (abs: string) => boolean;
type Path = (string | number)[];

const minutes = (t: string): number => {
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
};

/** A `manual-id/NN-slug` that has no manual or no module folder: why, else undefined. */
export function moduleProblem(ref: string, root: string, exists: Exists): string | undefined {
  const [manual, mod] = ref.split('/') as [string, string];
  if (!exists(join(root, 'manuals', manual, 'manual.yaml'))) return `module ${ref}: there is no manual "${manual}" in manuals/`;
  if (!exists(join(root, 'manuals', manual, 'modules', mod))) return `module ${ref}: manual "${manual}" has no module folder ${mod}`;
  return undefined;
}

export function checkEventReferences(conf: ConferenceRef, root: string, exists: Exists): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (path: Path, message: string, severity: 'error' | 'warning' = 'error', rule = id): void => {
    out.push({ rule, severity, file: conf.configFile, line: conf.lineOf(path), message });
  };
  const moduleAt = (ref: string, path: Path): void => {
    const problem = moduleProblem(ref, root, exists);
    if (problem) report(path, problem);
  };
  // Both files: event.yaml is read, and an edit to conference.yaml would change nothing.
  if (basename(conf.configFile) === 'event.yaml' && exists(join(conf.dir, 'conference.yaml'))) {
    out.push({ rule: id, severity: 'warning', file: `${conf.relDir}/conference.yaml`, line: 1, message: 'conference.yaml is not read: event.yaml beside it describes the event; delete one of them' });
  }
  if (conf.config) agendaProblems(conf.config, report, moduleAt);
  if (conf.exchange) exchangeProblems(conf.exchange, report, moduleAt);
  return out;
}

type Report = (path: Path, message: string, severity?: 'error' | 'warning', rule?: string) => void;

function agendaProblems(c: AgendaConfig, report: Report, moduleAt: (ref: string, path: Path) => void): void {
  c.sessions.forEach((s, i) => {
    if (s.end && minutes(s.end) <= minutes(s.time)) report(['sessions', i, 'end'], `sessions[${i}] ends at ${s.end}, not after it starts (${s.time})`);
  });
  if (c.kind !== 'training') return;
  c.modules.forEach((ref, i) => moduleAt(ref, ['modules', i]));
  c.sessions.forEach((s, i) => {
    if (s.module && !c.modules.includes(s.module)) report(['sessions', i, 'module'], `sessions[${i}] teaches ${s.module}, which is not in the training's modules (${c.modules.join(', ')})`, 'warning');
  });
  if (typeof c.region === 'number' && c.regions !== undefined && c.region > c.regions) report(['region'], `region ${c.region} is more than the network's ${c.regions} regions`);
}

function exchangeProblems(c: ExchangeConfig, report: Report, moduleAt: (ref: string, path: Path) => void): void {
  const ids = new Set<string>();
  c.visits.forEach((v, i) => {
    if (ids.has(v.id)) report(['visits', i, 'id'], `visits[${i}]: the id "${v.id}" is used by an earlier visit`);
    ids.add(v.id);
    if (v.module) moduleAt(v.module, ['visits', i, 'module']);
  });
  c.modules.forEach((ref, i) => moduleAt(ref, ['modules', i]));
  const used = new Set<string>();
  c.days.forEach((d, i) => {
    const before = c.days[i - 1]?.date;
    if (before !== undefined && d.date <= before) report(['days', i, 'date'], `days[${i}] is ${d.date}, not after the day before it (${before})`);
    d.items.forEach((it, j) => {
      if (it.visit) {
        used.add(it.visit);
        if (!ids.has(it.visit)) report(['days', i, 'items', j, 'visit'], `days[${i}].items[${j}]: there is no visit with id "${it.visit}" in visits`);
      }
      if (it.end && minutes(it.end) <= minutes(it.time)) report(['days', i, 'items', j, 'end'], `days[${i}].items[${j}] ends at ${it.end}, not after it starts (${it.time})`);
      const prev = d.items[j - 1];
      if (prev && minutes(it.time) < minutes(prev.time)) report(['days', i, 'items', j, 'time'], `days[${i}].items[${j}] starts at ${it.time}, before the item above it (${prev.time})`, 'warning');
    });
  });
  c.visits.forEach((v, i) => {
    if (!used.has(v.id)) report(['visits', i], `visit "${v.id}" is on no day of the itinerary (add an item with visit: ${v.id})`, 'warning');
  });
  const texts: [Path, Record<string, string>][] = [
    [['name'], c.name],
    ...c.days.flatMap((d, i): [Path, Record<string, string>][] => [[['days', i, 'title'], d.title], ...d.items.map((it, j): [Path, Record<string, string>] => [['days', i, 'items', j, 'what'], it.what])]),
    ...c.visits.flatMap((v, i): [Path, Record<string, string>][] => [
      [['visits', i, 'place'], v.place],
      ...v.observe.map((o, j): [Path, Record<string, string>] => [['visits', i, 'observe', j], o]),
      ...v.questions.map((q, j): [Path, Record<string, string>] => [['visits', i, 'questions', j], q]),
    ]),
    ...c.reflection.map((q, j): [Path, Record<string, string>] => [['reflection', j], q]),
  ];
  for (const [path, text] of texts) {
    const missing = c.languages.filter((l) => !text[l]);
    if (missing.length) report(path, `${path.join('.')} has no ${missing.join(', ')} text; the packet shows another language there`, 'warning', LANGUAGE_RULE);
  }
}
