// What a CE-grade certificate states beyond the attendance line: provider and
// number, approval code, the sessions attended with their hours, total contact
// hours, the certificate number, the participant's certification number and
// where to verify it. Packets' certificate.typ reads it as data.certificate.
import type { AgendaConfig } from '../model/schema.js';
import { attendanceOf, type RecordAttendee } from './attendance.js';
import { certificateNumber } from './certificate-number.js';

/** The attendees.csv column that holds the participant's state certification number. */
export const CERTIFICATION_COLUMN = 'certification_number';

export interface CertificateRecord {
  profile: string;
  number: string;
  provider: { name: string; number: string | null } | null;
  approval_code: string | null;
  verification: string | null;
  certification_number: string | null;
  completion_date: string;
  hours: number;
  sessions: { id: string; time: string; end: string | null; title: Record<string, string>; hours: number }[];
}

export function certificateRecord(config: AgendaConfig, attendee: RecordAttendee, fill: (t: Record<string, string>) => Record<string, string>): CertificateRecord {
  const attended = attendanceOf(config, attendee);
  return {
    profile: config.certificate_profile ?? 'generic',
    number: certificateNumber(config.id, attendee.slug),
    provider: config.provider ? { name: config.provider.name, number: config.provider.number ?? null } : null,
    approval_code: config.approval_code ?? null,
    verification: config.verification ?? null,
    certification_number: attendee.extra[CERTIFICATION_COLUMN] ?? null,
    completion_date: config.date,
    hours: attended.hours,
    // Without a `sessions` column the list is the agenda, which may hold parallel sessions: not itemised.
    sessions: attendee.sessions
      ? attended.sessions.map((s) => ({ id: s.id, time: s.session.time, end: s.session.end ?? null, title: fill(s.session.title), hours: s.minutes / 60 }))
      : [],
  };
}
