// Packets on paper: the evaluation and the certificate on sheets of their own,
// page numbers through the whole packet, certificates apart for card stock,
// and no facilitator notes in an attendee's packet. Read back from the PDFs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildPackets } from '../../src/packets/packet.js';
import { loadProject } from '../../src/model/load-project.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { readPages, type PageText } from '../editions/pdf-read.js';

/** A deck of `slides` slides: 3 to a handout page. */
async function deck(slides: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= slides; i++) doc.addPage([720, 540]).drawText(`SLIDE ${i}`, { x: 50, y: 270, size: 40, font });
  return doc.save();
}

const conference = (id: string, session: string): string => `id: ${id}
name: { es: Conferencia de Prueba, en: Test Conference }
languages: [es, en]
date: 2026-11-14
venue: { name: Centro Comunitario, city: El Paso }
organizers: [Red de Prueba]
hours: 6
sessions:
  - time: "09:00"
    kind: plenary
    title: { es: Sesión única, en: Only session }
    ${session}
evaluation:
  likert:
    - { es: El taller fue útil, en: The workshop was useful }
  open:
    - { es: ¿Qué aprendió?, en: What did you learn? }
`;

const pages = (path: string): Promise<PageText[]> => readPages(new Uint8Array(readFileSync(path)));
/** 1-based numbers of the pages whose text contains `needle`. */
const where = (ps: PageText[], needle: string): number[] => ps.flatMap((p, i) => (p.text.includes(needle) ? [i + 1] : []));
const blank = (p: PageText | undefined): boolean => p !== undefined && p.text.trim() === '';

async function pageLabels(path: string): Promise<string[] | null> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const labels = await pdf.getPageLabels();
  await pdf.destroy();
  return labels;
}

