import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticMessage } from '../i18n/diagnostic-messages.js';
import type { Lang } from '../i18n/lang.js';

// Workflow command escaping: data escapes %, CR, LF; properties also escape ':' and ','.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: one `::error file=...,line=...,col=...::message` line each. */
export function renderDiagnosticsGithub(list: readonly Diagnostic[], lang: Lang): string {
  return list
    .map((d) => {
      const { message, hint } = diagnosticMessage(d, lang);
      const { file, line, column, endColumn } = d.location;
      const props = [`file=${escapeProperty(file)}`, `line=${line}`, `col=${column}`];
      if (endColumn !== undefined) props.push(`endColumn=${endColumn}`);
      props.push(`title=${escapeProperty(`plan ${d.code}`)}`);
      return `::${d.severity} ${props.join(',')}::${escapeData(hint ? `${message}\n${hint}` : message)}`;
    })
    .join('\n');
}
