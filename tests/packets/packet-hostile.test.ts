// `promokit packet` on hostile and broken input, run as a user runs it (dist/).
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPages } from '../editions/pdf-read.js';
import { runCli } from '../helpers/cli.js';
import { writeProject, type Files } from '../helpers/fixture.js';

const conference = (sessions: string, top = ''): string => `id: conf
name: { es: Conferencia de Prueba, en: Test Conference }
languages: [es, en]
date: 2026-11-14
venue: { name: Centro Comunitario, city: El Paso }
hours: 6
${top}sessions:
  - time: "09:00"
    end: "10:00"
    kind: plenary
    title: { es: Apertura, en: Opening }
${sessions}packet: [cover, agenda, certificate]
`;

async function deck(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([720, 540]).drawText(text, { x: 50, y: 270, size: 40, font });
  return doc.save();
}

/** A project in <tmp>/project, with <tmp>/elsewhere/secret.pdf beside it (outside). */
async function project(files: Files): Promise<{ root: string; elsewhere: string }> {
  const root = realpathSync(writeProject({ 'manuals/conf/conference.yaml': conference(''), 'manuals/conf/attendees.csv': 'name\nAna\n', ...files }));
  const elsewhere = join(dirname(root), `${root.split('/').pop()!}-elsewhere`);
  mkdirSync(elsewhere, { recursive: true });
  writeFileSync(join(elsewhere, 'secret.pdf'), await deck('SECRET SLIDE'));
  writeFileSync(join(elsewhere, 'cover.typ'), 'SECRET COVER');
  writeFileSync(join(elsewhere, 'attendees.csv'), 'name\nMallory\n');
  return { root, elsewhere };
}

const packet = async (root: string, ...args: string[]) => await runCli(['packet', 'manuals/conf', ...args], root);
/** What packet wrote for the user: the cache (out/.cache, where Typst's pages are kept) is left out. */
const written = (root: string): string[] =>
  existsSync(join(root, 'out'))
    ? readdirSync(join(root, 'out'), { recursive: true })
        .map(String)
        .filter((p) => !p.startsWith('.cache'))
        .sort()
    : [];
