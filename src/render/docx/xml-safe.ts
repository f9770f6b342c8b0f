/**
 * Text from plan files and people's narrative goes into Word's XML. XML 1.0 forbids most C0 controls
 * (all but tab, LF, CR), U+FFFE, U+FFFF and unpaired surrogates: Word refuses a file holding one
 * ("unreadable content"), so they are removed; so are DEL and the C1 controls, which XML allows but
 * no reader shows. Text is NFC, as everywhere else.
 */
export function xmlSafe(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