describe('packet sheets', () => {
  // Cover (1) + agenda (1) + handouts (h) + evaluation (1) + certificate (1): 30 to 33 pages before any blank.
  const cases = [
    { unpadded: 30, handouts: 26, evaluation: 29, certificate: 31, total: 32 },
    { unpadded: 31, handouts: 27, evaluation: 31, certificate: 33, total: 34 },
    { unpadded: 32, handouts: 28, evaluation: 31, certificate: 33, total: 34 },
    { unpadded: 33, handouts: 29, evaluation: 33, certificate: 35, total: 36 },
  ];

  it('puts the evaluation and the certificate on front pages of sheets of their own, numbered through, in packets of 30–33 pages', async () => {
    const files: Record<string, string | Uint8Array> = {};
    for (const c of cases) {
      files[`manuals/c${c.unpadded}/conference.yaml`] = conference(`c${c.unpadded}`, 'pdf: deck.pdf');
      files[`manuals/c${c.unpadded}/attendees.csv`] = 'name,language\nAna Núñez,es\nLuis Pérez,es\n';
      files[`manuals/c${c.unpadded}/deck.pdf`] = await deck(3 * c.handouts);
    }
    const root = writeProject(files);
    const project = loadProject(root).project;
    for (const c of cases) {
      const conf = project.conferences.find((x) => x.id === `c${c.unpadded}`)!;
      const r = await buildPackets(project, conf, { out: join(root, 'out') });
      expect(r.failures).toEqual([]);
      const ps = await pages(r.packets[0]!.path);
      const label = `${c.unpadded}-page packet`;
      expect(ps.length, label).toBe(c.total);
      expect(where(ps, 'Evaluación'), label).toEqual([c.evaluation]);
      expect(where(ps, 'Constancia de asistencia'), label).toEqual([c.certificate]);
      // Both start on a front page; the evaluation's back is blank (it is one page) and so is the certificate's.
      expect(c.evaluation % 2).toBe(1);
      expect(blank(ps[c.evaluation]), label).toBe(true);
      expect(blank(ps[c.certificate]), label).toBe(true);
      // A blank back before the evaluation when the handouts end on a front page.
      const lastHandout = 2 + c.handouts;
      expect(ps[lastHandout - 1]!.text, label).toContain('SLIDE');
      if (lastHandout % 2 === 1) expect(blank(ps[lastHandout]), label).toBe(true);
      else expect(lastHandout + 1).toBe(c.evaluation);
      // Numbers run through: every page with content but the cover and the certificate shows its own page number at the foot.
      for (const [i, p] of ps.entries()) {
        const n = i + 1;
        const foot = p.items.filter((it) => it.y < 60).map((it) => it.str.trim()).filter(Boolean);
        if (n === 1 || n === c.certificate || blank(p)) expect(foot, `${label} p${n}`).not.toContain(String(n));
        else expect(foot, `${label} p${n}`).toEqual([String(n)]);
      }
      expect(await pageLabels(r.packets[0]!.path)).toEqual(ps.map((_, i) => String(i + 1)));
      // print.pdf: each packet as in its own file, blanks included, each starting on a front page.
      const print = await pages(r.print!.path);
      const second = c.total + (c.total % 2);
      expect(print.slice(0, c.total).map((p) => p.text)).toEqual(ps.map((p) => p.text));
      expect(where(print, 'Evaluación')).toEqual([c.evaluation, second + c.evaluation]);
      expect(where(print, 'Constancia de asistencia')).toEqual([c.certificate, second + c.certificate]);
    }
  }, 240_000);

  it('--certificates separate: the packet ends with the evaluation sheet, certificates.pdf has one page per attendee', async () => {
    const root = writeProject({
      'manuals/conf/conference.yaml': conference('conf', 'pdf: deck.pdf'),
      'manuals/conf/attendees.csv': 'name,language\nAna Núñez,es\nJohn Smith,en\n',
      'manuals/conf/deck.pdf': await deck(6),
    });
    const project = loadProject(root).project;
    const r = await buildPackets(project, project.conferences[0]!, { out: join(root, 'out'), certificates: 'separate' });
    expect(r.failures).toEqual([]);
    const ana = await pages(r.packets[0]!.path);
    expect(where(ana, 'Constancia de asistencia')).toEqual([]);
    // cover, agenda, 2 handout pages, evaluation on page 5 with its blank back.
    expect(ana.length).toBe(6);
    expect(where(ana, 'Evaluación')).toEqual([5]);
    expect(blank(ana[5])).toBe(true);
    expect(r.certificates?.path).toBe(join(root, 'out', 'packets', 'conf', 'certificates.pdf'));
    const certs = await pages(r.certificates!.path);
    expect(certs.length).toBe(2);
    expect(certs[0]!.text).toContain('Ana Núñez');
    expect(certs[1]!.text).toContain('John Smith');
    expect(certs[1]!.text.indexOf('Certificate of attendance')).toBeLessThan(certs[1]!.text.indexOf('Constancia de asistencia'));
    expect(certs.every((p) => p.width > p.height)).toBe(true);
  }, 120_000);

  it('--certificates separate with a packet of certificates alone: certificates.pdf only, no empty packets, no print.pdf', async () => {
    const root = writeProject({
      'manuals/conf/conference.yaml': `${conference('conf', 'pdf: deck.pdf')}packet: [certificate]\n`,
      'manuals/conf/attendees.csv': 'name,language\nAna Núñez,es\nJohn Smith,en\n',
      'manuals/conf/deck.pdf': await deck(3),
    });
    const project = loadProject(root).project;
    const r = await buildPackets(project, project.conferences[0]!, { out: join(root, 'out'), certificates: 'separate' });
    expect(r.failures).toEqual([]);
    expect(r.packets).toEqual([]);
    expect(r.print).toBeUndefined();
    expect(readdirSync(join(root, 'out', 'packets', 'conf'))).toEqual(['certificates.pdf']);
    const certs = await pages(r.certificates!.path);
    expect(certs.map((p) => p.text.includes('Ana Núñez'))).toEqual([true, false]);
    expect(certs[1]!.text).toContain('John Smith');
  }, 120_000);

  it('leaves facilitator notes (answer keys) out of an attendee packet and keeps them with facilitator: true', async () => {
    const root = writeProject({
      ...demoManual('demo', 1, { extra: { 1: { es: '\n::: facilitator\n**Respuestas:** CLAVEDERESPUESTAS uno y dos.\n:::\n\nTEXTOFINAL para todos.\n' } } }),
      'manuals/conf/conference.yaml': conference('conf', 'module: demo/01-tema-1'),
      'manuals/conf/attendees.csv': 'name,language\nAna Núñez,es\n',
    });
    const project = loadProject(root).project;
    const conf = project.conferences[0]!;
    const attendee = await buildPackets(project, conf, { out: join(root, 'a') });
    expect(attendee.failures).toEqual([]);
    const plain = (await pages(attendee.packets[0]!.path)).map((p) => p.text).join(' ');
    expect(plain).toContain('ESPAÑOLTEXTO');
    expect(plain).toContain('TEXTOFINAL');
    expect(plain).not.toContain('CLAVEDERESPUESTAS');
    expect(plain).not.toContain('Para quien facilita');
    const facilitator = await buildPackets(project, conf, { out: join(root, 'f'), facilitator: true });
    const full = (await pages(facilitator.packets[0]!.path)).map((p) => p.text).join(' ');
    expect(full).toContain('CLAVEDERESPUESTAS');
    expect(full).toContain('Para quien facilita');
  }, 180_000);
});
