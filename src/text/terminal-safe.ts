/**
 * Text from plan files reaches the terminal; escape sequences in it (ANSI colours, OSC titles and
 * hyperlinks, cursor moves) must show as text and never act. C0/C1 controls other than tab become
 * visible symbols (U+2400 block for C0, "�" for the rest).
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}
