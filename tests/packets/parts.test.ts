import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConferenceReferences } from '../../src/check/rules/conference-reference.js';
import { loadProject } from '../../src/model/load-project.js';
import { ConferenceConfig, EXCHANGE_PART_NAMES, PACKET_PART_NAMES } from '../../src/model/schema.js';
import { buildPackets, configuredParts } from '../../src/packets/packet.js';
import { EXCHANGE_PARTS, EXCHANGE_TEMPLATES, PACKET_PARTS, PACKET_TEMPLATES } from '../../src/packets/parts/index.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { readPages } from '../editions/pdf-read.js';

const conference = (packet: string, sessions: string): string => `id: conf
name: { es: Conferencia de Prueba, en: Test Conference }
languages: [es, en]
date: 2026-11-14
venue: { name: Centro Comunitario, city: El Paso }
hours: 6
${packet}
sessions:
${sessions}`;

const BREAK = `  - time: "12:00"
    kind: break
    title: { es: Comida, en: Lunch }
`;

const pagesOf = async (path: string): Promise<string[]> => (await readPages(new Uint8Array(readFileSync(path)))).map((p) => p.text);

describe('packet parts', () => {
  it('are one list, the same as the enum of conference.yaml (model cannot import packets)', () => {
    expect(PACKET_PARTS.map((p) => p.id)).toEqual([...PACKET_PART_NAMES]);
    expect(PACKET_TEMPLATES).toEqual(['cover.typ', 'agenda.typ', 'evaluation.typ', 'certificate.typ']);
    // Without `packet:`, every part in the list's order.
    const config = ConferenceConfig.parse({ id: 'c', name: { es: 'C' }, date: '2026-11-14', venue: { name: 'V' }, hours: 1, sessions: [{ time: '09:00', title: { es: 'T' } }] });
    expect(configuredParts(config).map((p) => p.id)).toEqual([...PACKET_PART_NAMES]);
    expect(configuredParts({ ...config, packet: ['certificate', 'cover', 'certificate'] }).map((p) => p.id)).toEqual(['certificate', 'cover']);
  });

  it("an exchange's are one list too, the same as the enum of its event.yaml", () => {
    expect(EXCHANGE_PARTS.map((p) => p.id)).toEqual([...EXCHANGE_PART_NAMES]);
    expect(EXCHANGE_TEMPLATES).toEqual(['cover.typ', 'itinerary.typ', 'site-visit.typ', 'contacts.typ', 'journal.typ']);
  });

  it('go into the packet in the order conference.yaml lists them, and only those', async () => {
    const root = writeProject({
      ...demoManual('demo', 1),
      'manuals/conf/conference.yaml': conference('packet: [certificate, agenda, cover]', BREAK),
      'manuals/conf/attendees.csv': 'name,language\nAna Pérez,es\n',
    });
    const { project } = loadProject(root);
    const r = await buildPackets(project, project.conferences[0]!, { out: join(root, 'out') });
    expect(r.failures).toEqual([]);
    const pages = await pagesOf(r.packets[0]!.path);
    // The certificate sits alone on its sheet: a blank back before the agenda.
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('Constancia de asistencia');
    expect(pages[0]).toContain('Ana Pérez');
    expect(pages[1]!.trim()).toBe('');
    expect(pages[2]).toContain('Comida');
    expect(pages[3]).toContain('Ana Pérez');
    expect(pages.join('\n')).not.toMatch(/Evaluación/);
  }, 120_000);

  it('a session that points at nothing: the check rule says so on its line, the other sessions still go in', async () => {
    const sessions = `  - time: "09:00"
    title: { es: Taller perdido, en: Lost workshop }
    module: demo/07-no-existe
  - time: "10:00"
    title: { es: Charla sin diapositivas, en: Talk without slides }
    slides: demo/01-tema-1
${BREAK}`;
    const root = writeProject({
      ...demoManual('demo', 1),
      'manuals/conf/conference.yaml': conference('packet: [agenda, handouts]', sessions),
      'manuals/conf/attendees.csv': 'name\nAna\nLuis\n',
    });
    const { project } = loadProject(root);
    const conf = project.conferences[0]!;
    const r = await buildPackets(project, conf, { out: join(root, 'out') });
    const checked = checkConferenceReferences(conf, root, existsSync);
    // What check says, once however many packets and language orders meet it.
    expect(r.failures.map((f) => [f.file, f.line, f.rule, f.message])).toEqual(checked.map((d) => [d.file, d.line, d.rule, d.message]));
    expect(r.failures.map((f) => [f.line, f.message])).toEqual([
      [conf.lineOf(['sessions', 0, 'module']), 'module demo/07-no-existe: manual "demo" has no module folder 07-no-existe'],
      [conf.lineOf(['sessions', 1, 'slides']), 'slides demo/01-tema-1: no slides.es.md, slides.en.md in manuals/demo/modules/01-tema-1'],
    ]);
    // The agenda still lists every session; no handout pages were made.
    expect(r.packets).toHaveLength(2);
    const pages = await pagesOf(r.packets[0]!.path);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Taller perdido');
  }, 120_000);
});
