// signin, scores and roster from the command line: a training works as a
// conference does, an organiser's signin.typ and pretest.typ replace ours,
// findings go through the shared reporters (--json, --format github), and an
// exchange is refused with a usage error.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoManual, writeProject } from '../editions/fixture.js';
import { readPages } from '../editions/pdf-read.js';
import { runCli } from '../helpers/cli.js';
import { EXCHANGE, TRAINING, TRAINING_CSV } from '../packets/event-fixture.js';

const text = async (path: string): Promise<string> => (await readPages(new Uint8Array(readFileSync(path)))).map((p) => p.text).join(' ');

function project(extra: Record<string, string> = {}): string {
  return writeProject({ ...demoManual('demo', 1), 'manuals/tr/event.yaml': TRAINING, 'manuals/tr/attendees.csv': TRAINING_CSV, 'manuals/ex/event.yaml': EXCHANGE, ...extra });
}

const OWN = (what: string): string => `#let data = json("/data.json")\n#set page(paper: "us-letter")\nOWN ${what}: #data.conference.name.at("es")\n`;

describe('records commands', () => {
  it('signin of a training with its own signin.typ and pretest.typ; --json is the shared report', async () => {
    const root = project({ 'manuals/tr/signin.typ': OWN('SIGNIN'), 'manuals/tr/pretest.typ': OWN('PRETEST') });
    const r = await runCli(['signin', 'manuals/tr', '--json'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { version: number; ok: boolean; event: string; signin: { session: string; path: string; rows: number }[]; tests: { session: string; questions: number; unanswered: number }[]; findings: { rule: string; severity: string; file: string }[] };
    expect(json).toMatchObject({ version: 1, ok: true, event: 'tr', signin: [{ session: 'tema', path: 'out/packets/tr/signin/tema.pdf', rows: 2 }], tests: [{ session: 'tema', questions: 2, unanswered: 2 }] });
    // The demo module's questions have no answers: a warning naming its file.
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'assessment-unanswered', severity: 'warning', file: 'manuals/demo/modules/01-tema-1/es.md' })]);
    expect(await text(join(root, 'out/packets/tr/signin/tema.pdf'))).toContain('OWN SIGNIN: Capacitación Regional de Prueba');
    expect(await text(join(root, 'out/packets/tr/tests/tema.pdf'))).toContain('OWN PRETEST: Capacitación Regional de Prueba');
  });

  it("signin: an own template that does not compile is an error naming it, in the report's format", async () => {
    const root = project({ 'manuals/tr/signin.typ': '#let x = (\n' });
    const r = await runCli(['signin', 'manuals/tr', '--format', 'github'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error file=manuals\/tr\/signin\.typ.*signin\.typ does not compile/);
    expect(existsSync(join(root, 'out/packets/tr/signin/tema.pdf'))).toBe(false);
  });

  it('roster: CSV on stdout by default and with --format csv; --json holds the roster, version and findings', async () => {
    const root = project({ 'manuals/tr/attendees.csv': 'name,language,certification_number,sessions\nLuisa Campos,es,CHW-1,tema\nMario Solís,en,CHW-2,otra\n' });
    const csv = await runCli(['roster', 'manuals/tr'], root);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('name,certificate_number,hours,sessions,event,date,approval_code,certification_number');
    expect(csv.stdout).toContain('Luisa Campos,');
    // Mario attended no session: a warning on stderr, the CSV unchanged.
    expect(csv.stderr).toMatch(/warning manuals\/tr\/attendees\.csv:3: Mario Solís attended no session/);
    expect((await runCli(['roster', 'manuals/tr', '--format', 'csv'], root)).stdout).toBe(csv.stdout);
    const r = await runCli(['roster', 'manuals/tr', '--json'], root);
    const json = JSON.parse(r.stdout) as { version: number; ok: boolean; event: string; attendees: { name: string; hours: number }[]; findings: { rule: string }[] };
    expect(json).toMatchObject({ version: 1, ok: true, event: 'tr', attendees: [{ name: 'Luisa Campos', hours: 1.5 }, { name: 'Mario Solís', hours: 0 }] });
    expect(json.findings.map((f) => f.rule)).toEqual(['attendance-none']);
    const out = await runCli(['roster', 'manuals/tr', '--format', 'github', '-o', 'roster.csv'], root);
    expect(out.stdout).toMatch(/::warning file=manuals\/tr\/attendees\.csv,line=3/);
    expect(readFileSync(join(root, 'roster.csv'), 'utf8')).toBe(csv.stdout);
  });

  it('scores --json: the means and a warning for someone with one test only', async () => {
    const root = project();
    writeFileSync(join(root, 'pre.csv'), 'name,q1,q2\nLuisa Campos,0,1\nMario Solís,0,0\n');
    writeFileSync(join(root, 'post.csv'), 'name,q1,q2\nLuisa Campos,1,1\n');
    const r = await runCli(['scores', 'manuals/tr', '--pre', 'pre.csv', '--post', 'post.csv', '--json'], root);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { version: number; attendees: number; mean_gain: number; outputs: string[]; findings: { rule: string; message: string }[] };
    expect(json).toMatchObject({ version: 1, attendees: 2, mean_gain: 1, outputs: ['out/packets/tr/scores/scores-attendees.csv', 'out/packets/tr/scores/scores-questions.csv', 'out/packets/tr/scores/scores.html'] });
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'scores-unpaired', message: 'Mario Solís is not in post.csv: no gain for them' })]);
  });

  it('an exchange has no sign-in sheets or roster: a usage error (exit 2)', async () => {
    const root = project();
    for (const cmd of ['signin', 'roster']) {
      const r = await runCli([cmd, 'manuals/ex/event.yaml'], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('manuals/ex/event.yaml is an exchange');
    }
  });
});
