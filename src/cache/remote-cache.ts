// A remote HTTP cache shared by CI jobs and laptops, spoken as bazel-remote
// (and Bazel's HTTP cache protocol) speak it: the bytes of an entry under
// `/cas/<sha256 of the bytes>`, and under `/ac/<sha256 of its name>` an
// ActionResult (action-result.ts) saying which CAS blob the entry is. The
// CAS needs both because bazel-remote refuses a /cas/ upload whose name is
// not the hash of its body, and our entries are named by the hash of their
// inputs. Bytes read are checked against their digest; a blob that does not
// match is a miss.
//
// The remote is a help, never a need: the first failure (no answer within
// the timeout, a refused connection, a 5xx) turns it off for the rest of the
// run and leaves one warning line; the build goes on with its local cache.
// Without --cache-write nothing is ever sent (no PUT).
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import { decodeActionResult, encodeActionResult } from './action-result.js';

export interface RemoteCacheOptions {
  /** Base URL, http or https (a pool path such as https://cache.example/promokit is kept). */
  url: string;
  /** Upload new entries (--cache-write). Default false: read only. */
  write?: boolean;
  /** Each request's limit in milliseconds (default 5000). */
  timeoutMs?: number;
}

export interface RemoteCacheStats {
  /** Entries read from the remote. */
  hits: number;
  /** Entries the remote did not have. */
  misses: number;
  /** Entries sent to it. */
  uploads: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** Requests in flight at once: a build asks for every module's conversion together. */
const MAX_IN_FLIGHT = 8;
/** Entries bigger than this are neither sent nor read (a PDF of a whole manual is a few MB). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The URL checked: http(s), no query or fragment, no trailing slash. A UsageError otherwise. */
export function parseCacheUrl(value: string, flag = '--cache-url'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag}: "${value}" is not a URL such as http://cache.example:9090`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${flag}: only http and https caches are supported, not ${url.protocol}`);
  if (url.search || url.hash) throw new UsageError(`${flag}: a cache URL takes no ?query or #fragment`);
  return url.href.replace(/\/+$/, '');
}

/** A URL with its password left out, for messages (anything that is not a URL is shown as it is). */
export function withoutPassword(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  if (!u.password) return url;
  u.password = '***';
  return u.href.replace(/\/+$/, '');
}

class RemoteDown extends Error {}

export class RemoteCache {
  readonly url: string;
  readonly write: boolean;
  readonly stats: RemoteCacheStats = { hits: 0, misses: 0, uploads: 0 };
  /** Why the remote was turned off, once it was: one line. */
  warning: string | undefined;
  private readonly timeoutMs: number;
  /** fetch refuses a URL with a user and password in it: they go in a Basic authorization header. */
  private readonly base: string;
  private readonly auth: Record<string, string>;

  constructor(options: RemoteCacheOptions) {
    this.url = parseCacheUrl(options.url);
    this.write = options.write === true;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const u = new URL(this.url);
    const credentials = u.username || u.password ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : undefined;
    u.username = '';
    u.password = '';
    this.base = u.href.replace(/\/+$/, '');
    this.auth = credentials ? { authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` } : {};
  }

  /** Whether it is still in use (no failure yet). */
  get up(): boolean {
    return this.warning === undefined;
  }

  /** The action-cache key of an entry name (`typst/<key>.typ`). */
  private acKey(name: string): string {
    return sha256(`promokit-cache 1\n${name}`);
  }

  /** The entry's bytes, checked; undefined when the remote lacks it, is off, or fails (then it is turned off). */
  async get(name: string): Promise<Buffer | undefined> {
    if (!this.up) return undefined;
    try {
      const ac = await this.request('GET', `ac/${this.acKey(name)}`);
      const digest = ac && decodeActionResult(ac, name);
      const data = digest && digest.size <= MAX_ENTRY_BYTES ? await this.request('GET', `cas/${digest.hash}`) : undefined;
      if (!digest || !data || data.byteLength !== digest.size || sha256(data) !== digest.hash) {
        this.stats.misses++;
        return undefined;
      }
      this.stats.hits++;
      return data;
    } catch (err) {
      this.fail(err);
      return undefined;
    }
  }

  /** Sends an entry (with --cache-write): its bytes to the CAS first, then the action-cache record naming them. */
  async put(name: string, data: Uint8Array): Promise<void> {
    if (!this.write || !this.up || data.byteLength > MAX_ENTRY_BYTES) return;
    const hash = sha256(data);
    try {
      await this.request('PUT', `cas/${hash}`, data);
      await this.request('PUT', `ac/${this.acKey(name)}`, encodeActionResult(name, { hash, size: data.byteLength }));
      this.stats.uploads++;
    } catch (err) {
      this.fail(err);
    }
  }

  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];

  /** GET: the body, or undefined for 404. PUT: nothing. Throws RemoteDown for anything else. */
  private async request(method: 'GET' | 'PUT', path: string, body?: Uint8Array): Promise<Buffer | undefined> {
    if (this.inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
    try {
      // Turned off while this one waited: no more requests.
      if (!this.up) throw new RemoteDown(this.warning ?? 'turned off');
      return await this.send(method, path, body);
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
    }
  }

  private async send(method: 'GET' | 'PUT', path: string, body?: Uint8Array): Promise<Buffer | undefined> {
    let res: Response;
    try {
      res = await fetch(`${this.base}/${path}`, {
        method,
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: { ...this.auth, ...(body ? { 'content-type': 'application/octet-stream' } : {}) },
        ...(body ? { body: new Uint8Array(body) } : {}),
      });
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
      throw new RemoteDown(err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs / 1000} s` : cause);
    }
    if (method === 'GET' && res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new RemoteDown(`${method} /${path.split('/')[0]}/… answered ${res.status} ${res.statusText}`.trim());
    }
    if (method === 'PUT') {
      await res.body?.cancel();
      return undefined;
    }
    try {
      return Buffer.from(await res.arrayBuffer());
    } catch (err) {
      throw new RemoteDown(err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs / 1000} s` : 'the answer was cut off');
    }
  }

  private fail(err: unknown): void {
    if (!(err instanceof RemoteDown)) throw err;
    this.warning ??= `remote cache ${withoutPassword(this.url)} not used for the rest of this run: ${err.message}`;
  }
}
