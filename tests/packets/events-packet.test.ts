// Packets of the other kinds of event: an exchange's (per traveller: cover,
// itinerary, a guide per site visit, contacts, the modules, a reflection
// page per day), read back from the PDFs; an organiser's own exchange
// template; a regional training's packet (region on the cover, facilitators
// on the agenda, certificate).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/model/load-project.js';
import { buildPackets } from '../../src/packets/packet.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { outline, readPages } from '../editions/pdf-read.js';
import { EXCHANGE, TRAINING, TRAINING_CSV } from './event-fixture.js';

const pages = async (path: string): Promise<string[]> => (await readPages(new Uint8Array(readFileSync(path)))).map((p) => p.text);

async function build(files: Record<string, string>, id: string): Promise<{ root: string; result: Awaited<ReturnType<typeof buildPackets>> }> {
  const root = writeProject({ ...demoManual('demo', 1), ...files });
  const project = loadProject(root).project;
  const conf = project.conferences.find((c) => c.id === id)!;
  const result = await buildPackets(project, conf, { out: join(root, 'out'), sourceDateEpoch: '1700000000' });
  return { root, result };
}

describe('exchange packet', () => {
  it('one per traveller: itinerary, a guide per visit, contacts, modules, a reflection page per day', async () => {
    const { root, result } = await build({ 'manuals/ex/event.yaml': EXCHANGE }, 'ex');
    expect(result.failures).toEqual([]);
    expect(result.packets.map((p) => p.attendee)).toEqual(['Ana Pérez Luna', 'Beto Ruiz']);
    expect(result.print?.path).toBe(join(root, 'out/packets/ex/print.pdf'));
    const ana = await pages(result.packets[0]!.path);
    expect(ana[0]).toContain('Ana Pérez Luna');
    expect(ana[0]).toContain('Fresno — Oaxaca');
    // The itinerary, day by day, in both languages, visits marked with their host.
    const itinerary = ana.find((p) => p.includes('Itinerario'))!;
    for (const s of ['Itinerary', 'Día 1', 'Día 2', 'Viaje en autobús', 'Bus trip', 'Visita 1', 'Centro Comunitario de Prueba', '15:00–17:00', 'Plática en el campo']) expect(itinerary).toContain(s);
    // One guide per site visit, each on its own page.
    const guides = ana.filter((p) => p.includes('Guía de la visita'));
    expect(guides).toHaveLength(2);
    for (const s of ['Centro de Salud Comunitario', 'Community Health Centre', 'Calle Uno 1, Oaxaca', 'Qué observar', 'What to observe', 'Cómo reciben a las familias', 'How they welcome families', '¿Quién coordina a las promotoras?', 'Mis notas', 'lunes, 9 de marzo de 2026']) {
      expect(guides[0]).toContain(s);
    }
    expect(guides[1]).toContain('Campo de Cultivo');
    expect(guides[1]).toContain('Cooperativa de Prueba');
    // The contact sheet: travellers and hosts with phone and role.
    const contacts = ana.find((p) => p.includes('Contactos'))!;
    for (const s of ['Ana Pérez Luna', 'Coordinadora', '+1 555 010 0001', 'Beto Ruiz', 'Carmen Díaz Soto', 'Anfitriona', '+52 55 0000 0001', 'Quienes nos reciben']) expect(contacts).toContain(s);
    // A reflection page per day, with its date.
    const journal = ana.filter((p) => p.includes('Diario de reflexión'));
    expect(journal).toHaveLength(2);
    expect(journal[0]).toContain('lunes, 9 de marzo de 2026');
    expect(journal[1]).toContain('martes, 10 de marzo de 2026');
    expect(journal[1]).toContain('¿Qué vi hoy que me sorprendió?');
    // The module (named by modules: and by a visit) goes in once, between contacts and journal.
    const titles = (await outline(new Uint8Array(readFileSync(result.packets[0]!.path)))).map((e) => e.title);
    expect(titles).toEqual(['Ana Pérez Luna', 'Itinerario', 'Centro de Salud Comunitario', 'Campo de Cultivo', 'Contactos', 'Módulo número 1: el estrés', 'Diario de reflexión — 1', 'Diario de reflexión — 2']);
    // A traveller whose language is English gets English first.
    const beto = await pages(result.packets[1]!.path);
    expect(beto.find((p) => p.includes('Itinerary'))!.indexOf('Itinerary')).toBeLessThan(beto.find((p) => p.includes('Itinerary'))!.indexOf('Itinerario'));
    expect(beto.filter((p) => p.includes('Site-visit guide'))).toHaveLength(2);
  });

  it("an organiser's own itinerary.typ beside event.yaml replaces ours", async () => {
    const own = '#let data = json("/data.json")\n#set page(paper: "us-letter")\nOUR OWN ITINERARY: #data.exchange.days.len() days\n';
    const { result } = await build({ 'manuals/ex/event.yaml': EXCHANGE, 'manuals/ex/itinerary.typ': own }, 'ex');
    expect(result.failures).toEqual([]);
    const ana = await pages(result.packets[0]!.path);
    expect(ana.some((p) => p.includes('OUR OWN ITINERARY: 2 days'))).toBe(true);
    expect(ana.some((p) => p.includes('Itinerario'))).toBe(false);
  });

  it('--attendees is refused for an exchange: its travellers are in event.yaml', async () => {
    const root = writeProject({ ...demoManual('demo', 1), 'manuals/ex/event.yaml': EXCHANGE });
    const project = loadProject(root).project;
    await expect(buildPackets(project, project.conferences[0]!, { out: join(root, 'out'), attendeesFile: join(root, 'x.csv') })).rejects.toThrow(/travellers are listed in manuals\/ex\/event.yaml/);
  });
});

describe('training packet', () => {
  it('builds like a conference packet, with the region on the cover and the facilitators on the agenda', async () => {
    const { result } = await build({ 'manuals/tr/event.yaml': TRAINING, 'manuals/tr/attendees.csv': TRAINING_CSV }, 'tr');
    expect(result.failures).toEqual([]);
    expect(result.packets.map((p) => p.attendee)).toEqual(['Luisa Campos', 'Mario Solís']);
    const luisa = await pages(result.packets[0]!.path);
    expect(luisa[0]).toContain('Capacitación Regional de Prueba');
    expect(luisa[0]).toContain('Región 5 de 14');
    const agenda = luisa.find((p) => p.includes('Programa'))!;
    expect(agenda).toContain('Facilitación');
    expect(agenda).toContain('Rosa Díaz (Red de Prueba)');
    expect(luisa.some((p) => p.includes('Constancia de asistencia') && p.includes('Luisa Campos'))).toBe(true);
    const mario = await pages(result.packets[1]!.path);
    expect(mario[0]).toContain('Region 5 of 14');
  });
});
