// merge-reports' merging (src/cli/merge-reports.ts), on summaries written here.
import { describe, expect, it } from 'vitest';
import { mergeShardReports, readShardReport } from '../../src/cli/merge-reports.js';

const finding = (message: string, severity = 'error') => ({ rule: 'slide-overflow', severity, file: 'manuals/m/x.md', line: 3, column: null, message, hint: null, manual: 'm', module: null, lang: null });
const shard = (index: number, total: number, unit = 'attendee') => ({ index, total, unit, assigned: 1, units: total, plan: 'abcdef0123456789' });
const read = (file: string, json: object) => readShardReport(file, JSON.stringify(json));

describe('merge-reports', () => {
  it('joins packets, adds numbers, keeps a finding every shard reported once, and passes other keys through', () => {
    const common = finding('the CSV has an empty row');
    const merged = mergeShardReports([
      read('p2.json', { version: 1, ok: false, packets: [{ attendee: 'Luis', path: 'out/b.pdf', pages: 8 }], print: null, certificates: null, certificateFiles: [{ path: 'out/certificates.shard-2-of-2.pdf', pages: 1 }], failures: [], shard: shard(2, 2), findings: [common, finding('only in 2')] }),
      read('p1.json', { version: 1, ok: false, packets: [{ attendee: 'Ana', path: 'out/a.pdf', pages: 8 }], print: null, certificates: null, certificateFiles: [{ path: 'out/certificates.shard-1-of-2.pdf', pages: 1 }], failures: [], shard: shard(1, 2), findings: [common] }),
    ]);
    expect(merged.command).toBe('packet');
    expect(merged.ok).toBe(false);
    expect(merged.data.packets).toEqual([
      { attendee: 'Ana', path: 'out/a.pdf', pages: 8 },
      { attendee: 'Luis', path: 'out/b.pdf', pages: 8 },
    ]);
    expect(merged.data.print).toBeNull();
    // Each shard's certificates file (--certificates separate), listed in shard order.
    expect(merged.data.certificates).toBeNull();
    expect(merged.data.certificateFiles).toEqual([
      { path: 'out/certificates.shard-1-of-2.pdf', pages: 1 },
      { path: 'out/certificates.shard-2-of-2.pdf', pages: 1 },
    ]);
    expect(merged.findings.map((f) => f.message)).toEqual(['the CSV has an empty row', 'only in 2']);
    expect(merged.data.shard).toEqual({ total: 2, merged: [1, 2], unit: 'attendee', assigned: 2, units: 2, plan: 'abcdef0123456789' });
  });

  it("adds check's counts and counts errors again from the findings kept", () => {
    const w = { ...finding('long sentence', 'warning'), rule: 'sentence-length' };
    const summary = { manuals: 1, modules: 2, conferences: 0, errors: 0, warnings: 1 };
    const merged = mergeShardReports([
      read('c1.json', { version: 1, ok: true, summary, shard: shard(1, 2, 'manual or module'), diagnostics: [w] }),
      read('c2.json', { version: 1, ok: true, summary, shard: shard(2, 2, 'manual or module'), diagnostics: [w] }),
    ]);
    expect(merged.findingsKey).toBe('diagnostics');
    expect(merged.ok).toBe(true);
    expect(merged.data.summary).toEqual({ manuals: 2, modules: 4, conferences: 0, errors: 0, warnings: 1 });
  });

  it('refuses a shard that is no shard, and takes no prototype from a summary', () => {
    expect(() => read('x.json', { version: 1, ok: true, shard: shard(3, 2) })).toThrow(/index 3 of 2 shards/);
    expect(() => read('x.json', { version: 1, ok: true, shard: { ...shard(1, 1), unit: 'widget' } })).toThrow(/not a summary of build, slides, packet or check/);
    const evil = '{"version":1,"ok":true,"shard":{"index":1,"total":1,"unit":"deck","assigned":0,"units":0,"plan":"p"},"outputs":[],"__proto__":{"polluted":true}}';
    const merged = mergeShardReports([readShardReport('e.json', evil)]);
    expect(Object.getPrototypeOf(merged.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
