import { z } from 'zod';
import type { Lang, MessageKey } from '../i18n/catalogue.ts';
import { AppError } from '../lib/errors.ts';

const localeErrors = { id: z.locales.id().localeError, en: z.locales.en().localeError };

/**
 * Parses input at the boundary; the first problem becomes a 400 naming the field, in the caller's
 * language. Text carrying control characters is refused before the schema sees it.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, lang: Lang): z.output<S> {
  const tainted = controlCharacterPath(input);
  if (tainted !== null) throw new AppError('invalid', 'invalid.control_characters', tainted || undefined, { field: tainted || '-' });
  const result = schema.safeParse(input, { error: localeErrors[lang] });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  // A schema may name a catalogue entry instead of a text: `{ message: 'msg:org.nip_invalid' }`.
  if (issue?.message.startsWith('msg:')) throw new AppError('invalid', issue.message.slice(4) as MessageKey, field);
  throw new AppError('invalid', 'invalid.format', field, { field: field ?? '-', detail: issue?.message ?? '' });
}

/**
 * Whether a text holds a control character no form field means: C0 (NUL included) and C1 codes
 * and DEL. Tab, line feed and carriage return are what multi-line fields are made of and stay.
 * PostgreSQL refuses NUL in text outright, which used to surface as a 500 losing what was typed.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code >= 0x7f && code <= 0x9f) return true;
  }
  return false;
}

/** The text without those characters, for showing a form back to the person who typed it. */
export function withoutControlCharacters(text: string): string {
  let out = '';
  for (const ch of text) if (!hasControlCharacter(ch)) out += ch;
  return out;
}

/**
 * The dotted path of the first string (value or key) in `input` with a control character, `''` for
 * the input itself, or null when there is none. Walks with its own stack and parent links: a body
 * is bounded in size by its route but not in depth, and deep nesting must cost neither the call
 * stack nor a copy of the path per level.
 */
export function controlCharacterPath(input: unknown): string | null {
  type Node = { value: unknown; key: string; parent: Node | null };
  const pathOf = (node: Node | null): string => {
    const keys: string[] = [];
    for (let n = node; n?.parent; n = n.parent) keys.push(n.key);
    return keys.reverse().join('.');
  };
  const stack: Node[] = [{ value: input, key: '', parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'string') {
      if (hasControlCharacter(value)) return pathOf(node);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: String(i), parent: node });
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (hasControlCharacter(key)) return pathOf({ value: child, key: withoutControlCharacters(key), parent: node });
        stack.push({ value: child, key, parent: node });
      }
    }
  }
  return null;
}

// Parsed JSON and form bodies; a File or a Date is not text to look into.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
