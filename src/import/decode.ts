/**
 * The text of a source file, and how it was read. O*NET's text releases
 * are UTF-8 (plain ASCII, in fact), but a file saved by a spreadsheet or
 * taken from an older release may be Windows-1252 (Latin-1 and its
 * superset). Read as UTF-8, such a file would turn every accented letter
 * into U+FFFD for good; bytes that are not valid UTF-8 are therefore read
 * as Windows-1252, which maps every byte to a character, and the caller says
 * so.
 */
export function decodeSource(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
} {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
