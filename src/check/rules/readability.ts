import { analyse, formatScore, longestSentences, meetsTarget, scalesFor, type Scale } from '../readability/scores.js';
import { langFiles, type RuleFinding, type Rule } from '../rule.js';

/** Below this many words a module is too short for a meaningful score. */
export const MIN_WORDS = 50;

const quote = (s: string, max = 80): string => `"${s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s}"`;

export const rule: Rule = {
  id: 'readability',
  severity: 'warning',
  summary: 'a module is harder to read than the readability targets of manual.yaml',
  check({ manual }) {
    const targets = manual.config.readability;
    if (!targets) return [];
    const out: RuleFinding[] = [];

    // Targets promokit cannot apply: say so once, rather than ignore them silently.
    for (const [lang, t] of Object.entries(targets)) {
      const scales = scalesFor(lang);
      for (const key of Object.keys(t)) {
        if (scales.some((s) => s.target === key)) continue;
        const use = scales.length ? `; for ${lang} it uses ${scales.map((s) => s.target).join(' and ')}` : `; it has no readability scales for ${lang} (only es and en)`;
        out.push({ file: manual.configFile, line: 1, message: `readability.${lang}.${key} is not applied: promokit does not score ${lang} text with that scale${use}` });
      }
    }

    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        const t = targets[f.lang];
        if (!t) continue;
        const applicable = scalesFor(f.lang).flatMap((s): { scale: Scale; target: number }[] => {
          const target = t[s.target];
          return target === undefined ? [] : [{ scale: s, target }];
        });
        if (applicable.length === 0) continue;
        const r = analyse(f.text, f.lang);
        if (!r || r.counts.words < MIN_WORDS) continue;
        const failing = applicable.flatMap(({ scale, target }) => {
          const score = r.scores[scale.id];
          return score === undefined || meetsTarget(scale, score, target) ? [] : [{ scale, target, score }];
        });
        if (failing.length === 0) continue;
        const what = failing
          .map(({ scale, target, score }) => `${scale.name} ${formatScore(score)} (target ${scale.kind === 'min' ? '≥' : '≤'} ${target}, readability.${f.lang}.${scale.target})`)
          .join(' and ');
        const longest = longestSentences(r, 3);
        const list = longest.map((s) => `line ${s.line} (${s.words} words) ${quote(s.text)}`).join('; ');
        out.push({
          file: f.file,
          line: longest[0]?.line ?? f.bodyLine,
          module: m.id,
          lang: f.lang,
          message: `harder to read than manual.yaml asks: ${what}; shorter sentences and shorter words help. Longest sentences: ${list}`,
        });
      }
    }
    return out;
  },
};
