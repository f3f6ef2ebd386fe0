import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageTransparency } from '../../src/assemble/flatten.js';
import { BLEED, pageBoxes, SLUG } from '../../src/assemble/press.js';
import { buildPackets } from '../../src/packets/packet.js';
import { loadProject } from '../../src/model/load-project.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { readPages } from '../editions/pdf-read.js';

async function externalDeck(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 4; i++) doc.addPage([720, 540]).drawText(`EXTERNAL SLIDE ${i}`, { x: 50, y: 270, size: 40, font });
  return doc.save();
}

const CONFERENCE = `id: conf
name: { es: Conferencia de Prueba, en: Test Conference }
languages: [es, en]
date: 2026-11-14
venue: { name: Centro Comunitario, city: El Paso }
organizers: [Red de Prueba]
hours: 6
sessions:
  - time: "09:00"
    end: "10:00"
    kind: plenary
    title: { es: Apertura del día, en: Opening of the day }
    speakers: [Ana Pérez]
    module: demo/01-tema-1
  - time: "10:15"
    kind: workshop
    title: { es: Taller externo, en: External workshop }
    speakers: [Luis Gómez]
    pdf: decks/externo.pdf
  - time: "12:00"
    kind: break
    title: { es: Comida, en: Lunch }
evaluation:
  likert:
    - { es: El taller fue útil, en: The workshop was useful }
  open:
    - { es: ¿Qué aprendió?, en: What did you learn? }
certificate:
  signers:
    - { name: Rosa Díaz, role: { es: Coordinadora, en: Coordinator } }
`;

async function project(csv: string, extra: Record<string, string> = {}): Promise<string> {
  return writeProject({
    ...demoManual('demo', 1),
    'manuals/conf/conference.yaml': CONFERENCE,
    'manuals/conf/attendees.csv': csv,
    'manuals/conf/decks/externo.pdf': await externalDeck(),
    ...extra,
  });
}

const text = async (path: string): Promise<string[]> => (await readPages(new Uint8Array(readFileSync(path)))).map((p) => p.text);

