// Records out: who attended what, hours and certificate numbers, CSV and JSON.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { certificateNumber } from '../../src/records/certificate-number.js';
import { roster, rosterCsv } from '../../src/records/roster.js';
import { attendees, conference, CSV } from './fixture.js';

describe('roster', () => {
  const config = conference();
  const list = attendees(CSV, config);
  const r = roster(config, list);

  it('lists sessions, hours, certificate numbers and the pass-through columns', () => {
    expect(r.attendees.map((a) => [a.name, a.sessions, a.hours])).toEqual([
      ['Ana López Ruiz', ['calor', 'agua'], 3],
      ['Beatriz Soto', ['agua'], 1.5],
      ['Carmen Díaz', [], 0],
    ]);
    expect(r.attendees[0]!.certificate_number).toBe(certificateNumber('encuentro-2027', list[0]!.slug));
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ event: 'encuentro-2027', approval_code: 'APR-2027-15', provider: { number: 'PRV-4471' } });
  });

  it('writes a CSV that reads back to the same records', () => {
    const rows = parse(rosterCsv(r), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({
      name: 'Beatriz Soto',
      certificate_number: r.attendees[1]!.certificate_number,
      hours: '1.5',
      sessions: 'agua',
      event: 'encuentro-2027',
      date: '2027-03-06',
      approval_code: 'APR-2027-15',
      certification_number: 'CHW-1002',
      region: 'Sur',
    });
  });
});
