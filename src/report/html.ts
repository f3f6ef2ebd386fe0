// `promokit report` as one self-contained HTML page: inline CSS, an inline SVG
// bar chart per language, no script, no external asset; every text escaped.
// No date is printed, so the same sources give the same bytes.
import { SCALES, scalesFor } from '../check/readability/scores.js';
import type { ManualConfig } from '../model/schema.js';
import { cellOf, columnsOf, type Cell } from './columns.js';
import type { ManualReport } from './compute.js';
import { escapeHtml } from './escape.js';
import { HISTORY_CSS, historySection } from './history-svg.js';
import { PLAIN_CSS, plainSection } from './html-plain.js';

export { escapeHtml };

const CSS = `
:root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d0d4d9; --ok: #1f5f8b; --hard: #b3470b; --bg-head: #f2f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.meta, .legend { color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .bar-ok { fill: var(--ok); }
svg .bar-hard { fill: var(--hard); }
svg .target { stroke: var(--ink); stroke-dasharray: 4 3; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); padding-bottom: .5rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
thead th { background: var(--bg-head); }
tbody th { text-align: left; font-weight: normal; }
tbody th .id { display: block; font-weight: 600; }
td.num { text-align: right; }
td.hard { color: var(--hard); font-weight: 700; }
tfoot th, tfoot td { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { main { max-width: none; padding: 0; } }
`;

function td(cell: Cell): string {
  const cls = [cell.numeric ? 'num' : '', cell.hard ? 'hard' : ''].filter(Boolean).join(' ');
  const title = cell.note ? ` title="${escapeHtml(cell.note)}"` : '';
  const mark = cell.hard ? '<span aria-hidden="true">*</span><span class="sr"> (harder than the target)</span>' : '';
  return `<td${cls ? ` class="${cls}"` : ''}${title}>${escapeHtml(cell.text)}${mark}</td>`;
}

