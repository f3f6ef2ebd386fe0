// The score summary as one self-contained HTML file: the means, an inline SVG
// bar chart (share right per question, before and after) and the gain of each
// attendee. No script, no outside file.
import type { ScoreSummary } from './scores.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const PRE = '#9cb8cf';
const POST = '#1f5f8b';

function chart(s: ScoreSummary): string {
  const bar = 18;
  const group = bar * 2 + 16;
  const left = 48;
  const top = 12;
  const height = 180;
  const width = left + s.perQuestion.length * group + 20;
  const y = (share: number): number => top + height - share * height;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<line x1="${left}" x2="${width - 10}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${t * 100}%</text>`)
    .join('');
  const bars = s.perQuestion
    .map((q, i) => {
      const x = left + 10 + i * group;
      const one = (share: number | null, dx: number, fill: string, what: string): string =>
        share === null ? '' : `<rect x="${x + dx}" y="${y(share)}" width="${bar}" height="${height - (y(share) - top)}" fill="${fill}"><title>${esc(q.question)} ${what}: ${Math.round(share * 100)}%</title></rect>`;
      return `${one(q.pre, 0, PRE, 'pre')}${one(q.post, bar, POST, 'post')}<text x="${x + bar}" y="${top + height + 16}" text-anchor="middle" font-size="12">${esc(q.question)}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Share of right answers per question, before and after" width="${width}" height="${top + height + 28}" viewBox="0 0 ${width} ${top + height + 28}">${grid}${bars}</svg>`;
}

const num = (x: number | null, digits = 1): string => (x === null ? '—' : x.toFixed(digits));

export function scoresHtml(s: ScoreSummary, title: string): string {
  const rows = s.attendees.map((a) => `<tr><td>${esc(a.name)}</td><td>${a.pre ?? '—'}</td><td>${a.post ?? '—'}</td><td>${a.gain === null ? '—' : a.gain > 0 ? `+${a.gain}` : a.gain}</td></tr>`).join('\n');
  const questions = s.perQuestion.map((q) => `<li><b>${esc(q.question)}</b>${q.text ? ` ${esc(q.text)}` : ''} — ${num(q.pre === null ? null : q.pre * 100, 0)}% → ${num(q.post === null ? null : q.post * 100, 0)}%</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:1.5rem auto;padding:0 1rem;color:#222}h1{color:${POST};font-size:1.4rem}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25rem .8rem;text-align:left}.key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}</style></head>
<body><h1>${esc(title)}</h1>
<p>${s.attendees.length} attendees, ${s.questions} questions. Mean right before: <b>${num(s.meanPre)}</b>, after: <b>${num(s.meanPost)}</b>, mean gain: <b>${num(s.meanGain)}</b> questions.</p>
<h2>Right answers per question</h2>
<p class="key"><span style="background:${PRE}"></span>pre <span style="background:${POST}"></span>post</p>
${chart(s)}
<ol style="list-style:none;padding:0">${questions}</ol>
<h2>Per attendee</h2>
<table><thead><tr><th>Name</th><th>Pre</th><th>Post</th><th>Gain</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}
