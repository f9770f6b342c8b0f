import { terminalSafe } from '../../text/terminal-safe.js';

/** Text from plan files: NFC (so that Vietnamese lines up) and no escape sequences. */
export const safe = (text: string): string => terminalSafe(text.normalize('NFC'));

/** Each line made terminal-safe, the line breaks kept. */
export const safeLines = (text: string): string => text.split('\n').map(safe).join('\n');
