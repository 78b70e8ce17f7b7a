/** One content line of an iCalendar file after unfolding: `NAME;PARAM=VALUE:value`. */
export type IcalLine = { name: string; params: Record<string, string>; value: string; line: number };

const CR = 0x0d;
const LF = 0x0a;
const isWsp = (b: number | undefined) => b === 0x20 || b === 0x09;

/**
 * Splits the file into logical lines, unfolding per RFC 5545 §3.1: a line break followed by one
 * space or tab continues the line before. This is done on the bytes, before decoding, because a
 * fold may fall inside a multi-byte UTF-8 character. Bare LF line ends are accepted too.
 * Each logical line keeps the physical line number it started on, for the preview.
 */
export function unfoldLines(bytes: Uint8Array): Array<{ text: string; line: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: Array<{ text: string; line: number }> = [];
  // A logical line is the byte runs between folds, joined when the line ends.
  let pieces: Uint8Array[] = [];
  let runStart = 0;
  let physical = 1;
  let startedAt = 1;
  const endLine = (runEnd: number) => {
    pieces.push(bytes.subarray(runStart, runEnd));
    const text = decoder.decode(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
    if (text.length > 0) lines.push({ text, line: startedAt });
    pieces = [];
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== CR && b !== LF) continue;
    const breakLength = b === CR && bytes[i + 1] === LF ? 2 : 1;
    physical++;
    if (isWsp(bytes[i + breakLength])) {
      // Drop the break and the one white-space character that marks the fold.
      pieces.push(bytes.subarray(runStart, i));
      i += breakLength;
      runStart = i + 1;
      continue;
    }
    endLine(i);
    i += breakLength - 1;
    runStart = i + 1;
    startedAt = physical;
  }
  if (runStart < bytes.length || pieces.length > 0) endLine(bytes.length);
  return lines;
}

/**
 * Parses `NAME;P1=a;P2="b:c":value`. The first colon outside a quoted parameter value ends the
 * name and parameters; names and parameter names are case-insensitive and returned upper-case.
 * Null for a line with no colon.
 */
export function parseContentLine(text: string, line: number): IcalLine | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const [name = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  }
  return { name: name.toUpperCase(), params, value: text.slice(colon + 1), line };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A TEXT value with its escapes undone (RFC 5545 §3.3.11): `\\`, `\;`, `\,`, `\n` / `\N`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** A TEXT value escaped for writing (RFC 5545 §3.3.11), the inverse of `unescapeText`. */
export function escapeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\\;,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

const encoder = new TextEncoder();

/**
 * One content line folded for writing (RFC 5545 §3.1): no physical line longer than 75 octets,
 * each continuation starting with a space, never splitting a UTF-8 character; ends with CRLF.
 * `unfoldLines` reads it back.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first physical line holds 75 octets; continuations 74 after their leading space.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return `${out.join('\r\n ')}\r\n`;
}
