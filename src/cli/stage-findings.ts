// The errors and warnings of build, slides and packet as findings: the
// PromokitErrors the library returns, with the manual, module and language
// their file belongs to, so they group and read as check's findings do.
import type { PromokitError } from '../errors.js';
import type { Finding, Severity } from '../findings/finding.js';
import type { Project } from '../model/types.js';

/** `errors` as findings of `severity`; one without a rule id gets `stage` (`build`, `slides`…). */
export function stageFindings(errors: readonly PromokitError[], severity: Severity, stage: string, project?: Project): Finding[] {
  return errors.map((e) => {
    const f = e.toFinding(severity, stage);
    return project ? withScope(project, f) : f;
  });
}

/** Adds the manual, module and language of the finding's file, when it is one of the project's. */
export function withScope(project: Project, f: Finding): Finding {
  const file = f.file;
  if (!file || f.manual) return f;
  const manual = project.manuals.find((m) => file === m.relDir || file.startsWith(`${m.relDir}/`));
  if (!manual) return f;
  const module = manual.modules.find((m) => file.startsWith(`${m.relDir}/`));
  const lang = module && [...Object.values(module.files), ...Object.values(module.slides)].find((x) => x?.file === file)?.lang;
  return { ...f, manual: manual.id, ...(module ? { module: module.id } : {}), ...(lang ? { lang } : {}) };
}
