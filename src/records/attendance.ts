// Contact hours from the agenda: each session lasts from its time to its end
// (or, without an end, to the next session's start). An attendee with a
// `sessions` column is credited the sessions listed there; without that
// column, every session but breaks (and then the total is conference.yaml's
// `hours`, since parallel sessions cannot all be attended).
import type { AgendaConfig, ConferenceSession } from '../model/schema.js';

/** What an attendee is, for the records: the fields they read (structurally, packets' Attendee). */
export interface RecordAttendee {
  readonly name: string;
  readonly slug: string;
  readonly sessions: readonly string[] | undefined;
  readonly extra: Readonly<Record<string, string>>;
}

export interface AgendaSession {
  id: string;
  index: number;
  session: ConferenceSession;
  /** Minutes of teaching it counts for. */
  minutes: number;
}

const minutesOf = (t: string): number => {
  const [h, m] = t.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** A session's id: its own, else `s` and its 1-based position in the list. */
export const sessionId = (s: ConferenceSession, index: number): string => s.id ?? `s${index + 1}`;

/** Every session that is not a break, with its id and length. */
export function agendaSessions(config: AgendaConfig): AgendaSession[] {
  return config.sessions.flatMap((s, index) => {
    if (s.kind === 'break') return [];
    const next = config.sessions[index + 1];
    const end = s.end ?? (next && minutesOf(next.time) > minutesOf(s.time) ? next.time : undefined);
    const minutes = end ? Math.max(0, minutesOf(end) - minutesOf(s.time)) : 0;
    return [{ id: sessionId(s, index), index, session: s, minutes }];
  });
}

export interface Attendance {
  sessions: AgendaSession[];
  /** Contact hours, to the quarter hour. */
  hours: number;
  /** Ids in the attendee's `sessions` column that name no session. */
  unknown: string[];
}

const quarter = (minutes: number): number => Math.round(minutes / 15) / 4;

export function attendanceOf(config: AgendaConfig, attendee: Pick<RecordAttendee, 'sessions'>): Attendance {
  const all = agendaSessions(config);
  if (!attendee.sessions) return { sessions: all, hours: config.hours, unknown: [] };
  const wanted = new Set(attendee.sessions.map((s) => s.toLowerCase()));
  const sessions = all.filter((s) => wanted.has(s.id));
  const known = new Set(all.map((s) => s.id));
  return { sessions, hours: quarter(sessions.reduce((n, s) => n + s.minutes, 0)), unknown: [...wanted].filter((id) => !known.has(id)) };
}
