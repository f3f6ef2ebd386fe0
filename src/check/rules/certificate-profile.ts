// Not a manual rule: the fields a state's continuing-education certificate
// needs, by conference.yaml's `certificate_profile`. The lists are our reading
// of the programme's notes on Texas DSHS, Washington DOH and California CDPH
// (docs/conference.md), to be confirmed against each state's rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveInsideProject } from '../../sources/inside-project.js';
import type { CertificateProfile } from '../../model/schema.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ConferenceRef } from '../../model/types.js';

export const id = 'certificate-profile';

/** A field a profile requires; its name is what the error says. */
export type Requirement =
  | 'provider.name'
  | 'provider.number'
  | 'approval_code'
  | 'certificate.signers'
  | 'attendees.certification_number'
  | 'assessment';

export const PROFILE_REQUIREMENTS: Record<CertificateProfile, readonly Requirement[]> = {
  generic: [],
  'texas-dshs': ['certificate.signers', 'assessment'],
  // Course title, hours and completion date are conference.yaml's name, hours and date, which it always has.
  'washington-doh': ['approval_code', 'certificate.signers', 'provider.name', 'provider.number'],
  'california-cdph': ['provider.name', 'provider.number', 'approval_code', 'attendees.certification_number', 'certificate.signers'],
};

const WHAT: Record<Requirement, string> = {
  'provider.name': 'the provider\'s name (provider: { name })',
  'provider.number': 'the provider number (provider: { number })',
  approval_code: 'the course approval code (approval_code)',
  'certificate.signers': 'an instructor who signs (certificate: { signers })',
  'attendees.certification_number': 'a "certification_number" column in the attendees CSV',
  assessment: 'a pre/post test: an #assessment section with numbered questions in the module of every session',
};

export interface ProfileInputs {
  /** The header row of the attendees CSV, or undefined when it cannot be read (conference-reference says why). */
  attendeeColumns: readonly string[] | undefined;
  /** The attendees CSV, relative to the root. */
  attendeesFile: string;
  /** Each module's sections per language: only the assessment's list matters here. */
  manuals: readonly AssessmentOutline[];
}

/** What the profile check reads of a manual (a Manual has it). */
export interface AssessmentOutline {
  id: string;
  modules: readonly { id: string; files: Partial<Record<string, { sections: readonly { id: string | undefined; listItems: number }[] }>> }[];
}

/** Modules of the conference's sessions without numbered assessment questions in the first language. */
function untestedModules(conf: ConferenceRef, manuals: readonly AssessmentOutline[]): string[] {
  const config = conf.config!;
  const lang = config.languages[0]!;
  const refs = config.sessions.flatMap((s) => (s.module ? [s.module] : []));
  return refs.filter((ref) => {
    const [manualId, moduleId] = ref.split('/');
    const file = manuals.find((m) => m.id === manualId)?.modules.find((m) => m.id === moduleId)?.files[lang];
    return !file?.sections.some((s) => s.id === 'assessment' && s.listItems > 0);
  });
}

export function checkCertificateProfile(conf: ConferenceRef, inputs: ProfileInputs): Diagnostic[] {
  const config = conf.config;
  if (!config) return [];
  const profile = config.certificate_profile ?? 'generic';
  const line = conf.lineOf(['certificate_profile']);
  const out: Diagnostic[] = [];
  const missing = (req: Requirement, extra = '', file = conf.configFile, at = line): void => {
    out.push({ rule: id, severity: 'error', file, line: at, message: `certificate_profile ${profile} requires ${req}: ${WHAT[req]}${extra}` });
  };
  for (const req of PROFILE_REQUIREMENTS[profile]) {
    if (req === 'provider.name' && !config.provider?.name) missing(req);
    if (req === 'provider.number' && !config.provider?.number) missing(req);
    if (req === 'approval_code' && !config.approval_code) missing(req);
    if (req === 'certificate.signers' && !config.certificate?.signers.length) missing(req);
    if (req === 'attendees.certification_number' && inputs.attendeeColumns && !inputs.attendeeColumns.includes('certification_number')) {
      missing(req, ` (it has: ${inputs.attendeeColumns.join(', ')})`, inputs.attendeesFile, 1);
    }
    if (req === 'assessment') {
      if (!config.sessions.some((s) => s.module)) missing(req, '; no session has a module');
      for (const ref of untestedModules(conf, inputs.manuals)) missing(req, `; ${join('manuals', ref)} has none`);
    }
  }
  return out;
}

/** The lower-case header of the attendees CSV, if it is inside the project and readable. */
export function readAttendeeColumns(conf: ConferenceRef, root: string): string[] | undefined {
  const config = conf.config;
  if (!config) return undefined;
  const r = resolveInsideProject(root, conf.dir, config.attendees);
  if ('outside' in r) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(r.path);
  } catch {
    return undefined;
  }
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8');
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const bare = header.replace(/"[^"]*"/g, '');
  const sep = (bare.match(/;/g)?.length ?? 0) > (bare.match(/,/g)?.length ?? 0) ? ';' : ',';
  return header.split(sep).map((c) => c.replace(/^\s*"|"\s*$/g, '').trim().toLowerCase());
}
