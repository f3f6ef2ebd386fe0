// event.yaml of each kind: valid ones load as their kind, conference.yaml
// still loads as a conference, and a bad field is reported naming the file,
// the field and its line.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { loadProject } from '../../src/model/load-project.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { EXCHANGE, TRAINING, TRAINING_CSV } from '../packets/event-fixture.js';

const CONFERENCE = `id: conf
name: { es: Conferencia, en: Conference }
date: 2026-11-14
venue: { name: Centro }
hours: 1
sessions:
  - { time: "09:00", title: { es: Uno, en: One } }
`;

function project(files: Record<string, string>): ReturnType<typeof loadProject> {
  return loadProject(writeProject({ ...demoManual('demo', 1), ...files }));
}

describe('event.yaml', () => {
  it('loads an exchange, a training, a conference by event.yaml and by conference.yaml', () => {
    const loaded = project({
      'manuals/ex/event.yaml': EXCHANGE,
      'manuals/tr/event.yaml': TRAINING,
      'manuals/tr/attendees.csv': TRAINING_CSV,
      'manuals/conf/conference.yaml': CONFERENCE,
      'manuals/conf/attendees.csv': 'name\nAna\n',
      'manuals/conf2/event.yaml': CONFERENCE.replace('id: conf', 'kind: conference\nid: conf2'),
      'manuals/conf2/attendees.csv': 'name\nAna\n',
    });
    expect(loaded.diagnostics).toEqual([]);
    const byId = Object.fromEntries(loaded.project.conferences.map((c) => [c.id, c]));
    expect(byId.ex!.kind).toBe('exchange');
    expect(byId.ex!.exchange?.visits.map((v) => v.id)).toEqual(['centro', 'campo']);
    expect(byId.ex!.config).toBeUndefined();
    expect(byId.tr!.config).toMatchObject({ kind: 'training', region: 5, regions: 14, modules: ['demo/01-tema-1'] });
    expect(byId.conf!.config?.kind).toBe('conference');
    expect(byId.conf!.configFile).toBe('manuals/conf/conference.yaml');
    expect(byId.conf2!.configFile).toBe('manuals/conf2/event.yaml');
    // The demo manual's own findings (an unstamped translation) are not the events'.
    expect(runCheck(loaded, { today: '2026-01-01', strict: true }).diagnostics.filter((d) => !d.manual)).toEqual([]);
  });

  it.each([
    ['an unknown kind', 'manuals/ex/event.yaml', EXCHANGE.replace('kind: exchange', 'kind: meeting'), 'kind: meeting', /field "kind" is "meeting": write one of conference, exchange, training/],
    ['an exchange without travellers', 'manuals/ex/event.yaml', EXCHANGE.replace(/travellers:\n(?: {2}- .*\n)+/, ''), undefined, /field "travellers" is missing/],
    ['a visit without an address', 'manuals/ex/event.yaml', EXCHANGE.replace('    address: Calle Uno 1, Oaxaca\n', ''), '  - id: centro', /field "visits\.0\.address" is missing/],
    ['a day with a bad date', 'manuals/ex/event.yaml', EXCHANGE.replace('2026-03-10', '2026-02-30'), '2026-02-30', /field "days\.1\.date": a date written YYYY-MM-DD/],
    ['an item with a bad time', 'manuals/ex/event.yaml', EXCHANGE.replace('"07:00"', '"7h"'), '"7h"', /field "days\.1\.items\.0\.time"/],
    ['an unknown field of a visit', 'manuals/ex/event.yaml', EXCHANGE.replace('    host: Cooperativa de Prueba\n', '    host: Cooperativa de Prueba\n    hostess: X\n'), 'hostess: X', /unknown field "visits\.1\.hostess"/],
    ['a training without a region', 'manuals/tr/event.yaml', TRAINING.replace('region: 5\n', ''), undefined, /field "region" is missing/],
    ['a training without facilitators', 'manuals/tr/event.yaml', TRAINING.replace(/facilitators:\n {2}- .*\n/, 'facilitators: []\n'), 'facilitators: []', /field "facilitators"/],
    ['a training module that is no module path', 'manuals/tr/event.yaml', TRAINING.replace('modules: [demo/01-tema-1]', 'modules: [tema-1]'), 'modules: [tema-1]', /field "modules\.0": .*manual-id\/NN-slug/],
    ['a conference.yaml with an exchange field', 'manuals/conf/conference.yaml', `${CONFERENCE}travellers: []\n`, 'travellers: []', /unknown field "travellers"/],
  ])('%s: names the file, the field and its line', (_, file, text, at, message) => {
    const loaded = project({ [file]: text, [file.replace(/[^/]+$/, 'attendees.csv')]: 'name\nAna\n' });
    const found = loaded.diagnostics.filter((d) => d.severity === 'error');
    expect(found.length).toBeGreaterThan(0);
    const d = found.find((x) => message.test(x.message));
    expect(d, found.map((x) => x.message).join('\n')).toBeDefined();
    expect(d!.file).toBe(file);
    expect(d!.rule).toBe('config-invalid');
    // The line of the field (or of the object missing it).
    if (at !== undefined) expect(d!.line).toBe(text.split('\n').findIndex((l) => l.includes(at)) + 1);
  });
});
