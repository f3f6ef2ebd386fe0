import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initProject, newModule } from '../../src/edit/scaffold.js';
import { UsageError } from '../../src/errors.js';
import { check } from '../helpers/check.js';

describe('init and new module', () => {
  it('init makes a project that passes check with no finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-init-'));
    const r = await initProject(dir, '2026-11-22', '0.1.0');
    expect(r.files).toEqual(expect.arrayContaining(['package.json', 'manuals/mi-manual/manual.yaml', 'manuals/mi-manual/modules/01-introduccion/en.md']));
    // No dependency on promokit (it is not on a registry): the project uses the installed tool.
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(pkg.dependencies).toBeUndefined();
    const result = check(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.summary).toMatchObject({ manuals: 1, modules: 1, conferences: 1 });
    await expect(initProject(dir, '2026-11-22', '0.1.0')).rejects.toThrow(UsageError);
  });

  it('new module is numbered after the last one and has every required section in every language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'promokit-new-'));
    await initProject(dir, '2026-11-22', '0.1.0');
    const r = await newModule(dir, 'mi-manual', 'duelo-migratorio', '2026-11-22');
    expect(r.moduleId).toBe('02-duelo-migratorio');
    expect(readdirSync(join(dir, 'manuals/mi-manual/modules')).sort()).toEqual(['01-introduccion', '02-duelo-migratorio']);
    const es = readFileSync(join(dir, 'manuals/mi-manual/modules/02-duelo-migratorio/es.md'), 'utf8');
    for (const id of ['objectives', 'activity', 'key-messages', 'assessment', 'resources', 'glossary']) expect(es).toContain(`{#${id}}`);
    expect(es).toContain('## Mensajes clave {#key-messages}');
    expect(check(dir).diagnostics).toEqual([]);
    await expect(newModule(dir, 'mi-manual', 'duelo-migratorio', '2026-11-22')).rejects.toThrow(/already has/);
    await expect(newModule(dir, 'nada', 'x', '2026-11-22')).rejects.toThrow(/no manual "nada"/);
    await expect(newModule(dir, 'mi-manual', 'Mal Nombre', '2026-11-22')).rejects.toThrow(/not a slug/);
  });
});
