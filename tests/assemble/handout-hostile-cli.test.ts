// `promokit handout` on hostile and broken decks, run as a user runs it
// (dist/, a separate process with a time limit): each is named in one clear
// error with its rule, the exit code says what kind of problem it is, no
// stack trace, nothing is written, and nothing hangs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { garbageXrefStream, loopingPageTree, manyPages, truncated, writeOversized } from './hostile-pdfs.js';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
/** Far above a refusal (about a second), far below a hang. */
const LIMIT_MS = 60_000;

/** Runs `promokit handout <deck> -o out/handout.pdf` in `dir`; a run past LIMIT_MS is killed and fails the test. */
function handout(dir: string, deck: string): { code: number; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'handout', deck, '-o', 'out/handout.pdf'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: LIMIT_MS,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status === null) throw new Error(`promokit handout ${deck} did not finish in ${LIMIT_MS / 1000} s (${r.signal ?? r.error?.message})`);
  return { code: r.status, stderr: r.stderr };
}

interface Case {
  name: string;
  /** Makes the input in `dir` and returns the path to pass. */
  make: (dir: string) => Promise<string> | string;
  code: number;
  stderr: RegExp;
}

const CASES: Case[] = [
  {
    name: 'a FIFO (no writer: reading it would wait forever)',
    make: (dir) => (execFileSync('mkfifo', [join(dir, 'deck.pdf')]), 'deck.pdf'),
    code: 2,
    stderr: /^promokit: deck\.pdf: cannot read the deck \(it is a pipe, socket or device, not a file, so it is not read\); check the path {2}file-unreadable\n$/,
  },
  {
    name: '/dev/zero (reading it would never end)',
    make: () => '/dev/zero',
    code: 2,
    stderr: /^promokit: \/dev\/zero: cannot read the deck \(it is a pipe, socket or device/,
  },
  {
    name: 'a folder',
    make: (dir) => (mkdirSync(join(dir, 'deck.pdf')), 'deck.pdf'),
    code: 2,
    stderr: /^promokit: deck\.pdf: cannot read the deck \(it is a folder\); check the path {2}file-unreadable\n$/,
  },
  {
    name: 'a PDF with a garbage cross-reference stream',
    make: (dir) => (writeFileSync(join(dir, 'deck.pdf'), garbageXrefStream()), 'deck.pdf'),
    code: 1,
    stderr: /^promokit: deck\.pdf: the PDF is damaged or incomplete \(its cross-reference stream declares 2,000,000,000 entries.*pdf-damaged\n$/,
  },
  {
    name: 'a PDF whose page tree loops',
    make: (dir) => (writeFileSync(join(dir, 'deck.pdf'), loopingPageTree()), 'deck.pdf'),
    code: 1,
    stderr: /^promokit: deck\.pdf: the PDF is damaged or incomplete \(its page tree loops .*pdf-damaged\n$/,
  },
  {
    name: 'a truncated PDF',
    make: async (dir) => (writeFileSync(join(dir, 'deck.pdf'), await truncated(0.6)), 'deck.pdf'),
    code: 1,
    stderr: /^promokit: deck\.pdf: the PDF is damaged or incomplete \(the file ends early.*pdf-damaged\n$/,
  },
  {
    name: `a PDF of more than ${LIMITS.pdfPages} pages`,
    make: async (dir) => (writeFileSync(join(dir, 'deck.pdf'), await manyPages(LIMITS.pdfPages + 1)), 'deck.pdf'),
    code: 1,
    stderr: /^promokit: deck\.pdf: the PDF is too large to use: it has more than 2,000 pages, the most a deck may have; split it {2}input-too-large\n$/,
  },
  {
    name: `a PDF over ${LIMITS.pdfBytes / 1024 / 1024} MB (sparse: no disk used)`,
    make: async (dir) => (await writeOversized(join(dir, 'deck.pdf'), LIMITS.pdfBytes + 5 * 1024 * 1024), 'deck.pdf'),
    code: 1,
    stderr: /^promokit: deck\.pdf: the PDF is too large to use: it is 205\.0 MB, more than the 200\.0 MB a deck may have; .* {2}input-too-large\n$/,
  },
];

describe('promokit handout on hostile input (CLI)', () => {
  for (const c of CASES) {
    it(`${c.name}: exit ${c.code}, the file named, nothing written`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'promokit-handout-hostile-'));
      const deck = await c.make(dir);
      const before = readdirSync(dir).sort();
      const r = handout(dir, deck);
      expect(r.stderr).toMatch(c.stderr);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.code).toBe(c.code);
      expect(readdirSync(dir).sort()).toEqual(before); // no out/, no temporary file
    });
  }
});
