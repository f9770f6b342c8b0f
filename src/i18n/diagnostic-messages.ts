import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Entry } from './diagnostic-entry.js';
import { EN } from './diagnostic-messages-en.js';
import { VI } from './diagnostic-messages-vi.js';
import type { Lang } from './lang.js';

const CATALOG: Record<Lang, Record<DiagnosticCode, Entry>> = { vi: VI, en: EN };

export function diagnosticMessage(d: Diagnostic, lang: Lang): { message: string; hint: string } {
  const entry = CATALOG[lang][d.code];
  return { message: entry.message(d.params), hint: entry.hint?.(d.params) ?? '' };
}
