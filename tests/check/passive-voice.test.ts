// passive-voice: English hints from retext-passive (irregular participles)
// plus regular -ed participles after "be"; on only when manual.yaml asks.
import { describe, expect, it } from 'vitest';
import { loadPassiveFinder } from '../../src/check/readability/passive.js';
import { runCheck } from '../../src/check/run-check.js';
import { loadProject } from '../../src/model/load-project.js';
import { runCli } from '../helpers/cli.js';
import { demoProject, MANUAL_YAML, moduleEn } from '../helpers/fixture.js';

const EN = 'manuals/demo/modules/01-estres/en.md';
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const PASSIVE_ON = `${MANUAL_YAML}plain_language: { passive: true }\n`;
const en = moduleEn('\n## Context {#context}\n\nThe promotora completed the form. We are tired today.\n\nThe form was completed by the promotora.\n\nThe sheet was taken home.\n');

async function passiveFindings(files: Record<string, string>) {
  const root = demoProject(files);
  const result = runCheck(loadProject(root, [], root), { today: '2026-11-22', passive: await loadPassiveFinder() });
  return result.diagnostics.filter((d) => d.rule === 'passive-voice');
}

describe('passive-voice', () => {
  it('fires on "was completed by" at its line with the phrase, and not on an active sentence', async () => {
    const d = await passiveFindings({ [EN]: en, 'manuals/demo/manual.yaml': PASSIVE_ON });
    expect(d.map((x) => [x.line, x.message.split(':')[0]])).toEqual([
      [lineOf(en, 'was completed'), 'passive voice "was completed"'],
      [lineOf(en, 'was taken'), 'passive voice "was taken"'],
    ]);
    expect(d[0]).toMatchObject({ file: EN, module: '01-estres', lang: 'en', severity: 'warning' });
  });

  it('is off unless plain_language.passive is true', async () => {
    expect(await passiveFindings({ [EN]: en })).toEqual([]);
  });

  it('reads English only, and not the notes for the facilitator', async () => {
    const notes = moduleEn('\n## Context {#context}\n\n::: facilitator\nThe form was completed by the promotora.\n:::\n');
    expect(await passiveFindings({ [EN]: notes, 'manuals/demo/manual.yaml': PASSIVE_ON })).toEqual([]);
  });

  it('check loads retext when a manual asks, and names file, line and phrase', async () => {
    const root = demoProject({ [EN]: en, 'manuals/demo/manual.yaml': PASSIVE_ON });
    const r = await runCli(['check', '--root', root], root);
    expect(r.stdout).toContain(EN);
    expect(r.stdout).toMatch(new RegExp(`\\n\\s+${lineOf(en, 'was completed')}\\s+warning\\s+passive voice "was completed"`));
  });

  it('check --passive turns the hints on for every manual', async () => {
    const root = demoProject({ [EN]: en });
    const line = lineOf(en, 'was completed');
    const hint = new RegExp(`\\n\\s+${line}\\s+warning\\s+passive voice "was completed"`);
    expect((await runCli(['check'], root)).stdout).not.toMatch(hint);
    expect((await runCli(['check', '--passive'], root)).stdout).toMatch(hint);
  });
});
