// The sign-in sheet of one session: the roster pre-printed (name and state
// certification number), columns for signature and time in/out, blank rows
// for walk-ins, the instructor's signature line; templates/signin.typ repeats
// the header on every page.
import type { AgendaConfig } from '../model/schema.js';
import { agendaSessions, type AgendaSession, type RecordAttendee } from './attendance.js';
import { CERTIFICATION_COLUMN } from './certificate-record.js';
import { fillText, recordPdf, type RecordSetting, type Text } from './record-page.js';

export const SIGNIN_LABELS: Record<string, Text> = {
  signin: { es: 'Hoja de registro de asistencia', en: 'Sign-in sheet' },
  session: { es: 'Sesión', en: 'Session' },
  date: { es: 'Fecha', en: 'Date' },
  time: { es: 'Horario', en: 'Time' },
  room: { es: 'Lugar', en: 'Room' },
  course: { es: 'Curso', en: 'Course' },
  instructor: { es: 'Instructor(a)', en: 'Instructor' },
  'instructor-signature': { es: 'Firma del instructor(a)', en: 'Instructor signature' },
  name: { es: 'Nombre', en: 'Name' },
  'certification-number': { es: 'Núm. de certificación', en: 'Certification no.' },
  signature: { es: 'Firma', en: 'Signature' },
  'time-in': { es: 'Entrada', en: 'Time in' },
  'time-out': { es: 'Salida', en: 'Time out' },
  provider: { es: 'Proveedor', en: 'Provider' },
  'approval-code': { es: 'Código de aprobación', en: 'Approval code' },
  page: { es: 'Página', en: 'Page' },
};

/** Blank rows for people who did not register: a fifth of the roster, at least 5. */
export const walkInRows = (registered: number): number => Math.max(5, Math.ceil(registered / 5));

/** Who is pre-printed on a session's sheet: those whose `sessions` column names it, or everyone without that column. */
export function sessionRoster(session: AgendaSession, attendees: readonly RecordAttendee[]): RecordAttendee[] {
  return attendees.filter((a) => !a.sessions || a.sessions.some((s) => s.toLowerCase() === session.id));
}

export function signinData(config: AgendaConfig, session: AgendaSession, attendees: readonly RecordAttendee[]): object {
  const roster = sessionRoster(session, attendees);
  const s = session.session;
  return {
    session: {
      id: session.id,
      title: fillText(s.title, config.languages),
      time: s.time,
      end: s.end ?? null,
      room: s.room ?? null,
      speakers: s.speakers,
    },
    provider: config.provider ? { name: config.provider.name, number: config.provider.number ?? null } : null,
    approval_code: config.approval_code ?? null,
    rows: roster.map((a) => ({ name: a.name, certification: a.extra[CERTIFICATION_COLUMN] ?? '' })),
    blank: walkInRows(roster.length),
  };
}

export interface SigninSheet {
  session: string;
  pdf: Uint8Array;
  /** Names pre-printed. */
  rows: number;
}

/** The templates of the sign-in sheet and the tests, which a file of that name beside the event file replaces. */
export const RECORD_TEMPLATES = ['signin.typ', 'pretest.typ'] as const;

/** One sheet per session that is not a break. */
export async function signinSheets(set: RecordSetting, attendees: readonly RecordAttendee[]): Promise<SigninSheet[]> {
  const sheets: SigninSheet[] = [];
  for (const session of agendaSessions(set.config)) {
    const title = `${fillText(SIGNIN_LABELS.signin!, set.config.languages)[set.config.languages[0]!]} — ${session.id}`;
    const data = signinData(set.config, session, attendees);
    sheets.push({ session: session.id, pdf: await recordPdf(set, 'signin.typ', title, SIGNIN_LABELS, data), rows: sessionRoster(session, attendees).length });
  }
  return sheets;
}
