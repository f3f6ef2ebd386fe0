// CE-grade certificates: every field a profile requires is on the PDF, a
// missing one is a check error naming it, numbers are unique and stable.
import { describe, expect, it } from 'vitest';
import { checkCertificateProfile, PROFILE_REQUIREMENTS } from '../../src/check/rules/certificate-profile.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadProject } from '../../src/model/load-project.js';
import { CERTIFICATE_PROFILES } from '../../src/model/schema.js';
import { packetData } from '../../src/packets/packet-data.js';
import { templatePage } from '../../src/packets/template-page.js';
import { attendanceOf } from '../../src/records/attendance.js';
import { certificateNumber } from '../../src/records/certificate-number.js';
import { eventTimestamp } from '../../src/records/record-page.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { readPages, textRunFonts } from '../editions/pdf-read.js';
import { attendees, conference, CSV, ref } from './fixture.js';

const noManuals = { attendeeColumns: ['name', 'certification_number'], attendeesFile: 'manuals/encuentro-2027/attendees.csv', manuals: [] };

describe('certificate', () => {
  it.each(CERTIFICATE_PROFILES)('%s: the PDF shows every field the profile requires', async (profile) => {
    const config = conference({ certificate_profile: profile });
    const ana = attendees(CSV, config)[0]!;
    const pdf = await templatePage({ conf: ref(config), overrides: new Map(), timestamp: eventTimestamp(config), data: (langs, a) => packetData(config, langs, a, 'letter', eventTimestamp(config)) }, 'certificate.typ', ['es', 'en'], ana);
    const pages = await readPages(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0]!.text;
    const shown: Record<string, string[]> = {
      'provider.name': ['Red de Ejemplo'],
      'provider.number': ['PRV-4471'],
      approval_code: ['APR-2027-15'],
      'certificate.signers': ['Rosa Ibarra Luna', 'Instructora'],
      'attendees.certification_number': ['CHW-1001'],
      assessment: [],
    };
    for (const req of PROFILE_REQUIREMENTS[profile]) for (const s of shown[req]!) expect(text).toContain(s);
    // Always: name, course title, contact hours, completion date, certificate number, verification.
    for (const s of ['Ana López Ruiz', 'Encuentro Regional de Promotoras 2027', '2027-03-06', certificateNumber(config.id, ana.slug), 'https://example.org/v', 'Agua y descanso']) expect(text).toContain(s);
    expect(text).toMatch(/Horas de contacto \/ Contact hours 3\b/);
  });

  it('sets the record and the sessions at 10 pt or more: names of fields 10 pt, values larger and bold', async () => {
    const config = conference({ certificate_profile: 'california-cdph' });
    const ana = attendees(CSV, config)[0]!;
    const pdf = await templatePage({ conf: ref(config), overrides: new Map(), timestamp: eventTimestamp(config), data: (langs, a) => packetData(config, langs, a, 'letter', eventTimestamp(config)) }, 'certificate.typ', ['es', 'en'], ana);
    const runs = await textRunFonts(pdf);
    expect(new Set(runs.map((r) => r.page))).toEqual(new Set([1]));
    const size = (s: string): number => runs.find((r) => r.str.includes(s))!.size;
    for (const label of ['Código de aprobación', 'Núm. de proveedor', 'Horas de contacto']) expect(size(label), label).toBeCloseTo(10, 1);
    for (const value of ['APR-2027-15', 'PRV-4471', 'Red de Ejemplo']) expect(size(value), value).toBeGreaterThanOrEqual(11.5);
    expect(size('Agua y descanso')).toBeGreaterThanOrEqual(10);
    expect(runs.find((r) => r.str.includes('APR-2027-15'))!.font).toMatch(/Bold/);
  });

  it('a missing required field is a check error that names it, on the profile line', () => {
    const config = conference({ certificate_profile: 'california-cdph', provider: { name: 'Red de Ejemplo' }, approval_code: undefined });
    const found = checkCertificateProfile(ref(config), { ...noManuals, attendeeColumns: ['name', 'region'] });
    expect(found.every((d) => d.severity === 'error' && d.rule === 'certificate-profile')).toBe(true);
    const byField = (f: string) => found.find((d) => d.message.includes(`requires ${f}:`));
    expect(byField('provider.number')).toMatchObject({ file: 'manuals/encuentro-2027/conference.yaml', line: 7 });
    expect(byField('approval_code')).toMatchObject({ line: 7 });
    expect(byField('attendees.certification_number')).toMatchObject({ file: 'manuals/encuentro-2027/attendees.csv', line: 1 });
    expect(found).toHaveLength(3);
  });

  it('texas-dshs needs a pre/post test in the module of every session; generic needs nothing', () => {
    const texas = conference({ certificate_profile: 'texas-dshs' });
    const found = checkCertificateProfile(ref(texas), noManuals);
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('requires assessment: a pre/post test')]);
    expect(found[0]!.message).toContain('trabajo/01-calor');
    expect(checkCertificateProfile(ref(conference({ certificate_profile: 'generic', provider: undefined, certificate: undefined })), noManuals)).toEqual([]);
  });

  it('numbers are stable, distinct and short, with no ambiguous letters', () => {
    const a = certificateNumber('encuentro-2027', 'ana-lopez-ruiz');
    expect(certificateNumber('encuentro-2027', 'ana-lopez-ruiz')).toBe(a);
    expect(a).toMatch(/^E2027-[0-9A-HJKMNP-TV-Z]{8}$/);
    const many = Array.from({ length: 2000 }, (_, i) => certificateNumber('encuentro-2027', `persona-${i}`));
    expect(new Set(many).size).toBe(2000);
    expect(certificateNumber('otro-2027', 'ana-lopez-ruiz')).not.toBe(a);
  });

  it('counts the hours of the sessions attended; without the column, the conference hours', () => {
    const config = conference();
    const [ana, beatriz, carmen] = attendees(CSV, config);
    expect(attendanceOf(config, ana!).hours).toBe(3);
    expect(attendanceOf(config, beatriz!).hours).toBe(1.5);
    expect(attendanceOf(config, carmen!).hours).toBe(0);
    expect(attendanceOf(config, { sessions: undefined }).hours).toBe(3);
    expect(ana!.extra).toEqual({ certification_number: 'CHW-1001', region: 'Norte' });
  });
});

describe('check on a project', () => {
  it('runs the profile rule on every conference, reading the CSV header', () => {
    const yaml = `id: conf
name: { es: Conferencia, en: Conference }
date: 2026-11-14
venue: { name: Centro }
hours: 1
certificate_profile: california-cdph
provider: { name: Red, number: P-1 }
approval_code: A-1
certificate: { signers: [{ name: Rosa, role: { es: Instructora, en: Instructor } }] }
sessions:
  - { time: "09:00", end: "10:00", title: { es: Uno, en: One } }
`;
    const run = (csv: string) => {
      const root = writeProject({ ...demoManual('demo', 1), 'manuals/conf/conference.yaml': yaml, 'manuals/conf/attendees.csv': csv });
      return runCheck(loadProject(root), { today: '2026-11-01' }).diagnostics.filter((d) => d.rule === 'certificate-profile');
    };
    expect(run('name;certification_number\nAna;CHW-1\n')).toEqual([]);
    expect(run('name,region\nAna,Norte\n')).toEqual([expect.objectContaining({ file: 'manuals/conf/attendees.csv', line: 1, severity: 'error', message: expect.stringContaining('requires attendees.certification_number') })]);
  });
});
