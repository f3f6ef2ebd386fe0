// The remote HTTP cache (src/cache/remote-cache.ts) behind out/.cache, spoken
// as bazel-remote speaks it, against a small server started here on 127.0.0.1.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeActionResult, encodeActionResult } from '../../src/cache/action-result.js';
import { BuildCache } from '../../src/cache/build-cache.js';
import { parseCacheUrl, RemoteCache } from '../../src/cache/remote-cache.js';
import { startCasServer, type CasServer } from '../helpers/cas-server.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, moduleEn, moduleEs, SVG } from '../helpers/fixture.js';

const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

/** A port nothing listens on: taken, then given back. */
async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

describe('ActionResult', () => {
  it('names the CAS blob of an entry, and reads back what it wrote', () => {
    const digest = { hash: sha256('x'), size: 300 };
    const bytes = encodeActionResult('typst/abc.typ', digest);
    expect(decodeActionResult(bytes, 'typst/abc.typ')).toEqual(digest);
    expect(decodeActionResult(bytes, 'typst/other.typ')).toBeUndefined();
    expect(decodeActionResult(Buffer.from('not a protobuf at all \xff\xff'), 'typst/abc.typ')).toBeUndefined();
    expect(decodeActionResult(bytes.subarray(0, bytes.length - 3), 'typst/abc.typ')).toBeUndefined();
  });
});

