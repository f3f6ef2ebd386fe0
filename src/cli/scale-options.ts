// The options that spread a run over CI jobs and machines: --shard k/n
// (build, slides, packet, check; src/shard.ts) and the remote cache
// (--cache-url, PROMOKIT_CACHE_URL or the settings file's cache.url, and
// --cache-write; src/cache/remote-cache.ts).
import type { Command } from 'commander';
import { parseCacheUrl, type RemoteCacheOptions } from '../cache/remote-cache.js';
import { UsageError } from '../errors.js';
import { parseShard, type Shard } from '../shard.js';

export interface ShardCliOptions {
  shard?: Shard;
}

export interface CacheCliOptions {
  cacheUrl?: string;
  cacheWrite?: boolean;
}

/** `--shard k/n`, parsed (and refused with exit 2) as commander reads it. */
export function addShardOption(cmd: Command, unit: string): Command {
  return cmd.option('--shard <k/n>', `make only shard k of n (1 ≤ k ≤ n), ${unit}; merge the --json summaries with "promokit merge-reports"`, parseShard);
}

export function addCacheOptions(cmd: Command): Command {
  return cmd
    .option('--cache-url <url>', 'also read cache entries from this HTTP cache (bazel-remote: /ac/ and /cas/); also PROMOKIT_CACHE_URL')
    .option('--cache-write', 'also send new cache entries to the --cache-url cache (read only without it)');
}

/**
 * The remote cache to use: --cache-url, else PROMOKIT_CACHE_URL, else the
 * settings file's cache.url (applyConfig leaves the option unset when the
 * variable is set). Undefined when none: then no request is ever made.
 */
export function remoteCacheChoice(opts: CacheCliOptions, env: NodeJS.ProcessEnv = process.env): RemoteCacheOptions | undefined {
  const fromFlag = opts.cacheUrl;
  const url = fromFlag ?? (env.PROMOKIT_CACHE_URL || undefined);
  if (!url) {
    if (opts.cacheWrite) throw new UsageError('--cache-write: no remote cache to write to; give --cache-url <url>, PROMOKIT_CACHE_URL or cache.url in promokit.config.yaml');
    return undefined;
  }
  return { url: parseCacheUrl(url, fromFlag ? '--cache-url' : 'PROMOKIT_CACHE_URL'), write: opts.cacheWrite === true };
}
