// Rewrites fields of a Markdown file's front matter and leaves everything
// else — comments, key order, body, line ends — as the author wrote it.
import { parseDocument } from 'yaml';

export function setFrontMatterFields(raw: string, fields: Record<string, unknown>): string {
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const bom = raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = (bom ? raw.slice(1) : raw).replace(/\r\n/g, '\n');
  const m = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  const yamlText = m ? (m[1] ?? '') : '';
  const body = m ? text.slice(m[0].length) : `\n${text}`;
  const doc = parseDocument(yamlText);
  for (const [k, v] of Object.entries(fields)) doc.set(k, v);
  const out = `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
  return bom + (eol === '\n' ? out : out.replace(/\n/g, eol));
}
