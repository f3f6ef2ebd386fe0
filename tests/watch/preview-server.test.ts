// The live preview of the HTML edition: the server alone (in this process),
// then `promokit watch --format html --port 0` as an author runs it (a child
// process): the page served, a save, the reload event, the new page, Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENTS_PATH, RELOAD_MARK, RELOAD_SCRIPT, startPreview, withReloadScript, type PreviewServer } from '../../src/watch/preview-server.js';
import { buildHtml } from '../../src/html/build-html.js';
import { demoManual, load, writeProject } from '../editions/fixture.js';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
const CHROMIUM = process.env.PROMOKIT_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`tests/watch/preview-server.test.ts: the test in chromium is skipped: no chromium at ${CHROMIUM} (install it with "apt-get install -y chromium", or set PROMOKIT_CHROMIUM)`);

/** An open Server-Sent Events stream: resolves `next(event)` with the data of the first such event not yet taken. */
async function events(url: string) {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/event-stream');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  const read = async (): Promise<void> => {
    const { done, value } = await reader.read();
    if (done) ended = true;
    else buffer += decoder.decode(value, { stream: true });
  };
  // The first frame (`retry:`) says the server holds the stream: events sent from now on reach it.
  while (!buffer.includes('\n\n')) await read();
  return {
    async next(event: string): Promise<unknown> {
      for (;;) {
        const frames = buffer.split('\n\n');
        const i = frames.findIndex((f) => f.startsWith(`event: ${event}\n`));
        if (i !== -1) {
          buffer = frames.slice(i + 1).join('\n\n');
          return JSON.parse(frames[i]!.split('\ndata: ')[1]!);
        }
        if (ended) throw new Error(`the stream ended before a ${event} event; it held:\n${buffer}`);
        await read();
      }
    },
    /** Resolves when the server ends the stream. */
    async end(): Promise<void> {
      while (!ended) await read();
    },
    close: () => controller.abort(),
  };
}