describe('remote cache', () => {
  let server: CasServer;
  beforeAll(async () => {
    server = await startCasServer();
  });
  afterAll(() => server.close());

  it('sends with write, reads back checked, and keeps what it read locally', async () => {
    const writer = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-remote-')), [], new RemoteCache({ url: server.url, write: true }));
    await writer.write('pdf', 'k1.pdf', 'the compiled pages');
    expect(writer.remote?.stats.uploads).toBe(1);
    expect(server.entries.get(`/cas/${sha256('the compiled pages')}`)?.toString()).toBe('the compiled pages');

    const dir = mkdtempSync(join(tmpdir(), 'promokit-remote-'));
    const reader = new BuildCache(dir, [], new RemoteCache({ url: server.url }));
    expect((await reader.read('pdf', 'k1.pdf'))?.toString()).toBe('the compiled pages');
    expect(existsSync(join(dir, 'pdf', 'k1.pdf'))).toBe(true);
    expect(await reader.read('pdf', 'missing.pdf')).toBeUndefined();
    expect(reader.remote?.stats).toEqual({ hits: 1, misses: 1, uploads: 0 });
    // A miss is not asked for again in the same run.
    const asked = server.requests.length;
    expect(await reader.has('pdf', 'missing.pdf')).toBe(false);
    expect(await reader.read('pdf', 'missing.pdf')).toBeUndefined();
    expect(server.requests.length).toBe(asked);
    // Read only: a new entry stays local.
    const puts = server.requests.filter((r) => r.method === 'PUT').length;
    await reader.write('pdf', 'k2.pdf', 'local only');
    expect(server.requests.filter((r) => r.method === 'PUT').length).toBe(puts);
  });

  it('reads a blob that does not match its digest as a miss', async () => {
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-remote-')), [], new RemoteCache({ url: server.url, write: true }));
    await cache.write('typst', 'bad.typ', 'good text');
    server.entries.set(`/cas/${sha256('good text')}`, Buffer.from('evil text'));
    const reader = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-remote-')), [], new RemoteCache({ url: server.url }));
    expect(await reader.read('typst', 'bad.typ')).toBeUndefined();
    expect(reader.remote?.stats.misses).toBe(1);
    expect(reader.remote?.warning).toBeUndefined();
  });

  it('keeps the records of this out/ folder local', async () => {
    const before = server.requests.length;
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-remote-')), [], new RemoteCache({ url: server.url, write: true }));
    await cache.setOutputRecord('/out/a.pdf', { key: 'k', sha256: 's', pages: 1 });
    expect(await new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-remote-')), [], new RemoteCache({ url: server.url })).outputRecord('/out/a.pdf')).toBeUndefined();
    expect(server.requests.length).toBe(before);
  });

  it('turns itself off at the first failure, with one line, and never throws', async () => {
    const down = new RemoteCache({ url: await closedPort(), write: true });
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'promokit-remote-')), [], down);
    expect(await cache.read('pdf', 'a.pdf')).toBeUndefined();
    await cache.write('pdf', 'a.pdf', 'x');
    expect(down.up).toBe(false);
    expect(down.warning).toMatch(/^remote cache http:\/\/127\.0\.0\.1:\d+ not used for the rest of this run: /);
    expect(down.warning).not.toContain('\n');
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const remote = new RemoteCache({ url, timeoutMs: 300 });
    expect(await remote.get('pdf/a.pdf')).toBeUndefined();
    expect(remote.warning).toContain('no answer within 0.3 s');
    silent.closeAllConnections();
    await new Promise<void>((r) => silent.close(() => r()));
  });

  it('sends the user and password of the URL as Basic authorization, and never shows the password', async () => {
    const locked = await startCasServer(`Basic ${Buffer.from('region:s3cr=t').toString('base64')}`);
    const port = new URL(locked.url).port;
    const ok = new RemoteCache({ url: `http://region:s3cr%3Dt@127.0.0.1:${port}`, write: true });
    await ok.put('pdf/a.pdf', Buffer.from('x'));
    expect(ok.stats.uploads).toBe(1);
    expect((await ok.get('pdf/a.pdf'))?.toString()).toBe('x');
    const wrong = new RemoteCache({ url: `http://region:nope@127.0.0.1:${port}` });
    expect(await wrong.get('pdf/a.pdf')).toBeUndefined();
    expect(wrong.warning).toContain('401');
    expect(wrong.warning).toContain('region:***@');
    expect(wrong.warning).not.toContain('nope');
    await locked.close();
  });

  it('keeps at most 8 requests in flight however many entries are asked for at once', async () => {
    let open = 0;
    let most = 0;
    const slow = createServer((_req, res) => {
      open++;
      most = Math.max(most, open);
      setTimeout(() => {
        open--;
        res.writeHead(404).end();
      }, 20);
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const remote = new RemoteCache({ url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}` });
    const got = await Promise.all(Array.from({ length: 40 }, (_, i) => remote.get(`typst/${i}.typ`)));
    expect(got.every((g) => g === undefined)).toBe(true);
    expect(remote.stats.misses).toBe(40);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(8);
    await new Promise<void>((r) => slow.close(() => r()));
  });

  it('takes only http(s) URLs', () => {
    expect(parseCacheUrl('http://cache:9090/')).toBe('http://cache:9090');
    expect(parseCacheUrl('https://cache.example/pool')).toBe('https://cache.example/pool');
    expect(() => parseCacheUrl('ftp://cache')).toThrow(/only http and https/);
    expect(() => parseCacheUrl('cache:9090x')).toThrow(/not a URL|only http/);
    expect(() => parseCacheUrl('http://cache/?a=1')).toThrow(/query/);
  });
});

interface BuildJson {
  ok: boolean;
  outputs: { path: string; upToDate: boolean }[];
  stats: { converted: number; convertedFromCache: number; compiled: number; compiledFromCache: number; typeset: { modules: number; cached: number; fronts: number }; remote?: { hits: number; misses: number; uploads: number } };
  findings: { rule: string; severity: string; message: string }[];
}

describe('promokit build with a remote cache', () => {
  let server: CasServer;
  let root: string;
  const env = { SOURCE_DATE_EPOCH: '1700000000' };
  beforeAll(async () => {
    server = await startCasServer();
    root = demoProject({
      'manuals/demo/modules/02-sueno/es.md': moduleEs().replace('El estrés', 'El sueño'),
      'manuals/demo/modules/02-sueno/en.md': moduleEn().replace('Stress', 'Sleep'),
      'manuals/demo/modules/02-sueno/img/persona.svg': SVG,
    });
  });
  afterAll(() => server.close());

  const pdfs = (out: string): Map<string, string> =>
    new Map(readdirSync(join(root, out, 'demo')).filter((f) => f.endsWith('.pdf')).map((f) => [f, sha256(readFileSync(join(root, out, 'demo', f)))]));

  it('fills the cache, then builds into an empty out/ converting and compiling nothing', async () => {
    const first = await runCli(['build', '--out', 'out-a', '--cache-url', server.url, '--cache-write', '--json'], root, env);
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(first.stdout) as BuildJson;
    expect(a.stats.converted).toBeGreaterThan(0);
    expect(a.stats.remote?.uploads).toBeGreaterThan(0);
    expect(server.requests.some((r) => r.method === 'PUT' && r.path.startsWith('/cas/'))).toBe(true);
    expect(server.requests.some((r) => r.method === 'PUT' && r.path.startsWith('/ac/'))).toBe(true);

    // The second machine: an empty out/, the URL from the environment, read only.
    const seen = server.requests.length;
    expect(existsSync(join(root, 'out-b'))).toBe(false);
    const second = await runCli(['build', '--out', 'out-b', '--json'], root, { ...env, PROMOKIT_CACHE_URL: server.url });
    expect(second.code, second.stderr).toBe(0);
    const b = JSON.parse(second.stdout) as BuildJson;
    expect(b.stats.converted).toBe(0);
    // Editions are set in pieces (one per module) and joined: every piece comes from the remote cache.
    expect(b.stats.compiled).toBe(0);
    expect(b.stats.typeset.modules).toBe(0);
    expect(b.stats.typeset.cached).toBeGreaterThan(0);
    expect(b.stats.remote?.hits).toBeGreaterThan(0);
    expect(b.stats.remote?.uploads).toBe(0);
    expect(b.findings).toEqual([]);
    const during = server.requests.slice(seen);
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(pdfs('out-b')).toEqual(pdfs('out-a'));

    // No URL, no request.
    const before = server.requests.length;
    const third = await runCli(['build', '--out', 'out-c', '--json'], root, env);
    expect(third.code, third.stderr).toBe(0);
    expect((JSON.parse(third.stdout) as BuildJson).stats.remote).toBeUndefined();
    expect(server.requests.length).toBe(before);
  }, 600_000);

  it('builds anyway when the cache cannot be reached, with one warning', async () => {
    const url = await closedPort();
    const r = await runCli(['build', '--out', 'out-down', '--cache-url', url, '--cache-write', '--json'], root, env);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as BuildJson;
    expect(j.ok).toBe(true);
    expect(j.outputs.length).toBe(3);
    expect(j.findings.filter((f) => f.rule === 'remote-cache')).toHaveLength(1);
    expect(j.findings[0]).toMatchObject({ severity: 'warning' });
  }, 600_000);

  it('refuses a cache URL that is not http(s), and --cache-write without one, exit 2', async () => {
    const r = await runCli(['build', '--out', 'out-x', '--cache-url', 'ftp://cache.example'], root, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cache-url: only http and https');
    const nowhere = await runCli(['build', '--out', 'out-x', '--cache-write'], root, { ...env, PROMOKIT_CACHE_URL: '' });
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('--cache-write: no remote cache to write to');
  }, 600_000);
});
