// The package as a user gets it: `npm pack`, installed into a fresh folder,
// then the installed CLI runs init, check, build, config and the CI summary
// script there. Slow (an npm install of ~180 MB): one test, a long timeout.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

// The package folder: this checkout, or another one (a private compile) to try a change before `npm run build`.
const pkgDir = process.env.PROMOKIT_PACKAGE_DIR ?? resolve(fileURLToPath(new URL('../..', import.meta.url)));

// npm run by `npm test` passes its npm_* settings down; the installs here are a user's own.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Not spawnSync: an install can block this worker past vitest's 60 s for answering its runner. */
function run(cmd: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...env, SOURCE_DATE_EPOCH: '1700000000', ...extra } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface PackEntry {
  filename: string;
  files: { path: string }[];
}

describe('npm pack, install and run', () => {
  it('installs from the tarball and runs init, check, build, config and the CI summary', { timeout: 600_000 }, async () => {
    // dist/ is compiled by `npm test`'s pretest; pack does not compile again
    // (--ignore-scripts) so that it does not rewrite dist/ under the other tests.
    expect(existsSync(join(pkgDir, 'dist/cli/main.js')), 'run npm run build first').toBe(true);
    const tmp = mkdtempSync(join(tmpdir(), 'promokit-pack-'));
    const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], pkgDir);
    expect(pack.status, pack.stderr).toBe(0);
    const packed = JSON.parse(pack.stdout) as PackEntry[];
    const { filename, files } = packed[0]!;
    const paths = files.map((f) => f.path);
    for (const p of ['bin/promokit.js', 'dist/cli/main.js', 'dist/cli/write-ci-summary.js', 'templates/main.typ', 'templates/html', 'locales/es.yaml', 'schema/config.schema.json', 'scripts/prepare.js']) {
      expect(paths.some((f) => f === p || f.startsWith(`${p}/`)), p).toBe(true);
    }
    expect(paths.filter((f) => /^(src|tests|dist\/bench)\//.test(f))).toEqual([]);

    // --offline cannot work from a tarball: npm needs each dependency's
    // registry document to resolve its range, and an install from a lock file
    // (npm ci) caches only the tarballs. --prefer-offline takes every tarball
    // from the cache and asks the registry only for those documents.
    const app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "pack-test", "private": true }\n');
    const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, filename)], app);
    expect(install.status, install.stderr).toBe(0);
    const installed = join(app, 'node_modules/promokit');
    for (const p of ['dist/cli/main.js', 'templates/html', 'locales/en.yaml', 'schema/manual.schema.json']) expect(existsSync(join(installed, p)), p).toBe(true);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    // prepare is harmless where TypeScript and the sources are absent: dist/ is already there.
    expect((await run(process.execPath, [join(installed, 'scripts/prepare.js')], installed)).status).toBe(0);

    const promokit = join(app, 'node_modules/.bin/promokit');
    const init = await run(promokit, ['init', 'mis-manuales'], app);
    expect(init.status, init.stderr).toBe(0);
    const proj = join(app, 'mis-manuales');
    const pkg = JSON.parse(readFileSync(join(proj, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(pkg.dependencies?.promokit).toBeUndefined();
    expect(readFileSync(join(proj, 'README.md'), 'utf8')).toMatch(/npm install -g/);

    const check = await run(promokit, ['check', '--json'], proj);
    expect(check.status, check.stderr).toBe(0);
    writeFileSync(join(tmp, 'check.json'), check.stdout);
    const build = await run(promokit, ['build', '--json'], proj);
    expect(build.status, build.stderr).toBe(0);
    writeFileSync(join(tmp, 'build.json'), build.stdout);
    const outputs = (JSON.parse(build.stdout) as { outputs: { path: string; pages: number }[] }).outputs;
    expect(outputs.map((o) => o.path).sort()).toEqual(['out/mi-manual/mi-manual.en.pdf', 'out/mi-manual/mi-manual.es-en.pdf', 'out/mi-manual/mi-manual.es.pdf']);
    for (const o of outputs) {
      const pdf = await PDFDocument.load(readFileSync(join(proj, o.path)));
      expect(pdf.getPageCount()).toBe(o.pages);
      expect(o.pages).toBeGreaterThan(1);
    }

    // The settings file init wrote, a flag over it, and the environment.
    const config = await run(promokit, ['config', '--json', '--paper', 'a4'], proj, { PROMOKIT_PANDOC: 'pandoc' });
    expect(config.status, config.stderr).toBe(0);
    const settings = (JSON.parse(config.stdout) as { settings: Record<string, { value: unknown; source: string; from?: string }> }).settings;
    expect(settings.paper).toEqual({ value: 'a4', source: 'flag' });
    expect(settings.out).toEqual({ value: join(proj, 'out'), source: 'config', from: join(proj, 'promokit.config.yaml') });
    expect(settings.pandoc).toEqual({ value: 'pandoc', source: 'environment', from: 'PROMOKIT_PANDOC' });
    expect(settings.layout).toEqual({ value: 'parallel', source: 'default' });

    // The job summary the GitHub Action writes, from the installed script and these real reports.
    const summary = await run(process.execPath, [join(installed, 'dist/cli/write-ci-summary.js'), '--check', join(tmp, 'check.json'), '--build', join(tmp, 'build.json')], proj);
    expect(summary.status, summary.stderr).toBe(0);
    expect(summary.stdout).toContain('**check**: ✅ 1 manual, 1 module, 1 conference: 0 errors, 0 warnings');
    const pages = outputs.reduce((n, o) => n + o.pages, 0);
    expect(summary.stdout).toContain(`**build**: ✅ 3 PDFs, ${pages} pages (3 built, 0 from the cache)`);
    for (const o of outputs) expect(summary.stdout).toContain(`| ${o.path} | mi-manual | ${o.pages} | built |`);
  });
});
