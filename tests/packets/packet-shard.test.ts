// packet --shard k/n: attendees dealt round the shards by slug; each packet
// made by one shard, the same bytes as without shards; print.pdf (every
// packet) made by none; with --certificates separate, each shard's attendees'
// certificates in certificates.shard-k-of-n.pdf, together the unsharded ones.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/model/load-project.js';
import { buildPackets } from '../../src/packets/packet.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { conferenceHead } from './event-fixture.js';
import { readPages } from '../editions/pdf-read.js';

const CONFERENCE = `${conferenceHead(2)}  - time: "09:00"
    end: "10:00"
    kind: plenary
    title: { es: Apertura, en: Opening }
    module: demo/01-tema-1
packet: [cover, agenda, certificate]
`;

describe('packets with a shard', () => {
  it('together make the packets of one run, byte for byte, and no print.pdf', async () => {
    const root = writeProject({
      ...demoManual('demo', 1),
      'manuals/conf/conference.yaml': CONFERENCE,
      'manuals/conf/attendees.csv': 'name,language\nAna Pérez,es\nLuis Gómez,en\nRosa Díaz,es\n',
    });
    const project = loadProject(root).project;
    const conf = project.conferences[0]!;
    const run = (out: string, shard?: { index: number; total: number }) => buildPackets(project, conf, { out: join(root, out), sourceDateEpoch: '1700000000', ...(shard ? { shard } : {}) });
    const whole = await run('whole');
    expect(whole.failures).toEqual([]);
    const shards = [await run('s1', { index: 1, total: 2 }), await run('s2', { index: 2, total: 2 })];
    // Sorted slugs ana-perez, luis-gomez, rosa-diaz: shard 1 takes the 1st and 3rd.
    expect(shards.map((s) => s.packets.map((p) => p.attendee))).toEqual([['Ana Pérez', 'Rosa Díaz'], ['Luis Gómez']]);
    expect(shards.map((s) => s.shard)).toMatchObject([
      { index: 1, total: 2, unit: 'attendee', assigned: 2, units: 3 },
      { index: 2, total: 2, unit: 'attendee', assigned: 1, units: 3 },
    ]);
    for (const [i, s] of shards.entries()) {
      expect(s.print).toBeUndefined();
      expect(existsSync(join(root, `s${i + 1}`, 'packets/conf/print.pdf'))).toBe(false);
      for (const p of s.packets) {
        const name = p.path.split(/[\\/]/).pop()!;
        expect(Buffer.compare(readFileSync(p.path), readFileSync(join(root, 'whole/packets/conf', name))), name).toBe(0);
      }
    }
  });

  it('with certificates apart: each shard writes its attendees\' certificates, together the pages of the unsharded certificates.pdf', async () => {
    const root = writeProject({
      ...demoManual('demo', 1),
      'manuals/conf/conference.yaml': CONFERENCE,
      'manuals/conf/attendees.csv': 'name,language\nAna Pérez,es\nLuis Gómez,en\nRosa Díaz,es\nJuan Ortiz,en\nMaría Luna,es\n',
    });
    const project = loadProject(root).project;
    const conf = project.conferences[0]!;
    const run = (shard?: { index: number; total: number }) => buildPackets(project, conf, { out: join(root, 'out'), certificates: 'separate', sourceDateEpoch: '1700000000', ...(shard ? { shard } : {}) });
    const whole = await run();
    expect(whole.failures).toEqual([]);
    expect(whole.certificates?.path).toBe(join(root, 'out/packets/conf/certificates.pdf'));
    const wholePages = (await readPages(new Uint8Array(readFileSync(whole.certificates!.path)))).map((p) => p.text);
    expect(wholePages).toHaveLength(5);

    const shards = [];
    for (let k = 1; k <= 3; k++) shards.push(await run({ index: k, total: 3 }));
    const shardPages: string[] = [];
    for (const [i, s] of shards.entries()) {
      expect(s.failures).toEqual([]);
      expect(s.certificates?.path).toBe(join(root, `out/packets/conf/certificates.shard-${i + 1}-of-3.pdf`));
      const pages = (await readPages(new Uint8Array(readFileSync(s.certificates!.path)))).map((p) => p.text);
      expect(s.certificates?.pages).toBe(pages.length);
      // A shard's certificates are those of its own attendees, in their order.
      expect(pages.length).toBe(s.packets.length);
      for (const [j, p] of s.packets.entries()) expect(pages[j]).toContain(p.attendee);
      shardPages.push(...pages);
    }
    // Every certificate once: the same pages, page by page the same text, as the unsharded file's.
    expect([...shardPages].sort()).toEqual([...wholePages].sort());
    expect(new Set(wholePages).size).toBe(5);
  }, 240_000);
});
