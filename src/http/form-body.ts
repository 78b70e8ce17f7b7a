import type { Context } from 'hono';
import { type Lang, t } from '../i18n/catalogue.ts';
import type { AppEnv } from './env.ts';
import { hasControlCharacter, withoutControlCharacters } from './validate.ts';

type Part = string | File;
export type FormBody = Record<string, Part | Part[]>;

/** A posted HTML form as the public pages use it. */
export type PublicForm = {
  /** What `parseBody` gives, each text with its control characters removed so it can be shown again. */
  body: FormBody;
  /**
   * Each field whose text carried control characters, with its message in the visitor's language.
   * Not empty means the form goes back to the visitor, even if the cleaned text would pass.
   */
  errors: Record<string, string>;
};

/**
 * Reads the body of a public form post (multipart or urlencoded) once for every public form: a
 * body that cannot be read as a form (broken multipart, cut off) is null, for the page to answer
 * 400 with `invalid.form_unreadable`; control characters become field errors, not a 500 from the
 * database that loses what the citizen typed. The API's bodies get the same check in `parseWith`.
 */
export async function readPublicForm(c: Context<AppEnv>, lang: Lang, opts: { all?: boolean } = {}): Promise<PublicForm | null> {
  let raw: FormBody;
  try {
    raw = (await c.req.parseBody({ all: opts.all ?? false })) as FormBody;
  } catch {
    return null;
  }
  const body: FormBody = {};
  const errors: Record<string, string> = {};
  const clean = (name: string, part: Part): Part => {
    if (typeof part !== 'string' || !hasControlCharacter(part)) return part;
    errors[name] = t(lang, 'invalid.control_characters_removed');
    return withoutControlCharacters(part);
  };
  for (const [key, value] of Object.entries(raw)) {
    const name = hasControlCharacter(key) ? withoutControlCharacters(key) : key;
    if (name !== key) errors[name] = t(lang, 'invalid.control_characters_removed');
    body[name] = Array.isArray(value) ? value.map((part) => clean(name, part)) : clean(name, value);
  }
  return { body, errors };
}

/**
 * The query of a public page (search, tracking by number and code: GET forms) with control
 * characters removed. A lookup for the cleaned text answers what it would for what the visitor
 * meant; the database never sees a NUL, which it refuses with an error.
 */
export function readPublicQuery(c: Context<AppEnv>): URLSearchParams {
  const query = new URL(c.req.url).searchParams;
  const clean = new URLSearchParams();
  for (const [key, value] of query) clean.append(withoutControlCharacters(key), withoutControlCharacters(value));
  return clean;
}
