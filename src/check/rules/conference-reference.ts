// Not a manual rule: checks what a conference.yaml points at.
import { join } from 'node:path';
import { resolveInsideProject } from '../../sources/inside-project.js';
import type { ConferenceRef } from '../../model/types.js';
import type { Diagnostic } from '../../model/diagnostic.js';

export const id = 'conference-reference';

export function checkConferenceReferences(
  conf: ConferenceRef,
  root: string,
  exists: (abs: string) => boolean,
): Diagnostic[] {
  const { config, configFile: file, dir } = conf;
  if (!config) return [];
  const out: Diagnostic[] = [];
  const report = (path: (string | number)[], message: string): void => {
    out.push({ rule: id, severity: 'error', file, line: conf.lineOf(path), message });
  };
  config.sessions.forEach((s, i) => {
    if (s.module) {
      const [manual, mod] = s.module.split('/') as [string, string];
      if (!exists(join(root, 'manuals', manual, 'manual.yaml'))) report(['sessions', i, 'module'], `module ${s.module}: there is no manual "${manual}" in manuals/`);
      else if (!exists(join(root, 'manuals', manual, 'modules', mod))) report(['sessions', i, 'module'], `module ${s.module}: manual "${manual}" has no module folder ${mod}`);
    }
    if (s.slides) {
      const [manual, mod] = s.slides.split('/') as [string, string];
      const missing = config.languages.filter((l) => !exists(join(root, 'manuals', manual, 'modules', mod, `slides.${l}.md`)));
      if (missing.length) report(['sessions', i, 'slides'], `slides ${s.slides}: no ${missing.map((l) => `slides.${l}.md`).join(', ')} in manuals/${manual}/modules/${mod}`);
    }
    if (s.pdf) referenced(['sessions', i, 'pdf'], 'pdf', s.pdf);
  });
  referenced(['attendees'], 'attendees file', config.attendees);
  return out;

  // A file beside conference.yaml: inside the project (symlinks followed) and there.
  function referenced(path: (string | number)[], what: string, rel: string): void {
    const r = resolveInsideProject(root, dir, rel);
    if ('outside' in r) out.push({ rule: 'path-outside-project', severity: 'error', file, line: conf.lineOf(path), message: `${what} ${rel} leads to ${r.outside}, which is outside the project` });
    else if (!exists(r.path)) report(path, `${what} ${rel} not found beside conference.yaml`);
  }
}
