// The report page's glyph and plain-language section: a table of findings per
// module and rule, then each module's findings as a list that opens and
// closes (<details>: no script).
import type { FindingJson } from '../findings/finding.js';
import { escapeHtml } from './escape.js';
import type { PlainFindings } from './plain-findings.js';

export const PLAIN_CSS = `
td.zero { color: var(--muted); }
details { margin: .25rem 0; }
summary { cursor: pointer; }
ul.findings { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
ul.findings li { margin: .15rem 0; }
ul.findings code { white-space: nowrap; }
.rule { display: inline-block; padding: 0 .3rem; border: 1px solid var(--line); border-radius: 3px; font-size: .85em; }
.error .rule { border-color: var(--hard); color: var(--hard); }
`;

function findingItem(f: FindingJson): string {
  const where = `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`;
  return `<li class="${f.severity}"><code>${escapeHtml(where)}</code> <span class="rule">${escapeHtml(f.rule)}</span> ${escapeHtml(f.message)}</li>`;
}

function findingList(summary: string, findings: readonly FindingJson[]): string {
  return `<details><summary>${summary}</summary><ul class="findings">${findings.map(findingItem).join('')}</ul></details>`;
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

export function plainSection(plain: PlainFindings, titles: ReadonlyMap<string, string>): string {
  const head = `<tr><th scope="col">Module</th>${plain.rules.map((r) => `<th scope="col">${escapeHtml(r)}</th>`).join('')}<th scope="col">total</th></tr>`;
  const cell = (n: number): string => `<td class="num${n === 0 ? ' zero' : ''}">${n}</td>`;
  const rows = plain.modules.map((m) => {
    const total = m.findings.length;
    return `<tr><th scope="row"><span class="id">${escapeHtml(m.module)}</span> ${escapeHtml(titles.get(m.module) ?? '')}</th>${plain.rules.map((r) => cell(m.counts[r] ?? 0)).join('')}${cell(total)}</tr>`;
  });
  const sums = plain.rules.map((r) => plain.modules.reduce((n, m) => n + (m.counts[r] ?? 0), 0));
  const foot = `<tfoot><tr><th scope="row">All modules</th>${sums.map(cell).join('')}${cell(sums.reduce((a, b) => a + b, 0))}</tr></tfoot>`;
  const lists = plain.modules
    .filter((m) => m.findings.length > 0)
    .map((m) => findingList(`<span class="id">${escapeHtml(m.module)}</span>: ${plural(m.findings.length, 'finding')}`, m.findings));
  if (plain.manual.length > 0) lists.push(findingList(`manual.yaml and glossary: ${plural(plain.manual.length, 'finding')}`, plain.manual));
  return `<h2>Plain language and glyphs</h2>
<div class="table-wrap">
<table id="plain">
<caption>Findings of check's rules about what a reader meets, per module (every language shown). passive-voice hints (English) are listed here even when manual.yaml leaves them off for check.</caption>
<thead>${head}</thead>
<tbody>
${rows.join('\n')}
</tbody>
${foot}
</table>
</div>
${lists.length ? `<div id="plain-lines">\n${lists.join('\n')}\n</div>` : '<p>No findings: every character can be printed and every sentence is within the limits.</p>'}`;
}
