// Not a manual rule: checks what a conference.yaml points at. `check` runs it
// on every conference; `packet` asks it about each session it puts in.
import { basename, join } from 'node:path';
import { resolveInsideProject } from '../../sources/inside-project.js';
import type { ConferenceRef } from '../../model/types.js';
import type { Diagnostic } from '../../model/diagnostic.js';

export const id = 'conference-reference';

type Exists = (abs: string) => boolean;

/**
 * What session `index` points at that is not there: its module's folder, its
 * deck in every language of the conference, its PDF (inside the project,
 * symlinks followed, and there).
 */
export function sessionReferenceProblems(conf: ConferenceRef, index: number, root: string, exists: Exists): Diagnostic[] {
  const config = conf.config;
  const s = config?.sessions[index];
  if (!config || !s) return [];
  const out: Diagnostic[] = [];
  const report = (field: string, message: string): void => {
    out.push({ rule: id, severity: 'error', file: conf.configFile, line: conf.lineOf(['sessions', index, field]), message });
  };
  if (s.module) {
    const [manual, mod] = s.module.split('/') as [string, string];
    if (!exists(join(root, 'manuals', manual, 'manual.yaml'))) report('module', `module ${s.module}: there is no manual "${manual}" in manuals/`);
    else if (!exists(join(root, 'manuals', manual, 'modules', mod))) report('module', `module ${s.module}: manual "${manual}" has no module folder ${mod}`);
  }
  if (s.slides) {
    const [manual, mod] = s.slides.split('/') as [string, string];
    const missing = config.languages.filter((l) => !exists(join(root, 'manuals', manual, 'modules', mod, `slides.${l}.md`)));
    if (missing.length) report('slides', `slides ${s.slides}: no ${missing.map((l) => `slides.${l}.md`).join(', ')} in manuals/${manual}/modules/${mod}`);
  }
  if (s.pdf) out.push(...besideConference(conf, ['sessions', index, 'pdf'], 'pdf', s.pdf, root, exists));
  return out;
}

export function checkConferenceReferences(conf: ConferenceRef, root: string, exists: Exists): Diagnostic[] {
  const config = conf.config;
  if (!config) return [];
  return [
    ...config.sessions.flatMap((_, i) => sessionReferenceProblems(conf, i, root, exists)),
    ...besideConference(conf, ['attendees'], 'attendees file', config.attendees, root, exists),
  ];
}

/** A file beside the event file: inside the project (symlinks followed) and there. */
function besideConference(conf: ConferenceRef, path: (string | number)[], what: string, rel: string, root: string, exists: Exists): Diagnostic[] {
  const file = conf.configFile;
  const line = conf.lineOf(path);
  const r = resolveInsideProject(root, conf.dir, rel);
  if ('outside' in r) return [{ rule: 'path-outside-project', severity: 'error', file, line, message: `${what} ${rel} leads to ${r.outside}, which is outside the project` }];
  if (!exists(r.path)) return [{ rule: id, severity: 'error', file, line, message: `${what} ${rel} not found beside ${basename(file)}` }];
  return [];
}
