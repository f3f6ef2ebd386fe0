// GitHub Actions workflow commands: one annotation per finding. GitHub shows
// at most 10 error and 10 warning annotations of a step, so errors come
// first, each severity is cut at 10, and one plain line says what was left out.
import { countFindings, type Finding, type Severity } from '../finding.js';
import type { Report, ReportFormat } from './report.js';

/** Annotations GitHub shows per step and severity. */
export const GITHUB_ANNOTATION_CAP = 10;

/** Most severe first. */
const SEVERITIES: readonly Severity[] = ['error', 'warning'];

/** Workflow-command escaping (actions/toolkit): data escapes %, CR, LF; properties also : and ,. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(f: Finding): string {
  const props = [
    ...(f.file ? [`file=${escapeProperty(f.file)}`] : []),
    ...(f.file && f.line ? [`line=${f.line}`] : []),
    ...(f.file && f.line && f.column ? [`col=${f.column}`] : []),
    `title=${escapeProperty(f.rule)}`,
  ];
  return `::${f.severity} ${props.join(',')}::${escapeData(f.hint ? `${f.message}\n${f.hint}` : f.message)}`;
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

export function renderGithub(report: Report): string {
  const lines: string[] = [];
  const left: string[] = [];
  for (const severity of SEVERITIES) {
    const all = report.findings.filter((f) => f.severity === severity);
    lines.push(...all.slice(0, GITHUB_ANNOTATION_CAP).map(annotation));
    if (all.length > GITHUB_ANNOTATION_CAP) left.push(plural(all.length - GITHUB_ANNOTATION_CAP, severity));
  }
  if (left.length) {
    lines.push(`${left.join(' and ')} left out (GitHub shows ${GITHUB_ANNOTATION_CAP} of each per step); run with --format json or --format junit to see them all`);
  }
  const n = countFindings(report.findings);
  lines.push(`promokit ${report.command}: ${n.errors} errors, ${n.warnings} warnings${report.scope ? ` ${report.scope}` : ''}`);
  return `${lines.join('\n')}\n`;
}

export const github: ReportFormat = {
  name: 'github',
  summary: 'GitHub Actions annotations',
  machine: false,
  render: (report) => ({ stream: 'stdout', text: renderGithub(report) }),
};
