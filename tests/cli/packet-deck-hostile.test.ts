// `packet` reads a session's `pdf:` with the same loader as `handout`
// (src/assemble/load.ts readPdf): a hostile deck is a finding on that deck,
// with its rule, and the packet is still made without it.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeProject } from '../helpers/fixture.js';
import { garbageXrefStream, loopingPageTree } from '../assemble/hostile-pdfs.js';

const conference = (pdfs: readonly string[]): string => `id: conf
name: { es: Conferencia, en: Conference }
languages: [es, en]
date: 2026-11-14
venue: { name: Centro, city: El Paso }
hours: 6
sessions:
${pdfs.map((p, i) => `  - time: "1${i}:00"\n    title: { es: Taller ${i}, en: Workshop ${i} }\n    pdf: ${p}\n`).join('')}packet: [cover, handouts]
`;

describe('packet with hostile session decks', () => {
  it('a looping page tree and a garbage cross-reference stream: each named with pdf-damaged, exit 1, no internal error', async () => {
    const root = writeProject({
      'manuals/conf/conference.yaml': conference(['decks/loop.pdf', 'decks/xref.pdf']),
      'manuals/conf/attendees.csv': 'name\nAna\n',
      'manuals/conf/decks/loop.pdf': loopingPageTree(),
      'manuals/conf/decks/xref.pdf': garbageXrefStream(),
    });
    const r = await runCli(['packet', 'manuals/conf'], root);
    expect(r.stderr).toMatch(/manuals\/conf\/decks\/loop\.pdf: the PDF is damaged or incomplete \(its page tree loops .*pdf-damaged/);
    expect(r.stderr).toMatch(/manuals\/conf\/decks\/xref\.pdf: the PDF is damaged or incomplete \(its cross-reference stream declares 2,000,000,000 entries.*pdf-damaged/);
    expect(r.stderr).not.toMatch(/internal error|call stack|\n\s+at /);
    expect(r.code).toBe(1);
  }, 180_000);

  it('a session pdf: that is a FIFO is refused before it is opened (no hang)', async () => {
    const root = writeProject({ 'manuals/conf/conference.yaml': conference(['decks/pipe.pdf']), 'manuals/conf/attendees.csv': 'name\nAna\n' });
    mkdirSync(join(root, 'manuals/conf/decks'));
    execFileSync('mkfifo', [join(root, 'manuals/conf/decks/pipe.pdf')]);
    const r = await runCli(['packet', 'manuals/conf'], root);
    expect(r.stderr).toMatch(/pipe\.pdf.*(folder, pipe or device|pipe, socket or device).*file-unreadable/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(1);
  }, 180_000);
});
