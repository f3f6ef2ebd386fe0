// The `/data.json` every packet template reads: the conference, the labels in
// every language, the language order and (for cover and certificate) the attendee.
import type { Paper } from '../assemble/paper.js';
import { dateParts } from '../model/dates.js';
import type { AgendaConfig } from '../model/schema.js';
import { certificateRecord } from '../records/certificate-record.js';
import { FONT_FAMILIES } from '../typeset/fonts.js';
import type { Attendee } from './attendees.js';

type Text = Record<string, string>;

export const LABELS: Record<string, Text> = {
  'packet-for': { es: 'Carpeta de', en: 'Packet of' },
  agenda: { es: 'Programa', en: 'Agenda' },
  time: { es: 'Hora', en: 'Time' },
  session: { es: 'Sesión', en: 'Session' },
  evaluation: { es: 'Evaluación', en: 'Evaluation' },
  'likert-help': {
    es: 'Marque un número: 1 = muy en desacuerdo, 5 = muy de acuerdo.',
    en: 'Mark a number: 1 = strongly disagree, 5 = strongly agree.',
  },
  certificate: { es: 'Constancia de asistencia', en: 'Certificate of attendance' },
  certifies: { es: 'Se otorga a', en: 'This certifies that' },
  provider: { es: 'Proveedor de educación continua', en: 'Continuing-education provider' },
  'provider-number': { es: 'Núm. de proveedor', en: 'Provider no.' },
  'approval-code': { es: 'Código de aprobación', en: 'Approval code' },
  'certificate-number': { es: 'Núm. de constancia', en: 'Certificate no.' },
  'certification-number': { es: 'Núm. de certificación', en: 'Certification no.' },
  'contact-hours': { es: 'Horas de contacto', en: 'Contact hours' },
  'completion-date': { es: 'Fecha de término', en: 'Completion date' },
  'course-title': { es: 'Curso', en: 'Course title' },
  verification: { es: 'Verificación', en: 'Verification' },
  instructor: { es: 'Instructor(a)', en: 'Instructor' },
  region: { es: 'Región', en: 'Region' },
  of: { es: 'de', en: 'of' },
  facilitators: { es: 'Facilitación', en: 'Facilitators' },
  'sessions-attended': { es: 'Sesiones', en: 'Sessions' },
};

/** A training's region ("Región 5 de 14"), modules and facilitators, for the cover and agenda; null for a conference. */
function trainingData(c: AgendaConfig, all: readonly string[]): object | null {
  if (c.kind !== 'training') return null;
  const region = Object.fromEntries(
    all.map((l) => {
      const word = fill(LABELS.region!, all)[l]!;
      return [l, typeof c.region === 'number' ? `${word} ${c.region}${c.regions ? ` ${fill(LABELS.of!, all)[l]} ${c.regions}` : ''}` : `${word}: ${c.region}`];
    }),
  );
  const facilitators = c.facilitators.map((f) => ({
    name: f.name,
    organization: f.organization ?? null,
    role: f.role === undefined ? null : fill(typeof f.role === 'string' ? { [all[0]!]: f.role } : f.role, all),
  }));
  return { region, modules: c.modules, facilitators };
}

/** Every language gets a value: the text's own, else English, else the first there is. */
export function fill(text: Text, langs: readonly string[]): Text {
  const out: Text = {};
  for (const l of langs) out[l] = text[l] ?? text.en ?? Object.values(text)[0] ?? '';
  return out;
}

/** A label in the first language of `langs`. */
export function label(key: string, langs: readonly string[]): string {
  return fill(LABELS[key]!, langs)[langs[0]!]!;
}

function longDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** What every packet template reads first, of any kind of event: title, languages, paper, fonts, date, labels. */
export function dataHead(name: Text, langs: readonly string[], all: readonly string[], attendee: Attendee | undefined, paper: Paper, timestamp: number, labels: Record<string, Text>): object {
  return {
    title: attendee ? `${name[langs[0]!]} — ${attendee.name}` : name[langs[0]!],
    langs,
    paper,
    fonts: FONT_FAMILIES,
    date: dateParts(timestamp),
    labels: Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, fill(v, all)])),
  };
}

/** The data every template reads, for one language order (and one attendee). */
export function packetData(c: AgendaConfig, langs: readonly string[], attendee: Attendee | undefined, paper: Paper, timestamp: number): object {
  const all = c.languages;
  const name = fill(c.name, all);
  const date = Object.fromEntries(all.map((l) => [l, longDate(c.date, l)]));
  const place = [c.venue.name, c.venue.city].filter(Boolean).join(', ');
  const record = attendee ? certificateRecord(c, attendee, (t) => fill(t, all)) : undefined;
  const hours = record?.hours ?? c.hours;
  return {
    ...dataHead(name, langs, all, attendee, paper, timestamp, LABELS),
    conference: {
      name,
      date,
      venue: { name: c.venue.name, address: c.venue.address ?? null, city: c.venue.city ?? null },
      organizers: c.organizers,
    },
    attendee: attendee ? { name: attendee.name, organization: attendee.organization ?? null, extra: attendee.extra } : null,
    training: trainingData(c, all),
    sessions: c.sessions.map((s) => ({ time: s.time, end: s.end ?? null, room: s.room ?? null, kind: s.kind, title: fill(s.title, all), speakers: s.speakers })),
    evaluation: { likert: (c.evaluation?.likert ?? []).map((t) => fill(t, all)), open: (c.evaluation?.open ?? []).map((t) => fill(t, all)) },
    certificate: {
      ...record,
      hours,
      signers: (c.certificate?.signers ?? []).map((s) => ({ name: s.name, role: fill(s.role, all) })),
      text: fill(
        {
          es: `por su asistencia a la ${name.es ?? name[all[0]!]}, con duración de ${hours} horas, el ${date.es ?? c.date} en ${place}.`,
          en: `attended the ${name.en ?? name[all[0]!]}, ${hours} hours, on ${date.en ?? c.date} in ${place}.`,
        },
        all,
      ),
    },
  };
}
