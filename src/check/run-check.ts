// The check workflow: load, run every rule, sort, summarise. No printing.
import { existsSync } from 'node:fs';
import { vetPath } from '../sources/safe-read.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedProject } from '../model/load-project.js';
import type { ConferenceRef, Manual } from '../model/types.js';
import { checkConferenceReferences } from './rules/conference-reference.js';
import { checkCertificateProfile, readAttendeeColumns, type ProfileInputs } from './rules/certificate-profile.js';
import { checkEventReferences } from './rules/event-reference.js';
import { manualRules } from './rules/index.js';
import type { PassiveFinder } from './readability/passive.js';
import type { RuleContext } from './rule.js';

export interface CheckOptions {
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
  /** Warnings count as errors. */
  strict?: boolean;
  /** The passive-voice finder, given to the manuals whose plain_language.passive is true. */
  passive?: PassiveFinder;
  /** Give it to every manual (`check --passive`). */
  passiveEveryManual?: boolean;
}

export interface CheckSummary {
  manuals: number;
  modules: number;
  conferences: number;
  errors: number;
  warnings: number;
}

export interface CheckResult {
  ok: boolean;
  summary: CheckSummary;
  diagnostics: Diagnostic[];
}

export function runCheck(loaded: LoadedProject, options: CheckOptions = {}): CheckResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { project, moduleFilter } = loaded;
  let diagnostics: Diagnostic[] = [...loaded.diagnostics];
  let modules = 0;
  for (const manual of project.manuals) {
    const passive = options.passive && (options.passiveEveryManual || manual.config.plain_language?.passive) ? options.passive : undefined;
    const checked = checkManual(manual, project.root, today, moduleFilter?.get(manual.id), passive);
    modules += checked.modules;
    diagnostics.push(...checked.diagnostics);
  }
  if (moduleFilter) {
    diagnostics = diagnostics.filter((d) => !d.manual || !d.module || !moduleFilter.get(d.manual) || moduleFilter.get(d.manual)!.has(d.module));
  }
  diagnostics.push(...checkConferences(project.conferences, project.root, project.manuals));
  return summarise(diagnostics, options, { manuals: project.manuals.length + loaded.brokenManuals.length, modules, conferences: project.conferences.length });
}

/** Every manual rule over one manual, or over the modules of it in `keep`; passive-voice hints when given the finder. */
export function checkManual(manual: Manual, root: string, today: string, keep?: ReadonlySet<string>, passive?: PassiveFinder): { diagnostics: Diagnostic[]; modules: number } {
  const exists = (p: string): boolean => existsSync(p);
  const scoped = keep ? { ...manual, modules: manual.modules.filter((m) => keep.has(m.id)) } : manual;
  const refusal = (p: string): { rule: string; message: string } | undefined => {
    const vet = existsSync(p) ? vetPath(p, root, manual.allowedDirs) : undefined;
    return vet && 'rule' in vet && vet.rule === 'path-outside-project' ? vet : undefined;
  };
  const ctx: RuleContext = { manual: scoped, today, exists, refusal, manualFiles: manual.allFiles };
  if (passive) ctx.passive = passive;
  const diagnostics: Diagnostic[] = [];
  for (const rule of manualRules) {
    for (const f of rule.check(ctx)) {
      const { severity, ...rest } = f;
      diagnostics.push({ ...rest, rule: rule.id, severity: severity ?? rule.severity, manual: manual.id });
    }
  }
  return { diagnostics, modules: scoped.modules.length };
}

/** The conference rules; `manuals` needs only each module's assessment sections. */
export function checkConferences(conferences: readonly ConferenceRef[], root: string, manuals: ProfileInputs['manuals']): Diagnostic[] {
  const exists = (p: string): boolean => existsSync(p);
  return conferences.flatMap((conf) => [
    ...checkConferenceReferences(conf, root, exists),
    ...checkEventReferences(conf, root, exists),
    ...checkCertificateProfile(conf, { attendeeColumns: readAttendeeColumns(conf, root), attendeesFile: `${conf.relDir}/${conf.config?.attendees ?? ''}`, manuals }),
  ]);
}

/** --strict, the order of the findings and the counts. */
export function summarise(found: Diagnostic[], options: CheckOptions, counts: Omit<CheckSummary, 'errors' | 'warnings'>): CheckResult {
  const diagnostics = options.strict ? found.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : found;
  diagnostics.sort(compareDiagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { ok: errors === 0, summary: { ...counts, errors, warnings: diagnostics.length - errors }, diagnostics };
}
