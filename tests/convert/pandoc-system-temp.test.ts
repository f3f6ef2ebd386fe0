// The folder a system pandoc works in (src/convert/pandoc-system.ts) is a
// registered temporary: Ctrl-C (SIGINT) removes it, and so does a normal exit.
// Runs the built module (dist/) in a child process, with a fake pandoc.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/convert/pandoc-system.js', import.meta.url));

function script(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promokit-pandoc-temp-'));
  const pandoc = join(dir, 'pandoc');
  writeFileSync(pandoc, '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "pandoc 3.6.1"; exit 0; fi\ncat > /dev/null; echo "#let pk-intro = []"\n');
  chmodSync(pandoc, 0o755);
  const main = join(dir, 'main.mjs');
  writeFileSync(
    main,
    `import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
const { systemPandoc } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
const before = new Set(readdirSync(tmpdir()));
const p = await systemPandoc(${JSON.stringify(pandoc)});
await p.toTypst('hola', { module: '01-x', lang: 'es', base: '/src/m' });
const made = readdirSync(tmpdir()).filter((n) => n.startsWith('promokit-pandoc-') && !before.has(n));
process.stdout.write(made.map((n) => tmpdir() + '/' + n).join(',') + '\\n');
if (process.argv[2] === 'wait') setInterval(() => {}, 1000);
`,
  );
  return main;
}

function run(mode: 'wait' | 'exit'): Promise<{ dir: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script(), mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let dir = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s: string) => {
      out += s;
      if (!dir && out.includes('\n')) {
        dir = out.trim();
        // While the process waits, its folder is there; then Ctrl-C.
        if (mode === 'wait') {
          if (!existsSync(dir)) reject(new Error(`${dir} is not there while the process runs`));
          child.kill('SIGINT');
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ dir, code }));
  });
}

describe('system pandoc work folder', () => {
  it('is removed by Ctrl-C (exit 130)', async () => {
    const { dir, code } = await run('wait');
    expect(dir).toMatch(/promokit-pandoc-/);
    expect(code).toBe(130);
    expect(existsSync(dir)).toBe(false);
  }, 30_000);

  it('is removed when the process ends normally', async () => {
    const { dir, code } = await run('exit');
    expect(dir).toMatch(/promokit-pandoc-/);
    expect(code).toBe(0);
    expect(existsSync(dir)).toBe(false);
  }, 30_000);
});
