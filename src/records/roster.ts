// Records out: who attended what, with contact hours and certificate numbers,
// as CSV or JSON for the programme's records and the state's reporting.
import type { AgendaConfig } from '../model/schema.js';
import { attendanceOf, type RecordAttendee } from './attendance.js';
import { certificateNumber } from './certificate-number.js';

export interface RosterEntry {
  name: string;
  certificate_number: string;
  hours: number;
  sessions: string[];
  /** Every pass-through column of the attendees CSV (certification_number, organisation, region…). */
  extra: Record<string, string>;
}

export interface Roster {
  event: string;
  date: string;
  provider: { name: string; number: string | null } | null;
  approval_code: string | null;
  attendees: RosterEntry[];
}

export function roster(config: AgendaConfig, attendees: readonly RecordAttendee[]): Roster {
  return {
    event: config.id,
    date: config.date,
    provider: config.provider ? { name: config.provider.name, number: config.provider.number ?? null } : null,
    approval_code: config.approval_code ?? null,
    attendees: attendees.map((a) => {
      const att = attendanceOf(config, a);
      return { name: a.name, certificate_number: certificateNumber(config.id, a.slug), hours: att.hours, sessions: att.sessions.map((s) => s.id), extra: { ...a.extra } };
    }),
  };
}

const cell = (s: string): string => (/[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One row per attendee; sessions joined with spaces; then every extra column any attendee has. */
export function rosterCsv(r: Roster): string {
  const extras = [...new Set(r.attendees.flatMap((a) => Object.keys(a.extra)))].sort();
  const head = ['name', 'certificate_number', 'hours', 'sessions', 'event', 'date', 'approval_code', ...extras];
  const lines = r.attendees.map((a) => [a.name, a.certificate_number, String(a.hours), a.sessions.join(' '), r.event, r.date, r.approval_code ?? '', ...extras.map((e) => a.extra[e] ?? '')].map(cell).join(','));
  return `${[head.join(','), ...lines].join('\n')}\n`;
}
