// A tiny bazel-remote stand-in for tests: GET/PUT/HEAD under /ac/ and /cas/,
// in memory, on 127.0.0.1 and a free port. Like bazel-remote, it refuses a
// /cas/ upload whose body does not hash to its name. Every request is logged.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CasServer {
  url: string;
  entries: Map<string, Buffer>;
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

/** `authorization`: the header every request must carry (else 401), as bazel-remote with --htpasswd_file. */
export async function startCasServer(authorization?: string): Promise<CasServer> {
  const entries = new Map<string, Buffer>();
  const requests: CasServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '';
      const reply = (status: number, body?: Buffer): void => {
        requests.push({ method: req.method ?? '', path, status });
        res.writeHead(status, body ? { 'content-length': body.byteLength } : {});
        res.end(body);
      };
      if (authorization && req.headers.authorization !== authorization) return reply(401);
      const m = /^\/(ac|cas)\/([0-9a-f]{64})$/.exec(path);
      if (!m) return reply(400);
      if (req.method === 'PUT') {
        const body = Buffer.concat(chunks);
        if (m[1] === 'cas' && createHash('sha256').update(body).digest('hex') !== m[2]) return reply(400);
        entries.set(path, body);
        return reply(200);
      }
      const found = entries.get(path);
      if (req.method === 'HEAD') return reply(found ? 200 : 404);
      if (req.method === 'GET') return found ? reply(200, found) : reply(404);
      return reply(405);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    entries,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
