/**
 * The one list of characters that must never reach a terminal, a spreadsheet or a web page as they
 * are, whatever the renderer: C0 controls (ESC starts every ANSI and OSC sequence, BEL ends OSC
 * titles), DEL, C1 controls (U+009B is a one-character CSI on many terminals), and the bidirectional
 * controls (U+202E RLO and its kin reorder what is shown: "hồ sơ‮fdp.exe" reads as "...exe.pdf").
 * Tab, LF and CR are not in it: each output format deals with them itself.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replaces each such character by a visible stand-in that cannot act: C0 as its Control Picture
 * (ESC → ␛, BEL → ␇), DEL → ␡, C1 and bidi controls → U+FFFD.
 */
export function neutralizeControls(text: string): string {
  return text.replace(CONTROL_CHARS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}
