// The HTML edition on localhost while an author writes (`watch --format html`).
// sirv serves the output folder; an HTML page is read from disk and a small
// live-reload script is added to the response only, never to the file (the
// built pages stay byte-identical and need no JavaScript). The script listens
// to a Server-Sent Events stream: `reload` after a rebuild wrote pages,
// `failed` with the build's errors.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { UsageError } from '../errors.js';

/** The event stream's path: no output file can have it (sirv serves no dot folders and promokit writes none with this name). */
export const EVENTS_PATH = '/__promokit/events';

/** Marks the injected script, so a test (or an author) can tell served pages from files. */
export const RELOAD_MARK = 'data-promokit-reload';

/** ES5 on purpose: it runs in whatever browser the author previews with. */
export const RELOAD_SCRIPT = `<script ${RELOAD_MARK}>
(function () {
  var events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  // Says on the page that it is listening (for tests, and for an author looking in the inspector).
  events.addEventListener('open', function () { document.documentElement.setAttribute('${RELOAD_MARK}', 'open'); });
  events.addEventListener('reload', function (e) {
    var paths = JSON.parse(e.data).paths;
    if (paths.length === 0 || paths.indexOf(decodeURIComponent(location.pathname)) !== -1) location.reload();
  });
  events.addEventListener('failed', function (e) {
    var messages = JSON.parse(e.data).messages;
    var box = document.getElementById('pk-preview-failed');
    if (messages.length === 0) {
      if (box) box.parentNode.removeChild(box);
      return;
    }
    if (!box) {
      box = document.createElement('pre');
      box.id = 'pk-preview-failed';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;margin:0;max-height:40vh;overflow:auto;padding:.8rem;background:#8b0000;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;z-index:10';
      document.body.appendChild(box);
    }
    box.textContent = messages.join('\\n');
  });
})();
</script>
`;

export interface PreviewOptions {
  /** The output folder (absolute). */
  dir: string;
  /** 0: any free port. */
  port: number;
  /** Default 127.0.0.1: the preview is the author's, not the network's. */
  host?: string;
}

export interface PreviewServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** Tells open pages that these files (absolute paths) changed; no paths: every page. */
  reload(files: string[]): void;
  /** Shows the build's errors on open pages; none: takes them away (a fix that gives the pages of before rewrites no file). */
  failed(messages: string[]): void;
  close(): Promise<void>;
}

/** The page with the live-reload script before its last `</body>` (or at its end). */
export function withReloadScript(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at);
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The pages of the output folder: <id>/*.html and <id>/modules/*.html, as URL paths. */
export function listPages(dir: string): string[] {
  const htmlIn = (sub: string): string[] => {
    try {
      return readdirSync(join(dir, sub)).filter((n) => n.endsWith('.html')).sort().map((n) => `/${sub}/${n}`.replace(/\\/g, '/'));
    } catch {
      return [];
    }
  };
  let manuals: string[] = [];
  try {
    manuals = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();
  } catch {
    // No output yet: an empty list.
  }
  return manuals.flatMap((m) => [...htmlIn(m), ...htmlIn(join(m, 'modules'))]);
}

function indexPage(dir: string): string {
  const links = listPages(dir).map((p) => `<li><a href="${escapeHtml(encodeURI(p))}">${escapeHtml(p.slice(1))}</a></li>`);
  return `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>promokit preview</title></head>\n<body style="font:18px/1.6 system-ui,sans-serif;margin:1rem">\n<h1>promokit preview</h1>\n<ul>\n${links.join('\n') || '<li>No page built yet.</li>'}\n</ul>\n</body>\n</html>\n`;
}

/** A request's file under `dir`, or undefined when the path is not a file name inside it. */
function fileOf(dir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // No dot folder (out/.cache) and no way out, as sirv.
  if (decoded.includes('\0') || decoded.split(/[\\/]/).some((part) => part.startsWith('.'))) return undefined;
  const file = resolve(dir, `.${decoded}`);
  return file.startsWith(dir + sep) ? file : undefined;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const dir = resolve(options.dir);
  const host = options.host ?? '127.0.0.1';
  // dev: the files change while it runs, so nothing is cached.
  const files = sirv(dir, { dev: true, dotfiles: false, etag: false });
  const clients = new Set<ServerResponse>();

  const send = (res: ServerResponse, status: number, type: string, body: string, head: boolean): void => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return send(res, 405, 'text/plain; charset=utf-8', 'only GET\n', false);
    if (url.pathname === EVENTS_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', withReloadScript(indexPage(dir)), head);
    if (url.pathname.endsWith('.html')) {
      const file = fileOf(dir, url.pathname);
      const html = file === undefined ? undefined : await readFile(file, 'utf8').catch(() => undefined);
      if (html === undefined) return send(res, 404, 'text/plain; charset=utf-8', `no page ${url.pathname} (the pages are listed at /)\n`, head);
      return send(res, 200, 'text/html; charset=utf-8', withReloadScript(html), head);
    }
    files(req, res, () => send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `${err instanceof Error ? err.message : String(err)}\n`, false);
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') fail(new UsageError(`port ${options.port} on ${host} is in use: choose another with --port, or --port 0 for any free port`));
      else if (err.code === 'EACCES') fail(new UsageError(`port ${options.port} on ${host} needs privileges: choose one above 1023 with --port`));
      else fail(err);
    });
    server.listen(options.port, host, () => done());
  });
  const port = (server.address() as AddressInfo).port;

  const broadcast = (event: string, data: unknown): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of clients) res.write(frame);
  };

  return {
    url: `http://${host}:${port}/`,
    port,
    reload: (changed) => broadcast('reload', { paths: changed.map((f) => `/${relative(dir, f).split(sep).join('/')}`) }),
    failed: (messages) => broadcast('failed', { messages }),
    close: () =>
      new Promise<void>((done) => {
        for (const res of clients) res.end();
        clients.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
