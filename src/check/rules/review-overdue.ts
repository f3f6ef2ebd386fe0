import { langFiles, type RuleFinding, type Rule } from '../rule.js';

/** `date` plus `months`, as YYYY-MM-DD. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, d));
  return t.toISOString().slice(0, 10);
}

export const rule: Rule = {
  id: 'review-overdue',
  severity: 'warning',
  summary: "a file's reviewed date is older than review_interval_months of manual.yaml",
  check({ manual, today }) {
    const months = manual.config.review_interval_months;
    if (!months) return [];
    const out: RuleFinding[] = [];
    for (const m of manual.modules) {
      for (const f of langFiles(manual, m)) {
        if (!f.meta) continue;
        const due = addMonths(f.meta.reviewed, months);
        if (due >= today) continue;
        out.push({ file: f.file, line: f.fieldLines.reviewed ?? 1, module: m.id, lang: f.lang, message: `last reviewed ${f.meta.reviewed}; a review was due by ${due} (every ${months} months, manual.yaml)` });
      }
    }
    return out;
  },
};
