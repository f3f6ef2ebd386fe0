// The glyph and plain-language findings of `promokit report`: the check rules
// about what a reader meets (glyph-missing, sentence-long, word-long,
// word-plain, readability, passive-voice), run on one manual, counted per
// module and rule. passive-voice is always on here (report is not run on
// every save, so retext's cost is fine), whatever manual.yaml says.
import { existsSync } from 'node:fs';
import type { PassiveFinder } from '../check/readability/passive.js';
import type { Rule, RuleContext } from '../check/rule.js';
import { rule as glyphMissing } from '../check/rules/glyph-missing.js';
import { rule as passiveVoice } from '../check/rules/passive-voice.js';
import { rule as readability } from '../check/rules/readability.js';
import { rule as sentenceLong } from '../check/rules/sentence-long.js';
import { rule as wordLong } from '../check/rules/word-long.js';
import { rule as wordPlain } from '../check/rules/word-plain.js';
import { compareFindings, findingJson, type FindingJson } from '../findings/finding.js';
import type { Manual } from '../model/types.js';

export const PLAIN_RULES: readonly Rule[] = [glyphMissing, sentenceLong, wordLong, wordPlain, readability, passiveVoice];

export interface ModulePlainFindings {
  module: string;
  /** Findings per rule id, every rule of `rules` present (0 for none). */
  counts: Record<string, number>;
  /** The findings, by file, line and rule. */
  findings: FindingJson[];
}

export interface PlainFindings {
  /** The rule ids counted, in column order. */
  rules: string[];
  modules: ModulePlainFindings[];
  /** Findings of no module: manual.yaml (title, readability targets) and glossary.yaml. */
  manual: FindingJson[];
}

/** Runs the rules on the manual limited to the languages shown. */
export function plainFindings(manual: Manual, langs: readonly string[], passive: PassiveFinder | undefined): PlainFindings {
  const ctx: RuleContext = {
    manual,
    today: new Date().toISOString().slice(0, 10),
    exists: existsSync,
    refusal: () => undefined,
    manualFiles: manual.allFiles,
    ...(passive ? { passive } : {}),
  };
  const rules = PLAIN_RULES.map((r) => r.id);
  const byModule = new Map(manual.modules.map((m) => [m.id, [] as FindingJson[]]));
  const other: FindingJson[] = [];
  const all = PLAIN_RULES.flatMap((rule) =>
    rule.check(ctx).map((f) => {
      const { severity, ...rest } = f;
      return { ...rest, rule: rule.id, severity: severity ?? rule.severity, manual: manual.id };
    }),
  );
  all.sort(compareFindings);
  for (const f of all) {
    if (f.lang !== undefined && !langs.includes(f.lang)) continue;
    const list = f.module === undefined ? undefined : byModule.get(f.module);
    (list ?? other).push(findingJson(f));
  }
  return {
    rules,
    modules: [...byModule].map(([module, findings]) => ({
      module,
      counts: Object.fromEntries(rules.map((r) => [r, findings.filter((f) => f.rule === r).length])),
      findings,
    })),
    manual: other,
  };
}
