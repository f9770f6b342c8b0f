import { severityOf, type DiagnosticCode } from './codes.js';
import type { Diagnostic, Location, Params } from './diagnostic.js';

export function diagnostic(code: DiagnosticCode, location: Location, params: Params = {}): Diagnostic {
  return { code, severity: severityOf(code), location, params };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      a.code.localeCompare(b.code),
  );
}