const firstPage = async (path: string): Promise<string> => (await readPages(new Uint8Array(readFileSync(path))))[0]!.text;
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('packet: file names unique by construction', () => {
  it('duplicates, a name like a fixed output, a 300-character name and non-Latin names each get their own file', async () => {
    const long = `María ${'Guadalupe '.repeat(29)}Núñez`;
    const names = ['Ana', 'Ana', 'Ana-2', 'Print', long, `${long} Peña`, '王小明', 'Ñuñez'];
    const { root } = await project({ 'manuals/conf/attendees.csv': `name\n${names.join('\n')}\n` });
    const r = await packet(root, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const longSlug = `maria-${'guadalupe-'.repeat(6)}guadalupe`; // 75 bytes: cut at a word, under 80
    const slugs = ['ana', 'ana-2', 'ana-2-2', 'print-2', longSlug, `${longSlug}-2`, 'attendee-007', 'nunez'];
    expect(written(root)).toEqual(['packets', 'packets/conf', ...[...slugs, 'print'].map((s) => `packets/conf/${s}.pdf`)].sort());
    const summary = JSON.parse(r.stdout) as { packets: { attendee: string; path: string }[]; print: string };
    expect(summary.packets.map((p) => [p.attendee, p.path])).toEqual(names.map((n, i) => [n, `out/packets/conf/${slugs[i]}.pdf`]));
    expect(summary.print).toBe('out/packets/conf/print.pdf');
    let printPages = 0;
    for (const [i, slug] of slugs.entries()) {
      const pages = (await readPages(new Uint8Array(readFileSync(join(root, 'out/packets/conf', `${slug}.pdf`))))).map((p) => p.text);
      // The cover: every page before the agenda (templates/cover.typ lets a 300-character name run onto a second page).
      const cover = pages.slice(0, pages.findIndex((p) => p.startsWith('Programa'))).join(' ');
      // 王小明 needs a CJK font, which promokit does not ship: its cover shows no glyphs for it.
      if (names[i] !== '王小明') expect(squeeze(cover), slug).toContain(squeeze(names[i]!));
      printPages += pages.length + (i < slugs.length - 1 ? pages.length % 2 : 0);
    }
    // print.pdf holds every packet, each from a front page: it is not an attendee's packet.
    expect((await PDFDocument.load(readFileSync(join(root, 'out/packets/conf/print.pdf')))).getPageCount()).toBe(printPages);
    // --only finds a packet by its slug, and rewrites only that file.
    const only = await packet(root, '--only', 'ana-2-2', '--json');
    expect(only.code).toBe(0);
    expect((JSON.parse(only.stdout) as { packets: { attendee: string }[] }).packets.map((p) => p.attendee)).toEqual(['Ana-2']);
  }, 120_000);
});

describe('packet: attendees CSV encoding', () => {
  const latin1 = Uint8Array.from([...'name,organization\nLuis,Red\nAna Pérez,Clínica\n'].map((c) => c.charCodeAt(0)));

  it('refuses a Latin-1 CSV, naming file and line, with exit 1 and nothing written; --encoding latin1 reads it', async () => {
    const { root } = await project({ 'manuals/conf/attendees.csv': latin1 });
    const r = await packet(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('manuals/conf/attendees.csv:3: ');
    expect(r.stderr).toContain('not valid UTF-8');
    expect(r.stderr).toContain('--encoding latin1');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(written(root)).toEqual([]);
    const ok = await packet(root, '--encoding', 'latin1');
    expect(ok.code).toBe(0);
    expect(await firstPage(join(root, 'out/packets/conf/ana-perez.pdf'))).toContain('Ana Pérez');
    expect((await packet(root, '--encoding', 'klingon')).code).toBe(2);
  }, 120_000);

  it('reads UTF-16 LE with its byte-order mark', async () => {
    const { root } = await project({ 'manuals/conf/attendees.csv': Uint8Array.from(Buffer.from('\ufeffname\r\nAna Pérez\r\n', 'utf16le')) });
    const r = await packet(root);
    expect(r.code).toBe(0);
    expect(await firstPage(join(root, 'out/packets/conf/ana-perez.pdf'))).toContain('Ana Pérez');
  }, 120_000);
});

describe('packet: files conference.yaml names stay in the project', () => {
  const pdfSession = (path: string): string => `  - time: "10:00"\n    title: { es: Taller, en: Workshop }\n    pdf: ${path}\n`;

  it('refuses a deck reached by ../ with path-outside-project on its line; nothing written', async () => {
    const { root, elsewhere } = await project({});
    writeFileSync(join(root, 'manuals/conf/conference.yaml'), conference(pdfSession(`../../../${elsewhere.split('/').pop()!}/secret.pdf`)));
    const r = await packet(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`manuals/conf/conference.yaml:14: pdf ../../../`);
    expect(r.stderr).toContain(`leads to ${join(elsewhere, 'secret.pdf')}, which is outside the project`);
    expect(r.stderr).toContain('path-outside-project');
    expect(written(root)).toEqual([]);
    // check says the same on the same line, before anyone runs packet.
    const c = await runCli(['check', '--format', 'json'], root);
    expect(c.code).toBe(1);
    const d = (JSON.parse(c.stdout) as { diagnostics: { file: string; line: number; rule: string; message: string }[] }).diagnostics;
    expect(d.filter((x) => x.rule === 'path-outside-project')).toEqual([
      expect.objectContaining({ file: 'manuals/conf/conference.yaml', line: 14, message: expect.stringContaining(join(elsewhere, 'secret.pdf')) }),
    ]);
  }, 120_000);

  it('refuses a deck, an attendees file and a template override that are symlinks out of the project', async () => {
    const { root, elsewhere } = await project({ 'manuals/conf/conference.yaml': conference(pdfSession('decks/talk.pdf'), 'attendees: people.csv\n') });
    mkdirSync(join(root, 'manuals/conf/decks'));
    symlinkSync(join(elsewhere, 'secret.pdf'), join(root, 'manuals/conf/decks/talk.pdf'));
    symlinkSync(join(elsewhere, 'attendees.csv'), join(root, 'manuals/conf/people.csv'));
    symlinkSync(join(elsewhere, 'cover.typ'), join(root, 'manuals/conf/cover.typ'));
    const r = await packet(root, '--json');
    expect(r.code).toBe(1);
    const failures = (JSON.parse(r.stdout) as { failures: { file: string; line: number | null; rule: string; message: string }[] }).failures;
    expect(failures.map((f) => [f.file, f.line ?? null, f.rule])).toEqual([
      ['manuals/conf/conference.yaml', 15, 'path-outside-project'],
      ['manuals/conf/conference.yaml', 7, 'path-outside-project'],
      ['manuals/conf/cover.typ', null, 'path-outside-project'],
    ]);
    expect(failures[0]!.message).toContain(join(elsewhere, 'secret.pdf'));
    expect(written(root)).toEqual([]);
  }, 120_000);

  it('takes an attendees CSV given on the command line from anywhere, and a deck linked inside the project', async () => {
    const { root, elsewhere } = await project({ 'manuals/conf/conference.yaml': conference(pdfSession('decks/talk.pdf')).replace('cover, agenda, certificate', 'cover, handouts'), 'shared/talk.pdf': await deck('SHARED SLIDE') });
    mkdirSync(join(root, 'manuals/conf/decks'));
    symlinkSync(join(root, 'shared/talk.pdf'), join(root, 'manuals/conf/decks/talk.pdf'));
    const r = await packet(root, '--attendees', join(elsewhere, 'attendees.csv'));
    expect(r.code).toBe(0);
    const pages = (await readPages(new Uint8Array(readFileSync(join(root, 'out/packets/conf/mallory.pdf'))))).map((p) => p.text).join(' ');
    expect(pages).toContain('Mallory');
    expect(pages).toContain('SHARED SLIDE');
  }, 120_000);
});

describe('packet: session times', () => {
  it('refuses 25:99 and 9:60 with file, line and field; nothing written', async () => {
    const bad = conference('  - time: "25:99"\n    title: { es: Tarde, en: Late }\n').replace('end: "10:00"', 'end: "9:60"');
    const { root } = await project({ 'manuals/conf/conference.yaml': bad });
    const r = await packet(root);
    expect(r.code).toBe(1);
    // Whether the schema or packet's own check finds it, it is named by file, line and field.
    expect(r.stderr).toMatch(/manuals\/conf\/conference\.yaml:9: field "sessions(\[0\]|\.0)\.end".*time of day.*config-invalid/);
    expect(r.stderr).toMatch(/manuals\/conf\/conference\.yaml:12: field "sessions(\[1\]|\.1)\.time".*time of day.*config-invalid/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(written(root)).toEqual([]);
  }, 120_000);

  it('reports an invalid conference.yaml on its line, not only that it is invalid', async () => {
    const { root } = await project({ 'manuals/conf/conference.yaml': conference('').replace('kind: plenary', 'kind: party') });
    const r = await packet(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/manuals\/conf\/conference\.yaml:10: .*config-invalid/);
    expect(written(root)).toEqual([]);
  }, 120_000);
});

describe('packet: an organiser template that never finishes', () => {
  it('is stopped at the time limit with typeset-timeout, naming the template', async () => {
    const loop = '#for i in range(100000) { for j in range(100000) { for k in range(100000) { } } }\n';
    const { root } = await project({ 'manuals/conf/cover.typ': loop });
    const r = await runCli(['packet', 'manuals/conf', '--json'], root, { PROMOKIT_TYPESET_TIMEOUT: '5' });
    expect(r.code).toBe(1);
    const failures = (JSON.parse(r.stdout) as { failures: { file: string; rule: string }[] }).failures;
    expect(failures).toContainEqual(expect.objectContaining({ file: 'manuals/conf/cover.typ', rule: 'typeset-timeout' }));
  }, 120_000);
});
