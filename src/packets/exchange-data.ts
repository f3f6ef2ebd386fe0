// The `/data.json` of an exchange's packet templates (itinerary, site-visit
// guides, contacts, reflection journal; the cover is the conference's): the
// days with their dates in every language, the visits with the day they fall
// on, the people, and the labels. Everything user-written stays text in JSON.
import type { Paper } from '../assemble/paper.js';
import type { EventPerson, ExchangeConfig } from '../model/schema.js';
import type { Attendee } from './attendees.js';
import { dataHead, fill, LABELS } from './packet-data.js';

type Text = Record<string, string>;

export const EXCHANGE_LABELS: Record<string, Text> = {
  'packet-for': LABELS['packet-for']!,
  itinerary: { es: 'Itinerario', en: 'Itinerary' },
  day: { es: 'Día', en: 'Day' },
  time: { es: 'Hora', en: 'Time' },
  activity: { es: 'Actividad', en: 'Activity' },
  'site-visit': { es: 'Visita', en: 'Site visit' },
  guide: { es: 'Guía de la visita', en: 'Site-visit guide' },
  host: { es: 'Organización anfitriona', en: 'Host organisation' },
  address: { es: 'Dirección', en: 'Address' },
  when: { es: 'Cuándo', en: 'When' },
  observe: { es: 'Qué observar', en: 'What to observe' },
  questions: { es: 'Preguntas para hacer', en: 'Questions to ask' },
  notes: { es: 'Mis notas', en: 'My notes' },
  reading: { es: 'Para leer antes', en: 'Read before' },
  contacts: { es: 'Contactos', en: 'Contacts' },
  travellers: { es: 'Quienes viajan', en: 'Travellers' },
  hosts: { es: 'Quienes nos reciben', en: 'Hosts' },
  name: { es: 'Nombre', en: 'Name' },
  organization: { es: 'Organización', en: 'Organisation' },
  role: { es: 'Papel', en: 'Role' },
  phone: { es: 'Teléfono', en: 'Phone' },
  emergency: { es: 'En una emergencia, llame primero a quien coordina el viaje.', en: 'In an emergency, call the trip coordinator first.' },
  reflection: { es: 'Diario de reflexión', en: 'Reflection journal' },
};

/** Questions on each day's reflection page when the exchange lists none. */
export const DEFAULT_REFLECTION: Text[] = [
  { es: '¿Qué vi hoy que me sorprendió?', en: 'What did I see today that surprised me?' },
  { es: '¿Qué hacen aquí que podríamos hacer en mi comunidad?', en: 'What do they do here that we could do in my community?' },
  { es: '¿Qué pregunta me llevo para mañana?', en: 'What question do I take into tomorrow?' },
];

const longDate = (iso: string, lang: string): string =>
  new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** "9–11 de marzo de 2026": the first and last day, as the language writes a range. */
export function dateRange(first: string, last: string, lang: string): string {
  const f = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const a = new Date(`${first}T00:00:00Z`);
  return first === last ? f.format(a) : f.formatRange(a, new Date(`${last}T00:00:00Z`));
}

function person(p: EventPerson, langs: readonly string[]): object {
  const role = p.role === undefined ? null : fill(typeof p.role === 'string' ? { [langs[0]!]: p.role } : p.role, langs);
  return { name: p.name, organization: p.organization ?? null, role, phone: p.phone ?? null, email: p.email ?? null };
}

/** The day (index) and item of each visit's first mention in the itinerary. */
function visitTimes(c: ExchangeConfig): Map<string, { day: number; time: string; end: string | null }> {
  const at = new Map<string, { day: number; time: string; end: string | null }>();
  c.days.forEach((d, day) => {
    for (const it of d.items) if (it.visit && !at.has(it.visit)) at.set(it.visit, { day, time: it.time, end: it.end ?? null });
  });
  return at;
}

/** The data every exchange template reads, for one language order (and one traveller, for the cover). */
export function exchangeData(c: ExchangeConfig, langs: readonly string[], attendee: Attendee | undefined, paper: Paper, timestamp: number): object {
  const all = c.languages;
  const name = fill(c.name, all);
  const first = c.days[0]!.date;
  const last = c.days.at(-1)!.date;
  const dayDates = c.days.map((d) => Object.fromEntries(all.map((l) => [l, longDate(d.date, l)])));
  const times = visitTimes(c);
  const visits = c.visits.map((v, i) => {
    const t = times.get(v.id);
    return {
      id: v.id,
      n: i + 1,
      place: fill(v.place, all),
      host: v.host,
      address: v.address,
      observe: v.observe.map((o) => fill(o, all)),
      questions: v.questions.map((q) => fill(q, all)),
      module: v.module ?? null,
      when: t ? { day: t.day + 1, date: dayDates[t.day], time: t.time, end: t.end } : null,
    };
  });
  const place = (id: string | undefined): object | null => {
    const v = visits.find((x) => x.id === id);
    return v ? { n: v.n, place: v.place, host: v.host } : null;
  };
  return {
    ...dataHead(name, langs, all, attendee, paper, timestamp, EXCHANGE_LABELS),
    // What cover.typ (and packet-lib.typ) read of any event.
    conference: {
      name,
      date: Object.fromEntries(all.map((l) => [l, dateRange(first, last, l)])),
      venue: { name: c.route ?? c.days[0]!.place ?? '', address: null, city: null },
      organizers: c.organizers,
    },
    attendee: attendee ? { name: attendee.name, organization: attendee.organization ?? null, extra: attendee.extra } : null,
    exchange: {
      route: c.route ?? null,
      days: c.days.map((d, i) => ({
        n: i + 1,
        date: dayDates[i],
        title: fill(d.title, all),
        place: d.place ?? null,
        items: d.items.map((it) => ({ time: it.time, end: it.end ?? null, what: fill(it.what, all), visit: place(it.visit) })),
      })),
      visits,
      travellers: c.travellers.map((p) => person(p, all)),
      hosts: c.hosts.map((p) => person(p, all)),
      reflection: (c.reflection.length ? c.reflection : DEFAULT_REFLECTION).map((q) => fill(q, all)),
    },
  };
}
