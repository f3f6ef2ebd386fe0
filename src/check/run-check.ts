// The check workflow: load, run every rule, sort, summarise. No printing.
import { existsSync } from 'node:fs';
import { vetPath } from '../sources/safe-read.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { LoadedProject } from '../model/load-project.js';
import { checkConferenceReferences } from './rules/conference-reference.js';
import { checkCertificateProfile, readAttendeeColumns } from './rules/certificate-profile.js';
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
  const exists = (p: string): boolean => existsSync(p);
  let diagnostics: Diagnostic[] = [...loaded.diagnostics];
  let modules = 0;

  for (const manual of project.manuals) {
    const keep = moduleFilter?.get(manual.id);
    const scoped = keep ? { ...manual, modules: manual.modules.filter((m) => keep.has(m.id)) } : manual;
    modules += scoped.modules.length;
    const refusal = (p: string): { rule: string; message: string } | undefined => {
      const vet = existsSync(p) ? vetPath(p, project.root, manual.allowedDirs) : undefined;
      return vet && 'rule' in vet && vet.rule === 'path-outside-project' ? vet : undefined;
    };
    const ctx: RuleContext = { manual: scoped, today, exists, refusal, manualFiles: manual.allFiles };
    if (options.passive && (options.passiveEveryManual || manual.config.plain_language?.passive)) ctx.passive = options.passive;
    for (const rule of manualRules) {
      for (const f of rule.check(ctx)) {
        const { severity, ...rest } = f;
        diagnostics.push({ ...rest, rule: rule.id, severity: severity ?? rule.severity, manual: manual.id });
      }
    }
  }
  if (moduleFilter) {
    diagnostics = diagnostics.filter((d) => !d.manual || !d.module || !moduleFilter.get(d.manual) || moduleFilter.get(d.manual)!.has(d.module));
  }

  for (const conf of project.conferences) {
    diagnostics.push(...checkConferenceReferences(conf, project.root, exists));
    diagnostics.push(...checkEventReferences(conf, project.root, exists));
    diagnostics.push(...checkCertificateProfile(conf, { attendeeColumns: readAttendeeColumns(conf, project.root), attendeesFile: `${conf.relDir}/${conf.config?.attendees ?? ''}`, manuals: project.manuals }));
  }

  if (options.strict) diagnostics = diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' } : d));
  diagnostics.sort(compareDiagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    ok: errors === 0,
    summary: {
      manuals: project.manuals.length + loaded.brokenManuals.length,
      modules,
      conferences: project.conferences.length,
      errors,
      warnings: diagnostics.length - errors,
    },
    diagnostics,
  };
}
