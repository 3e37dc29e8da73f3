/**
 * Control characters a terminal obeys rather than shows: C0 but newline
 * and tab, DEL, and C1 (U+0080 to U+009F; some terminals read U+009B as the
 * start of an escape sequence, as they read ESC [).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Whether text holds a character a terminal would obey rather than show. */
export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}

/** Each control character as `\x1b`: visible, and in a double-quoted YAML string the same character. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The distinct control characters in text, escaped, for a message: `\x1b, \x07`. */
export function controlsIn(text: string): string {
  return [...new Set(text.match(CONTROLS) ?? [])].map(escapeControls).join(', ');
}
