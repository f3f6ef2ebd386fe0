// A conference for the records tests, built here: two sessions and a break,
// a provider, an approval code, signers; attendees with pass-through columns.
import { ConferenceConfig } from '../../src/model/schema.js';
import type { ConferenceRef } from '../../src/model/types.js';
import { parseAttendees, type Attendee } from '../../src/packets/attendees.js';

export function conference(extra: Record<string, unknown> = {}): ConferenceConfig {
  return ConferenceConfig.parse({
    id: 'encuentro-2027',
    name: { es: 'Encuentro Regional de Promotoras 2027', en: '2027 Regional Promotoras Meeting' },
    languages: ['es', 'en'],
    date: '2027-03-06',
    venue: { name: 'Salón Ejidal', city: 'Tucson, Arizona' },
    organizers: ['Red de Ejemplo'],
    hours: 3,
    sessions: [
      { id: 'calor', time: '09:00', end: '10:30', title: { es: 'El calor en el campo', en: 'Heat in the fields' }, speakers: ['Rosa Ibarra Luna'], module: 'trabajo/01-calor' },
      { time: '10:30', end: '10:45', kind: 'break', title: { es: 'Descanso', en: 'Break' } },
      { id: 'agua', time: '10:45', end: '12:15', title: { es: 'Agua y descanso', en: 'Water and rest' }, speakers: ['Luis Peña'] },
    ],
    certificate: { signers: [{ name: 'Rosa Ibarra Luna', role: { es: 'Instructora', en: 'Instructor' } }] },
    provider: { name: 'Red de Ejemplo', number: 'PRV-4471' },
    approval_code: 'APR-2027-15',
    verification: 'https://example.org/v',
    ...extra,
  });
}

export function attendees(csv: string, config: ConferenceConfig): Attendee[] {
  const list = parseAttendees(csv, 'attendees.csv', config.languages);
  if (list.failures.length) throw list.failures[0];
  return list.attendees;
}

export const CSV = [
  'name,language,certification_number,region,sessions',
  'Ana López Ruiz,es,CHW-1001,Norte,calor agua',
  'Beatriz Soto,en,CHW-1002,Sur,agua',
  'Carmen Díaz,es,CHW-1003,Norte,',
].join('\n');

/** A ConferenceRef for the check rule: line N of field N in a fake YAML. */
export function ref(config: ConferenceConfig): ConferenceRef {
  return {
    id: config.id,
    dir: '/p/manuals/encuentro-2027',
    relDir: 'manuals/encuentro-2027',
    configFile: 'manuals/encuentro-2027/conference.yaml',
    config,
    lineOf: (path) => (path[0] === 'certificate_profile' ? 7 : 1),
  };
}
