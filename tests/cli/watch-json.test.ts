// `watch --json`: one JSON object a line, each with the version every command's JSON has.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { demoProject, moduleEs } from '../helpers/fixture.js';

const BIN = fileURLToPath(new URL('../../bin/promokit.js', import.meta.url));
const ES = 'manuals/demo/modules/01-estres/es.md';

type Event = Record<string, unknown> & { event: string };

it('watch --json prints a ready event, then a rebuild event with the findings of the saved file', async () => {
  const root = demoProject();
  const child = spawn(process.execPath, [BIN, 'watch', 'demo', '--json'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: Event[] = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => void (stderr += d));
  const ended = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    let buffered = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buffered += d;
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const e = JSON.parse(buffered.slice(0, nl)) as Event;
        buffered = buffered.slice(nl + 1);
        events.push(e);
        // Saved once the watcher is ready: a file whose image is not there.
        if (e.event === 'ready') writeFileSync(join(root, ES), moduleEs().replace('img/persona.svg', 'img/falta.svg'));
        if (e.event === 'rebuild' && e.ok === false) resolve();
      }
    });
    child.on('close', () => reject(new Error(`watch ended before a rebuild:\n${stderr}`)));
  });
  child.kill('SIGINT');
  expect(await ended).toBe(130);
  expect(events[0]!.event).toBe('ready');
  for (const e of events) expect(e.version).toBe(1);
  const rebuild = events.find((e) => e.event === 'rebuild' && e.ok === false)!;
  expect(rebuild).toMatchObject({ ok: false, target: { manual: 'demo', module: '01-estres' } });
  const findings = rebuild.findings as Record<string, unknown>[];
  expect(findings.map((f) => [f.rule, f.severity, f.file])).toContainEqual(['image-missing', 'error', ES]);
  for (const f of findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'file', 'line', 'column', 'message', 'hint', 'manual', 'module', 'lang']);
});
