// A module's pre/post test, read from its `## … {#assessment}` section: the
// questions are the section's numbered list items outside fenced divs; the
// answers are the numbered list items of its `::: facilitator` note, the Nth
// answer for the Nth question (docs/authoring.md).
import type { Section } from '../model/types.js';

export interface AssessmentItem {
  question: string;
  /** undefined when the facilitator note has no answer for it. */
  answer: string | undefined;
}

const ITEM = /^(\d+)[.)]\s+(.*)$/;
const FENCE = /^:::+\s*(\{[^}]*\}|[\w-]+)?\s*$/;

/** Numbered items of a block of lines, each with its indented continuation lines joined. */
function numberedItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  let open = false;
  for (const line of lines) {
    const m = ITEM.exec(line);
    if (m) {
      items.push(m[2]!.trim());
      open = true;
    } else if (open && /^\s+\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else open = false;
  }
  return items;
}

export function assessmentItems(section: Pick<Section, 'text'>): AssessmentItem[] {
  const outside: string[] = [];
  const answers: string[] = [];
  let depth = 0;
  let inFacilitator = false;
  for (const line of section.text.split('\n').slice(1)) {
    const fence = FENCE.exec(line.trim());
    if (fence) {
      if (fence[1]) {
        depth++;
        if (depth === 1) inFacilitator = /facilitat/.test(fence[1]);
      } else if (depth > 0) {
        depth--;
        if (depth === 0) inFacilitator = false;
      }
      continue;
    }
    if (depth === 0) outside.push(line);
    else if (inFacilitator && depth === 1) answers.push(line);
  }
  const key = numberedItems(answers);
  return numberedItems(outside).map((question, i) => ({ question, answer: key[i] }));
}

/** Markdown emphasis and code marks dropped: the test is set as plain text. */
export const plain = (md: string): string => md.replace(/\*\*|__|[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
