// The report page's "readability over time": per module, a small SVG line
// chart per language (its first scale), oldest commit on the left. No script:
// each point's commit, date and score are in its <title> and in the <desc>.
import { SCALES } from '../check/readability/scores.js';
import { SHORT } from './columns.js';
import { escapeHtml } from './escape.js';
import type { HistorySeries, ReadabilityHistory } from './history.js';

export const HISTORY_CSS = `
.history { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1rem 1.5rem; }
.history figure { border: 1px solid var(--line); border-radius: 4px; padding: .5rem; }
.history .charts { gap: .5rem; }
svg .trend { fill: none; stroke: var(--ok); stroke-width: 2; }
svg .dot { fill: var(--ok); }
svg .axis { stroke: #888; }
svg text.small { font-size: 10px; fill: var(--muted); }
.history-warning { color: var(--hard); font-weight: 600; }
`;

const W = 280;
const H = 96;
const LEFT = 34;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 22;

export function seriesSvg(id: string, s: HistorySeries): string {
  const scale = SCALES[s.scale];
  const values = s.points.map((p) => p.value);
  let lo = Math.floor(Math.min(...values));
  let hi = Math.ceil(Math.max(...values));
  if (hi - lo < 2) {
    lo -= 1;
    hi += 1;
  }
  const x = (i: number): number => (s.points.length === 1 ? LEFT + (W - LEFT - RIGHT) / 2 : LEFT + (i / (s.points.length - 1)) * (W - LEFT - RIGHT));
  const y = (v: number): number => TOP + (1 - (v - lo) / (hi - lo)) * (H - TOP - BOTTOM);
  const name = `${scale.name}, ${s.lang} (${scale.kind === 'min' ? 'higher is easier' : 'lower is easier'})`;
  const desc = s.points.map((p) => `${p.date} ${p.commit}: ${p.value.toFixed(1)}`).join('; ');
  const path = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  const first = s.points[0]!;
  const last = s.points[s.points.length - 1]!;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${escapeHtml(name)}</title>`,
    `<desc id="${id}-d">${escapeHtml(desc)}</desc>`,
    `<line class="axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${H - BOTTOM}"/>`,
    `<line class="axis" x1="${LEFT}" y1="${H - BOTTOM}" x2="${W - RIGHT}" y2="${H - BOTTOM}"/>`,
    `<text class="small" x="${LEFT - 4}" y="${TOP + 4}" text-anchor="end">${hi}</text>`,
    `<text class="small" x="${LEFT - 4}" y="${H - BOTTOM}" text-anchor="end">${lo}</text>`,
    `<text class="small" x="${LEFT}" y="${H - 6}">${escapeHtml(first.date)}</text>`,
    s.points.length > 1 ? `<text class="small" x="${W - RIGHT}" y="${H - 6}" text-anchor="end">${escapeHtml(last.date)}</text>` : '',
    `<path class="trend" d="${path}"/>`,
    ...s.points.map((p, i) => `<circle class="dot" cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3"><title>${escapeHtml(`${p.date} ${p.commit}: ${p.value.toFixed(1)}`)}</title></circle>`),
    '</svg>',
  ].join('');
}

export function historySection(history: ReadabilityHistory | null | undefined, warning: string | undefined, titles: ReadonlyMap<string, string>): string {
  if (warning) return `<h2>Readability over time</h2>\n<p class="history-warning" role="note">${escapeHtml(warning)}</p>`;
  if (!history) return '';
  const figures = history.modules.map((m) => {
    const charts = m.series.map((s) => {
      const last = s.points[s.points.length - 1]!;
      const label = `${escapeHtml(s.lang)} ${escapeHtml(SHORT[s.scale])}: ${last.value.toFixed(1)} at the last commit, ${s.points.length === 1 ? '1 commit' : `${s.points.length} commits`}`;
      return `<div><div class="meta">${label}</div>${seriesSvg(`history-${escapeHtml(m.module)}-${escapeHtml(s.lang)}`, s)}</div>`;
    });
    return `<figure><figcaption><span class="id">${escapeHtml(m.module)}</span> ${escapeHtml(titles.get(m.module) ?? '')}</figcaption>${charts.length ? charts.join('') : '<p class="meta">No committed version of this module in git.</p>'}</figure>`;
  });
  return `<h2>Readability over time</h2>
<p class="meta">The module files as committed, at most ${history.commits} commits per module, oldest on the left (git).</p>
<div class="history">
${figures.join('\n')}
</div>`;
}
