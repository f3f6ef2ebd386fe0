// `promokit packet` with a remote HTTP cache (--cache-url, PROMOKIT_CACHE_URL,
// cache.url), against the bazel-remote stand-in of tests/helpers: a second
// machine (an empty out/) sets nothing with Typst and makes the same bytes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCasServer, type CasServer } from '../helpers/cas-server.js';
import { runCli } from '../helpers/cli.js';
import { demoManual, writeProject } from '../editions/fixture.js';
import { conferenceHead } from './event-fixture.js';

const CONFERENCE = `${conferenceHead(2)}  - time: "09:00"
    end: "10:00"
    kind: plenary
    title: { es: Apertura, en: Opening }
    module: demo/01-tema-1
  - time: "10:00"
    end: "11:00"
    kind: workshop
    title: { es: Taller, en: Workshop }
    slides: demo/01-tema-1
packet: [cover, agenda, handouts, evaluation, certificate]
`;

const slidesMd = (title: string, point: string): string => `---\ntitle: ${title}\n---\n\n## ${title}\n\n- ${point}\n`;

interface PacketJson {
  ok: boolean;
  packets: { attendee: string; path: string }[];
  certificateFiles: { path: string; pages: number }[];
  stats: { typeset: { templates: number; decks: number; modules: number; cached: number }; converted: number; convertedFromCache: number; remote?: { hits: number; misses: number; uploads: number } };
  findings: { rule: string; severity: string; message: string }[];
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** A port nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('promokit packet with a remote cache', () => {
  let server: CasServer;
  let root: string;
  const env = { SOURCE_DATE_EPOCH: '1700000000', PROMOKIT_CACHE_URL: '' };
  beforeAll(async () => {
    server = await startCasServer();
    root = writeProject({
      ...demoManual('demo', 1),
      'manuals/demo/modules/01-tema-1/slides.es.md': slidesMd('Tema uno', 'Punto uno'),
      'manuals/demo/modules/01-tema-1/slides.en.md': slidesMd('Topic one', 'Point one'),
      'manuals/conf/conference.yaml': CONFERENCE,
      'manuals/conf/attendees.csv': 'name,language\nAna Pérez,es\nLuis Gómez,en\nRosa Díaz,es\n',
    });
  });
  afterAll(() => server.close());

  const packetArgs = (out: string): string[] => ['packet', 'manuals/conf', '--out', out, '--certificates', 'separate', '--json'];
  const pdfs = (out: string): Map<string, string> => {
    const dir = join(root, out, 'packets', 'conf');
    return new Map(readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => [f, sha256(readFileSync(join(dir, f)))]));
  };
  const setByTypst = (j: PacketJson): number => j.stats.typeset.templates + j.stats.typeset.decks + j.stats.typeset.modules;

  it('refuses --cache-write without a cache URL, and a URL that is not http(s), exit 2', async () => {
    const nowhere = await runCli(['packet', 'manuals/conf', '--out', 'out-x', '--cache-write'], root, env);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('--cache-write: no remote cache to write to');
    const ftp = await runCli(['packet', 'manuals/conf', '--out', 'out-x', '--cache-url', 'ftp://cache.example'], root, env);
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toContain('--cache-url: only http and https');
  }, 600_000);

  it('fills the cache, then packs into an empty out/ setting nothing with Typst, byte for byte the same', async () => {
    const first = await runCli([...packetArgs('out-a'), '--cache-url', server.url, '--cache-write'], root, env);
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout) as PacketJson;
    expect(a.packets).toHaveLength(3);
    // 3 covers, 3 certificates, agenda and evaluation in 2 language orders; a deck and the module's pages in each language.
    expect(a.stats.typeset).toEqual({ templates: 10, decks: 2, modules: 2, cached: 0 });
    // The module and the deck, each in two languages.
    expect(a.stats.converted).toBe(4);
    expect(a.stats.remote?.uploads).toBeGreaterThan(0);
    expect(server.requests.some((r) => r.method === 'PUT' && r.path.startsWith('/cas/'))).toBe(true);

    // The second machine: an empty out/, the URL from the environment, read only.
    const seen = server.requests.length;
    const second = await runCli(packetArgs('out-b'), root, { ...env, PROMOKIT_CACHE_URL: server.url });
    expect(second.code, second.stderr).toBe(0);
    const b = JSON.parse(second.stdout) as PacketJson;
    expect(setByTypst(b)).toBe(0);
    expect(b.stats.typeset.cached).toBe(14);
    expect(b.stats.converted).toBe(0);
    expect(b.stats.convertedFromCache).toBe(4);
    expect(b.stats.remote?.hits).toBeGreaterThan(0);
    expect(b.stats.remote?.uploads).toBe(0);
    expect(b.findings).toEqual([]);
    expect(server.requests.slice(seen).filter((r) => r.method === 'PUT')).toEqual([]);
    const made = pdfs('out-a');
    expect([...made.keys()].sort()).toEqual(['ana-perez.pdf', 'certificates.pdf', 'luis-gomez.pdf', 'print.pdf', 'rosa-diaz.pdf']);
    expect(pdfs('out-b')).toEqual(made);

    // The settings file's cache.url, when neither flag nor variable gives one.
    writeFileSync(join(root, 'promokit.config.yaml'), `cache:\n  url: ${server.url}\n`);
    const third = await runCli(packetArgs('out-c'), root, env);
    expect(third.code, third.stderr).toBe(0);
    const c = JSON.parse(third.stdout) as PacketJson;
    expect(setByTypst(c)).toBe(0);
    expect(c.stats.remote?.hits).toBeGreaterThan(0);
    expect(pdfs('out-c')).toEqual(made);
  }, 600_000);

  it('packs anyway when the cache cannot be reached: one warning, the password never shown', async () => {
    const url = `http://promotora:s3cr3t-pw@127.0.0.1:${await closedPort()}`;
    const r = await runCli([...packetArgs('out-down'), '--cache-url', url, '--cache-write'], root, env);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as PacketJson;
    expect(j.ok).toBe(true);
    expect(j.packets).toHaveLength(3);
    const warnings = j.findings.filter((f) => f.rule === 'remote-cache');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning' });
    expect(warnings[0]!.message).toContain('promotora:***@');
    expect(r.stdout + r.stderr).not.toContain('s3cr3t-pw');
  }, 600_000);

});
