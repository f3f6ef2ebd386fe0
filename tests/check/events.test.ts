// check on trainings and exchanges: what the schema cannot see (modules that
// are not there, visits the itinerary names but nobody defined, days out of
// order, a text missing a language), each on its line of event.yaml.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_RULE } from '../../src/check/rules/event-reference.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadProject } from '../../src/model/load-project.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { EXCHANGE, TRAINING, TRAINING_CSV } from '../packets/event-fixture.js';

function check(files: Record<string, string>): { rule: string; severity: string; file?: string; line?: number; message: string }[] {
  const result = runCheck(loadProject(writeProject({ ...demoManual('demo', 1), ...files })), { today: '2026-01-01' });
  return result.diagnostics.filter((d) => !d.manual).map((d) => ({ rule: d.rule, severity: d.severity, file: d.file, line: d.line, message: d.message }));
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('check: exchanges and trainings', () => {
  it('an exchange: a missing module, an unknown visit, days out of order, a visit on no day, a text in one language', () => {
    const text = EXCHANGE.replace('modules: [demo/01-tema-1]', 'modules: [demo/07-no-hay]')
      .replace('visit: campo', 'visit: campito')
      .replace('2026-03-10', '2026-03-08')
      .replace('{ es: Llegada, en: Arrival }', '{ es: Llegada }');
    const found = check({ 'manuals/ex/event.yaml': text });
    const at = (needle: string): number => lineOf(text, needle);
    expect(found).toEqual(
      expect.arrayContaining([
        { rule: 'event-reference', severity: 'error', file: 'manuals/ex/event.yaml', line: at('demo/07-no-hay'), message: 'module demo/07-no-hay: manual "demo" has no module folder 07-no-hay' },
        { rule: 'event-reference', severity: 'error', file: 'manuals/ex/event.yaml', line: at('visit: campito'), message: 'days[1].items[0]: there is no visit with id "campito" in visits' },
        { rule: 'event-reference', severity: 'error', file: 'manuals/ex/event.yaml', line: at('2026-03-08'), message: 'days[1] is 2026-03-08, not after the day before it (2026-03-09)' },
        expect.objectContaining({ rule: 'event-reference', severity: 'warning', line: at('  - id: campo'), message: expect.stringContaining('visit "campo" is on no day') }),
        expect.objectContaining({ rule: LANGUAGE_RULE, severity: 'warning', line: at('{ es: Llegada }'), message: expect.stringContaining('days.0.title has no en text') }),
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('a training: a module that is not there, a session module outside the list, a region past the last, a session ending before it starts', () => {
    const text = TRAINING.replace('modules: [demo/01-tema-1]', 'modules: [otro/01-tema]').replace('regions: 14', 'regions: 4').replace('end: "10:30"', 'end: "08:30"');
    const found = check({ 'manuals/tr/event.yaml': text, 'manuals/tr/attendees.csv': TRAINING_CSV });
    const at = (needle: string): number => lineOf(text, needle);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'event-reference', severity: 'error', line: at('otro/01-tema'), message: 'module otro/01-tema: there is no manual "otro" in manuals/' }),
        expect.objectContaining({ rule: 'event-reference', severity: 'warning', line: at('    module: demo/01-tema-1'), message: expect.stringContaining("not in the training's modules") }),
        expect.objectContaining({ rule: 'event-reference', severity: 'error', line: at('region: 5'), message: "region 5 is more than the network's 4 regions" }),
        expect.objectContaining({ rule: 'event-reference', severity: 'error', line: at('end: "08:30"'), message: 'sessions[0] ends at 08:30, not after it starts (09:00)' }),
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('a conference.yaml beside event.yaml: a warning that it is not read', () => {
    const found = check({ 'manuals/tr/event.yaml': TRAINING, 'manuals/tr/conference.yaml': 'id: tr\n', 'manuals/tr/attendees.csv': TRAINING_CSV });
    expect(found).toEqual([{ rule: 'event-reference', severity: 'warning', file: 'manuals/tr/conference.yaml', line: 1, message: 'conference.yaml is not read: event.yaml beside it describes the event; delete one of them' }]);
  });

  it('a training with a certificate profile is held to it like a conference', () => {
    const found = check({ 'manuals/tr/event.yaml': `${TRAINING}certificate_profile: washington-doh\n`, 'manuals/tr/attendees.csv': TRAINING_CSV });
    expect(found.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('requires approval_code'), expect.stringContaining('requires provider.name'), expect.stringContaining('requires provider.number')]),
    );
  });
});