describe('the preview server', () => {
  let server: PreviewServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves pages with the reload script, the files as they are, an index, and sends reload and failed events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-preview-'));
    mkdirSync(join(dir, 'm'));
    const page = '<!DOCTYPE html>\n<html lang="es"><body><p>Hola</p></body></html>\n';
    writeFileSync(join(dir, 'm', 'm.es.html'), page);
    writeFileSync(join(dir, 'm', 'm.es.epub'), 'not really an epub');
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, '.cache', 'secret.html'), 'cache');
    server = await startPreview({ dir, port: 0 });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    // The script is JavaScript a browser can parse (a broken one would leave pages without reload, silently).
    expect(() => new Function(RELOAD_SCRIPT.replace(/<\/?script[^>]*>/g, ''))).not.toThrow();

    const res = await fetch(`${server.url}m/m.es.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const served = await res.text();
    expect(served).toBe(withReloadScript(page));
    expect(served).toContain(RELOAD_MARK);
    expect(served.indexOf(RELOAD_MARK)).toBeLessThan(served.indexOf('</body>'));
    expect(readFileSync(join(dir, 'm', 'm.es.html'), 'utf8')).toBe(page);

    // Other files come from sirv as they are.
    expect(await (await fetch(`${server.url}m/m.es.epub`)).text()).toBe('not really an epub');
    const index = await (await fetch(server.url)).text();
    expect(index).toContain('<a href="/m/m.es.html">m/m.es.html</a>');
    expect(index).not.toContain('secret');
    // Nothing outside the folder, no dot folder, no missing page.
    for (const path of ['..%2f..%2fetc%2fpasswd.html', '.cache/secret.html', 'm/none.html', 'm/none.pdf']) {
      expect((await fetch(server.url + path)).status, path).toBe(404);
    }
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);

    const stream = await events(server.url + EVENTS_PATH.slice(1));
    server.reload([join(dir, 'm', 'm.es.html')]);
    expect(await stream.next('reload')).toEqual({ paths: ['/m/m.es.html'] });
    server.failed(['manuals/m/modules/01-a/es.md:3: something']);
    expect(await stream.next('failed')).toEqual({ messages: ['manuals/m/modules/01-a/es.md:3: something'] });
    // Closing the server ends the open streams (a watch stopped with Ctrl-C does not hang on them).
    await server.close();
    server = undefined;
    await stream.end();
  });

  it('names a port in use and the way out', async () => {
    server = await startPreview({ dir: tmpdir(), port: 0 });
    await expect(startPreview({ dir: tmpdir(), port: server.port })).rejects.toThrow(`port ${server.port} on 127.0.0.1 is in use: choose another with --port, or --port 0 for any free port`);
  });
});

/** `promokit watch --format html --port 0 --json` in a fixture project, and its events as they come. */
function startWatch(root: string) {
  const proc = spawn(process.execPath, [BIN, 'watch', '--format', 'html', '--port', '0', '--json'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
  // 'close': the process is gone and its pipes are read to the end.
  const exited = new Promise<number | null>((done) => proc.on('close', (code) => done(code)));
  // One JSON object a line on stdout: wait for the first line of each event.
  const lines: Record<string, unknown>[] = [];
  const waiters: { event: string; done: (line: Record<string, unknown>) => void }[] = [];
  let partial = '';
  proc.stdout!.on('data', (d: Buffer) => {
    partial += d.toString();
    const complete = partial.split('\n');
    partial = complete.pop()!;
    for (const text of complete) {
      const line = JSON.parse(text) as Record<string, unknown>;
      const w = waiters.findIndex((x) => x.event === line.event);
      if (w === -1) lines.push(line);
      else waiters.splice(w, 1)[0]!.done(line);
    }
  });
  const next = (event: string): Promise<Record<string, unknown>> => {
    const i = lines.findIndex((l) => l.event === event);
    if (i !== -1) return Promise.resolve(lines.splice(i, 1)[0]!);
    return Promise.race([
      new Promise<Record<string, unknown>>((done) => waiters.push({ event, done })),
      exited.then((code) => Promise.reject(new Error(`watch exited (${code}) before a ${event} event:\n${stderr}`))),
    ]);
  };
  return { proc, exited, next, stderr: () => stderr };
}

describe('promokit watch --format html', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  it('serves the edition, reloads the open page when a module is saved, and stops on Ctrl-C', async () => {
    const root = writeProject(demoManual('demo', 2));
    const { proc, exited, next, stderr } = startWatch(root);
    child = proc;
    const serving = await next('serving');
    const url = serving.url as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/demo\/demo\.html$/);
    await next('ready');

    const first = await fetch(url);
    expect(first.status).toBe(200);
    const page = await first.text();
    expect(page).toContain('Módulo número 1: el estrés');
    expect(page).toContain(RELOAD_MARK);
    const onDisk = readFileSync(join(root, 'out/demo/demo.html'), 'utf8');
    expect(onDisk).not.toContain(RELOAD_MARK);
    expect(page).toBe(withReloadScript(onDisk));

    const stream = await events(new URL(EVENTS_PATH, url).href);
    const es = join(root, 'manuals/demo/modules/02-tema-2/es.md');
    writeFileSync(es, readFileSync(es, 'utf8').replace('## Objetivos', 'Una frase que nadie había escrito.\n\n## Objetivos'));
    const reload = (await stream.next('reload')) as { paths: string[] };
    expect(reload.paths.sort()).toEqual(['/demo/demo.es.html', '/demo/demo.html']);
    const rebuilt = await next('rebuild');
    expect(rebuilt).toMatchObject({ ok: true, target: { manual: 'demo', module: '02-tema-2', lang: 'es', part: 'pages' } });
    const after = await (await fetch(url)).text();
    expect(after).toContain('Una frase que nadie había escrito.');
    // The files watch wrote are those build writes from the same sources, byte for byte.
    const fresh = join(root, 'fresh');
    await buildHtml(load(root), { out: fresh, manuals: ['demo'], sourceDateEpoch: '1767225600' });
    for (const name of ['demo.html', 'demo.es.html', 'demo.en.html']) {
      expect(readFileSync(join(root, 'out/demo', name)).equals(readFileSync(join(fresh, 'demo', name))), name).toBe(true);
    }
    expect(after).toBe(withReloadScript(readFileSync(join(fresh, 'demo/demo.html'), 'utf8')));

    // A broken save: the open page is told why, the server goes on.
    writeFileSync(es, `${readFileSync(es, 'utf8')}\n![Un mapa](img/no-existe.png)\n`);
    const failed = (await stream.next('failed')) as { messages: string[] };
    expect(failed.messages.join('\n')).toContain('manuals/demo/modules/02-tema-2/es.md');
    expect((await fetch(url)).status).toBe(200);

    proc.kill('SIGINT');
    await stream.end();
    expect(await exited).toBe(130);
    // stderr is another pipe: read once the process is gone.
    expect(stderr()).toContain(`serving ${url} (every page: ${new URL('/', url).href})`);
  }, 180_000);

  it.skipIf(!HAVE_CHROMIUM)('in chromium at 360 px: the open page reloads itself after a save, shows a failed rebuild until it is fixed', async () => {
    const root = writeProject(demoManual('demo', 2));
    const { proc, exited, next } = startWatch(root);
    child = proc;
    const url = (await next('serving')).url as string;
    await next('ready');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(url.replace('demo.html', 'demo.es.html'), { waitUntil: 'load' });
      // The page's own event stream is open before the save.
      await page.locator(`html[${RELOAD_MARK}="open"]`).waitFor({ state: 'attached' });
      const reloaded = page.waitForEvent('load');
      const es = join(root, 'manuals/demo/modules/01-tema-1/es.md');
      writeFileSync(es, readFileSync(es, 'utf8').replace('## Objetivos', 'Escrito después de abrir la página.\n\n## Objetivos'));
      await reloaded;
      expect(await page.locator('main').textContent()).toContain('Escrito después de abrir la página.');

      const good = readFileSync(es, 'utf8');
      writeFileSync(es, `${good}\n![Un mapa](img/no-existe.png)\n`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('manuals/demo/modules/01-tema-1/es.md');
      const shots = mkdtempSync(join(tmpdir(), 'promokit-preview-shots-'));
      await page.screenshot({ path: join(shots, 'preview-failed-360.png') });
      console.log(`screenshots: ${shots}`);
      // Fixed: the pages are those of before (no file rewritten, no reload), and the errors go away.
      writeFileSync(es, good);
      await alert.waitFor({ state: 'detached' });
    } finally {
      await browser.close();
    }
    proc.kill('SIGINT');
    expect(await exited).toBe(130);
  }, 180_000);

  it('refuses a port that is not a number, before building anything', async () => {
    const root = writeProject(demoManual('demo', 1));
    const proc = spawn(process.execPath, [BIN, 'watch', '--format', 'html', '--port', 'abc'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => proc.on('exit', (c) => done(c)));
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number from 0 to 65535 (0: any free port), not "abc"');
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  }, 60_000);
});
