import { z } from 'zod';
import type { Lang, MessageKey } from '../i18n/catalogue.ts';
import { AppError } from '../lib/errors.ts';

const localeErrors = { id: z.locales.id().localeError, en: z.locales.en().localeError };

/** Parses input at the boundary; the first problem becomes a 400 naming the field, in the caller's language. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, lang: Lang): z.output<S> {
  const result = schema.safeParse(input, { error: localeErrors[lang] });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  // A schema may name a catalogue entry instead of a text: `{ message: 'msg:org.nip_invalid' }`.
  if (issue?.message.startsWith('msg:')) throw new AppError('invalid', issue.message.slice(4) as MessageKey, field);
  throw new AppError('invalid', 'invalid.format', field, { field: field ?? '-', detail: issue?.message ?? '' });
}