/** A horizontal bar chart of the first scale of `lang`, with its target as a dashed line. */
export function chartSvg(report: ManualReport, lang: string, target: number | undefined): string {
  const scale = scalesFor(lang)[0];
  if (!scale) return '';
  const rows = report.modules.flatMap((m) => {
    const s = m.langs[lang]?.scores.find((x) => x.scale === scale.id);
    return s ? [{ id: m.id, value: s.value, hard: s.meetsTarget === false }] : [];
  });
  if (rows.length === 0) return '';
  const label = 190;
  const barArea = 260;
  const rowH = 22;
  const top = 8;
  const width = label + barArea + 150;
  const height = top + rows.length * rowH + 24;
  const maxData = Math.max(...rows.map((r) => r.value), target ?? 0);
  const domain = scale.kind === 'min' ? Math.max(100, Math.ceil(maxData)) : Math.max(12, Math.ceil(maxData));
  const x = (v: number): number => label + (Math.max(0, Math.min(v, domain)) / domain) * barArea;
  const name = `${scale.name}, ${lang}`;
  const id = `chart-${escapeHtml(report.id)}-${escapeHtml(lang)}`;
  const desc = rows.map((r) => `${r.id}: ${r.value.toFixed(1)}${r.hard ? ' (harder than the target)' : ''}`).join('; ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${escapeHtml(name)}${target === undefined ? '' : ` (target ${scale.kind === 'min' ? '≥' : '≤'} ${target})`}</title>`,
    `<desc id="${id}-d">${escapeHtml(desc)}</desc>`,
  ];
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const w = x(r.value) - label;
    parts.push(
      `<text x="${label - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(r.id)}</text>`,
      `<rect class="${r.hard ? 'bar-hard' : 'bar-ok'}" x="${label}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}"/>`,
      `<text x="${(label + w + 6).toFixed(1)}" y="${y + 15}">${r.value.toFixed(1)}${r.hard ? ' *' : ''}</text>`,
    );
  });
  const axisY = top + rows.length * rowH;
  parts.push(
    `<line x1="${label}" y1="${top}" x2="${label}" y2="${axisY}" stroke="#888"/>`,
    `<text x="${label}" y="${axisY + 16}" text-anchor="middle">0</text>`,
    `<text x="${label + barArea}" y="${axisY + 16}" text-anchor="middle">${domain}</text>`,
  );
  if (target !== undefined) {
    const tx = x(target).toFixed(1);
    parts.push(
      `<line class="target" x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${axisY + 2}"/>`,
      `<text x="${tx}" y="${axisY + 16}" text-anchor="middle">target ${scale.kind === 'min' ? '≥' : '≤'}${target}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** `historyWarning`: why `--history` gave nothing (no git, not a repository), shown where the charts would be. */
export function formatReportHtml(report: ManualReport, config: Pick<ManualConfig, 'readability'>, historyWarning?: string): string {
  const targets = config.readability ?? {};
  const cols = columnsOf(report, targets);
  const groups: { lang: string; span: number }[] = [];
  for (const c of cols) {
    const last = groups[groups.length - 1];
    if (last && last.lang === c.lang) last.span++;
    else groups.push({ lang: c.lang, span: 1 });
  }
  const head1 = `<tr><th scope="col" rowspan="2">Module</th>${groups.map((g) => `<th scope="colgroup" colspan="${g.span}">${escapeHtml(g.lang)}${g.lang === report.sourceLang ? ' (source)' : ''}</th>`).join('')}</tr>`;
  const head2 = `<tr>${cols.map((c) => `<th scope="col" title="${escapeHtml(c.description)}">${escapeHtml(c.header)}</th>`).join('')}</tr>`;
  const body = report.modules
    .map((m) => {
      const titleLang = report.languages.find((l) => m.langs[l]) ?? report.sourceLang;
      return `<tr><th scope="row"><span class="id">${escapeHtml(m.id)}</span> <span lang="${escapeHtml(titleLang)}">${escapeHtml(m.title)}</span></th>${cols.map((c) => td(cellOf(m, c))).join('')}</tr>`;
    })
    .join('\n');
  const foot = cols.some((c) => c.target)
    ? `<tfoot><tr><th scope="row">Target (manual.yaml)</th>${cols.map((c) => `<td>${escapeHtml(c.target ?? '')}</td>`).join('')}</tr></tfoot>`
    : '';
  const charts = report.languages
    .map((lang) => {
      const scale = scalesFor(lang)[0];
      if (!scale) return '';
      const svg = chartSvg(report, lang, targets[lang]?.[scale.target]);
      return svg ? `<figure><figcaption>${escapeHtml(SCALES[scale.id].name)} — ${escapeHtml(lang)} (${scale.kind === 'min' ? 'higher is easier' : 'lower is easier'})</figcaption>${svg}</figure>` : '';
    })
    .filter(Boolean)
    .join('\n');
  const legend = cols
    .filter((c, i) => cols.findIndex((d) => d.header === c.header) === i)
    .map((c) => `<dt>${escapeHtml(c.header)}</dt><dd>${escapeHtml(c.description)}</dd>`)
    .join('');
  const titles = new Map(report.modules.map((m) => [m.id, m.title]));
  const plain = report.plain ? plainSection(report.plain, titles) : '';
  const history = historySection(report.history, historyWarning, titles);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)} — promokit report</title>
<style>${CSS}${PLAIN_CSS}${HISTORY_CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">Manual <code>${escapeHtml(report.id)}</code> · ${report.modules.length} modules · languages ${report.languages.map(escapeHtml).join(', ')} (source: ${escapeHtml(report.sourceLang)}) · made by <code>promokit report</code></p>
<h2>Readability</h2>
<div class="charts">
${charts || '<p>No language of this manual has readability scales (promokit scores es and en).</p>'}
</div>
<h2>Modules</h2>
<div class="table-wrap">
<table id="modules">
<caption>Readability, size, translation staleness and review date of each module. * marks a score harder to read than the target of manual.yaml.</caption>
<thead>
${head1}
${head2}
</thead>
<tbody>
${body}
</tbody>
${foot}
</table>
</div>
<dl class="legend">${legend}</dl>
${plain}
${history}
</main>
</body>
</html>
`;
}
