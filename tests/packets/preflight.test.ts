import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confineConferenceFiles, sessionTimeFailures } from '../../src/packets/preflight.js';
import type { ConferenceConfig } from '../../src/model/schema.js';
import type { ConferenceRef } from '../../src/model/types.js';
import { writeProject } from '../helpers/fixture.js';

function conference(root: string, sessions: Partial<ConferenceConfig['sessions'][number]>[], attendees = 'attendees.csv'): { conf: ConferenceRef; config: ConferenceConfig } {
  const config = {
    kind: 'conference' as const, id: 'conf', name: { es: 'C' }, languages: ['es'], date: '2026-11-14', venue: { name: 'V' }, organizers: [], attendees, hours: 1,
    sessions: sessions.map((s) => ({ time: '09:00', kind: 'workshop' as const, title: { es: 'T' }, speakers: [], ...s })),
    packet: ['cover' as const],
  };
  // Line of a field: 100 × (session + 1) + field number, so each is told apart.
  const fields = ['time', 'end', 'pdf'];
  const lineOf = (p: readonly (string | number)[]): number => (p[0] === 'sessions' ? 100 * (Number(p[1]) + 1) + fields.indexOf(String(p[2])) : 7);
  return { conf: { id: 'conf', dir: join(root, 'manuals/conf'), relDir: 'manuals/conf', configFile: 'manuals/conf/conference.yaml', config, lineOf }, config };
}

describe('packet preflight', () => {
  it('session times: 00:00–23:59 only, each bad one on its line', () => {
    const { conf, config } = conference('/p', [{ time: '9:05', end: '23:59' }, { time: '25:99', end: '24:00' }, { time: '12:5' }, { time: '00:00', end: '1:60' }]);
    expect(sessionTimeFailures(conf, config).map((f) => [f.line, f.rule, f.message.split(',')[0]])).toEqual([
      [200, 'config-invalid', 'field "sessions[1].time" is "25:99"'],
      [201, 'config-invalid', 'field "sessions[1].end" is "24:00"'],
      [300, 'config-invalid', 'field "sessions[2].time" is "12:5"'],
      [401, 'config-invalid', 'field "sessions[3].end" is "1:60"'],
    ]);
  });

  it('gives the real paths of decks, attendees and template overrides inside the project', () => {
    const root = realpathSync(writeProject({ 'manuals/conf/decks/a.pdf': 'a', 'manuals/conf/attendees.csv': 'name\n', 'manuals/conf/cover.typ': 'x', 'shared/b.pdf': 'b' }));
    symlinkSync(join(root, 'shared/b.pdf'), join(root, 'manuals/conf/decks/b.pdf'));
    const { conf, config } = conference(root, [{ pdf: 'decks/a.pdf' }, {}, { pdf: 'decks/b.pdf' }]);
    const r = confineConferenceFiles(root, conf, config, { templateNames: ['cover.typ', 'agenda.typ'], attendeesFromConfig: true });
    expect(r.failures).toEqual([]);
    expect(r.files).toEqual({
      decks: new Map([[0, join(root, 'manuals/conf/decks/a.pdf')], [2, join(root, 'shared/b.pdf')]]),
      templates: new Map([['cover.typ', join(root, 'manuals/conf/cover.typ')]]),
      attendees: join(root, 'manuals/conf/attendees.csv'),
    });
  });

  it('refuses paths outside, and folders or pipes where a file is named', () => {
    const root = realpathSync(writeProject({ 'manuals/conf/attendees.csv': 'name\n' }));
    mkdirSync(join(root, 'manuals/conf/decks'));
    execFileSync('mkfifo', [join(root, 'manuals/conf/cover.typ')]);
    const outsider = `${basename(root)}-x.pdf`;
    writeFileSync(join(root, '..', outsider), 'x');
    const { conf, config } = conference(root, [{ pdf: `../../../${outsider}` }, { pdf: 'decks' }, { pdf: '/etc/hostname' }], '../../../people.csv');
    const r = confineConferenceFiles(root, conf, config, { templateNames: ['cover.typ'], attendeesFromConfig: true });
    expect(r.failures.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['manuals/conf/conference.yaml', 102, 'path-outside-project'],
      ['manuals/conf/conference.yaml', 202, 'file-unreadable'],
      ['manuals/conf/conference.yaml', 302, 'path-outside-project'],
      ['manuals/conf/conference.yaml', 7, 'path-outside-project'],
      ['manuals/conf/cover.typ', undefined, 'file-unreadable'],
    ]);
    expect(r.failures[0]!.message).toContain(`leads to ${join(root, '..', outsider)}, which is outside the project`);
    expect(r.files.decks.size + r.files.templates.size).toBe(0);
    expect(r.files.attendees).toBeUndefined();
  });
});
