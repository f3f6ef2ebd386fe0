// The model stage and the check rules report findings that point at a line of
// a file. The type is the one every stage shares (src/findings); these names
// stay so the code written against them keeps compiling.
import { compareFindings, type FindingScope, type LocatedFinding } from '../findings/finding.js';

export type { Severity } from '../findings/finding.js';

export type Diagnostic = LocatedFinding;

/** Where a diagnostic belongs; the rule id and message are added by the caller. */
export type DiagnosticScope = FindingScope;

export const compareDiagnostics: (a: Diagnostic, b: Diagnostic) => number = compareFindings;
