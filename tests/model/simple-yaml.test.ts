import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSimpleYaml } from '../../src/model/simple-yaml.js';
import { splitFrontMatter } from '../../src/model/split-front-matter.js';
import { parseYaml } from '../../src/model/yaml.js';

/** The fast path must give the YAML library's value and lines, or step aside. */
function agrees(text: string): boolean {
  const fast = parseSimpleYaml(text, 1);
  if (!fast) return false;
  const full = parseYaml(text, 1);
  expect(full.errors).toEqual([]);
  expect(fast.value).toEqual(full.value);
  const value = full.value as Record<string, unknown>;
  for (const [key, v] of Object.entries(value)) {
    expect(fast.lineOf([key]), key).toBe(full.lineOf([key]));
    expect(fast.lineOf([key, 'missing'])).toBe(full.lineOf([key, 'missing']));
    if (v && typeof v === 'object') for (const sub of Object.keys(v)) expect(fast.lineOf([key, sub])).toBe(full.lineOf([key, sub]));
  }
  expect(fast.lineOf(['missing'])).toBe(full.lineOf(['missing']));
  expect(fast.lineOf([])).toBe(full.lineOf([]));
  return true;
}

describe('parseSimpleYaml', () => {
  it('reads the usual front matter as the YAML library does', () => {
    expect(agrees('title: Módulo 1\nduration: 90\nreviewed: 2026-06-01\n')).toBe(true);
    expect(agrees('title: Módulo 1\nduration: 90\n')).toBe(true);
    expect(agrees('title: Salud, familia y trabajo [borrador]\nsubtitle: Mental health and migration · Module 1\nduration: 0\n')).toBe(true);
    expect(agrees('title: It’s “fine” — really\nsource_hashes:\n  _title: ff60951d409d\n  objectives: 0740c96a2ea1\n  key-messages: 12a48082209a\nduration: 45\n')).toBe(true);
  });

  it('steps aside for anything the library might read otherwise', () => {
    const aside = [
      'title: "quoted"',
      "title: 'quoted'",
      'title: a # comment',
      'title: time: 10',
      'duration: 007',
      'duration: 1.5',
      'reviewed: 2026-6-1',
      'reviewed: 2026-06-01T10:00:00Z',
      'duration: -3',
      'hash: 1234e5678',
      'flag: true',
      'flag: No',
      'flag: null',
      'title:',
      'title: ~',
      'title: [a, b]',
      'title: a\n  continued',
      'list:\n  - a',
      'title: a\n\nduration: 3',
      'title: a\ntitle: b',
      'map:\n  a: 1\n    b: 2',
      'true: 1',
      'title:\tx',
      ' title: x',
      'title: trailing ',
      'title: &anchor x',
      'title: *alias',
      'title: !tag x',
      'title: |\n  block',
      'title: >\n  folded',
    ];
    for (const text of aside) expect(parseSimpleYaml(text), text).toBeUndefined();
  });

  it('agrees with the library on generated values (hashes, words, numbers)', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = (s: string, n: number): string => Array.from({ length: n }, () => s[rnd(s.length)]).join('');
    let fast = 0;
    for (let i = 0; i < 2000; i++) {
      const kind = rnd(4);
      const value =
        kind === 0 ? pick('0123456789abcdef', 1 + rnd(14)) : kind === 1 ? pick('0123456789eE', 1 + rnd(6)) : kind === 2 ? `${pick('abcXYZñé', 1)}${pick('abc ,.-¿?()[]{}\'"`!|>&*%@ñ', rnd(20))}` : String(rnd(10 ** 6));
      const text = `key: ${value}\nmap:\n  sub: ${value}\n`;
      if (agrees(text)) fast++;
    }
    expect(fast).toBeGreaterThan(250);
  });

  it('agrees with the library on every front matter of the samples', () => {
    const root = join(import.meta.dirname, '..', '..', 'manuals');
    let files = 0;
    for (const manual of readdirSync(root)) {
      let modules: string[];
      try {
        modules = readdirSync(join(root, manual, 'modules'));
      } catch {
        continue;
      }
      for (const mod of modules) {
        for (const f of readdirSync(join(root, manual, 'modules', mod)).filter((n) => n.endsWith('.md'))) {
          const { yaml } = splitFrontMatter(readFileSync(join(root, manual, 'modules', mod, f), 'utf8'));
          if (yaml === undefined) continue;
          files++;
          agrees(yaml);
        }
      }
    }
    expect(files).toBeGreaterThan(20);
  });
});