describe('packets', () => {
  it('cover and certificate carry the name; language order follows the attendee; print.pdf starts each packet on an odd page', async () => {
    const hostile = 'Ana "#$]\\ <b>@x';
    const root = await project(`name,language\nMaría José Núñez Peña,es\n"${hostile.replace(/"/g, '""')}",en\nLuis,es\n`);
    const conf = loadProject(root).project.conferences[0]!;
    const r = await buildPackets(loadProject(root).project, conf, { out: join(root, 'out') });
    expect(r.failures).toEqual([]);
    expect(r.packets.map((p) => p.path.slice(root.length))).toEqual([
      '/out/packets/conf/maria-jose-nunez-pena.pdf',
      '/out/packets/conf/ana-b-x.pdf',
      '/out/packets/conf/luis.pdf',
    ]);
    const maria = await text(r.packets[0]!.path);
    expect(maria[0]).toContain('María José Núñez Peña');
    // The certificate comes last, alone on its sheet (a blank back).
    expect(maria.at(-1)!.trim()).toBe('');
    expect(maria.at(-2)).toContain('María José Núñez Peña');
    expect(maria.at(-2)).toContain('Constancia de asistencia');
    const agenda = maria[1]!;
    expect(agenda).toContain('Apertura del día');
    expect(agenda).toContain('Opening of the day');
    expect(maria.join(' ')).toContain('EXTERNAL SLIDE 3');
    const ana = await text(r.packets[1]!.path);
    expect(ana[0]).toContain(hostile);
    expect(ana.at(-2)).toContain(hostile);
    expect(ana.at(-2)!.indexOf('Certificate of attendance')).toBeLessThan(ana.at(-2)!.indexOf('Constancia de asistencia'));
    // print.pdf: each packet starts on an odd page.
    const print = await PDFDocument.load(readFileSync(r.print!.path));
    const sizes = await Promise.all(r.packets.map(async (p) => (await PDFDocument.load(readFileSync(p.path))).getPageCount()));
    let start = 1;
    for (const n of sizes) {
      expect(start % 2).toBe(1);
      start += n + (n % 2);
    }
    expect(print.getPageCount()).toBe(start - 1 - (sizes.at(-1)! % 2));
    const printText = await text(r.print!.path);
    let page = 0;
    for (const [i, n] of sizes.entries()) {
      expect(printText[page]).toContain(i === 1 ? hostile : ['María José Núñez Peña', '', 'Luis'][i]!);
      // Every page of the packet, as in the attendee's own file.
      expect(printText.slice(page, page + n)).toEqual(await text(r.packets[i]!.path));
      page += n + (n % 2);
    }
    // The agenda, handouts and evaluation of María and Luis (both es first) are stored once.
    const bytes = (path: string): number => readFileSync(path).length;
    const [mariaBytes, , luisBytes] = r.packets.map((p) => bytes(p.path));
    expect(bytes(r.print!.path)).toBeLessThan(mariaBytes! + luisBytes! + bytes(r.packets[1]!.path) - 0.6 * luisBytes!);
  }, 120_000);

  it('--only rebuilds one packet; a template beside conference.yaml overrides ours; bad rows are reported', async () => {
    const override = '#let data = json("/data.json")\n#set page(paper: "us-letter")\nOVERRIDDEN COVER FOR #data.attendee.name\n';
    const root = await project('name,language\nAna,es\n,es\nLuis,es\n', { 'manuals/conf/cover.typ': override });
    const conf = loadProject(root).project.conferences[0]!;
    const r = await buildPackets(loadProject(root).project, conf, { out: join(root, 'out'), only: 'luis' });
    expect(r.packets.map((p) => p.attendee)).toEqual(['Luis']);
    expect(r.print).toBeUndefined();
    expect(r.failures.map((f) => [f.file, f.line, f.rule])).toEqual([['manuals/conf/attendees.csv', 3, 'attendees-csv']]);
    expect((await text(r.packets[0]!.path))[0]).toContain('OVERRIDDEN COVER FOR Luis');
  }, 120_000);

  it('--press: every page of a packet and of print.pdf boxed with bleed; a press booklet labels its sheets in the first language', async () => {
    const root = await project('name,language\nAna,es\nLuis,en\n');
    const conf = loadProject(root).project.conferences[0]!;
    const r = await buildPackets(loadProject(root).project, conf, { out: join(root, 'out'), press: true });
    expect(r.failures).toEqual([]);
    for (const path of [r.packets[0]!.path, r.print!.path]) {
      const doc = await PDFDocument.load(readFileSync(path));
      for (const page of doc.getPages()) {
        const { media, trim, bleed } = pageBoxes(page);
        expect(bleed).toEqual([trim[0] - BLEED, trim[1] - BLEED, trim[2] + BLEED, trim[3] + BLEED]);
        expect(media).toEqual([trim[0] - SLUG, trim[1] - SLUG, trim[2] + SLUG, trim[3] + SLUG]);
      }
      expect(pageTransparency(doc, doc.getPage(0))).toEqual([]);
    }
    const booklet = await buildPackets(loadProject(root).project, conf, { out: join(root, 'out-b'), press: true, booklet: true });
    expect(booklet.failures).toEqual([]);
    const labels = async (path: string): Promise<(string | undefined)[]> => (await readPages(new Uint8Array(readFileSync(path)))).map((p) => p.items.find((i) => /^(Hoja|Sheet) /.test(i.str))?.str);
    expect((await labels(booklet.packets[0]!.path)).slice(0, 2)).toEqual(['Hoja 1 · frente', 'Hoja 1 · vuelta']);
    expect((await labels(booklet.packets[1]!.path)).slice(0, 2)).toEqual(['Sheet 1 · front', 'Sheet 1 · back']);
  }, 180_000);

  it('is byte-identical for identical inputs', async () => {
    const root = await project('name\nAna\n');
    const conf = loadProject(root).project.conferences[0]!;
    const a = await buildPackets(loadProject(root).project, conf, { out: join(root, 'o1') });
    const b = await buildPackets(loadProject(root).project, conf, { out: join(root, 'o2') });
    expect(Buffer.compare(readFileSync(a.packets[0]!.path), readFileSync(b.packets[0]!.path))).toBe(0);
    writeFileSync(join(root, 'x'), '');
  }, 120_000);
});
