import { neutralizeControls } from './control-chars.js';

/**
 * Text from plan files reaches the terminal; escape sequences in it (ANSI colours, OSC titles and
 * hyperlinks, cursor moves) must show as text and never act, and bidi controls must not reorder
 * the line. Every control but tab becomes a visible symbol (control-chars.ts); LF and CR too, as
 * ␊ and ␍, so one value stays on one line.
 */
export function terminalSafe(text: string): string {
  return neutralizeControls(text).replace(/[\n\r]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
}
