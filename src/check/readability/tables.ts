// Pipe tables (GitHub / pandoc pipe_tables): what readability and
// table-header-missing need to know about them.

/** `|---|:--:|` — the row under a table's header. */
export function isDelimiterRow(line: string): boolean {
  const t = line.trim();
  if (!t.includes('-')) return false;
  if (!t.includes('|') && !/^:?-+:?$/.test(t)) return false;
  const cells = splitTableRow(t);
  return cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c.trim()));
}

/** Cells of a table row, without the outer pipes; `\|` stays inside a cell. */
export function splitTableRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '\\' && t[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (c === '|') {
      cells.push(cur.trim());
      cur = '';
    } else {
      cur += c;
    }
  }
  cells.push(cur.trim());
  return cells;
}

export interface PipeTable {
  /** File line of the header row. */
  line: number;
  header: string[];
}

/** Every pipe table of a Markdown body outside code blocks. */
export function findTables(body: string, firstLine = 1): PipeTable[] {
  const lines = body.split('\n');
  const out: PipeTable[] = [];
  let fence: string | undefined;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      inTable = false;
      continue;
    }
    if (inTable) {
      if (line.includes('|') && line.trim() !== '') continue;
      inTable = false;
    }
    if (line.includes('|') && isDelimiterRow(lines[i + 1] ?? '')) {
      out.push({ line: firstLine + i, header: splitTableRow(line) });
      inTable = true;
      i++;
    }
  }
  return out;
}
