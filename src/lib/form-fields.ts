import { z } from 'zod';

/**
 * The field builders of a public form and its staff entry API (requests, objections). Each message
 * names the catalogue entry `<prefix>.invalid.<field>`, so the public form can show it next to its
 * field in the visitor's language.
 */
export function formFields(prefix: string) {
  const msg = (field: string) => `msg:${prefix}.invalid.${field}`;
  /** Trimmed text of `min` to `max` characters. */
  const text = (field: string, min: number, max: number) =>
    z
      .string({ message: msg(field) })
      .trim()
      .min(min, { message: msg(field) })
      .max(max, { message: msg(field) });
  /** A field that may be left empty: empty, missing or null all become null. */
  const optional = <T extends string>(schema: z.ZodType<T>) =>
    z
      .union([schema, z.literal('')])
      .nullish()
      .transform((v) => (v ? v : null));
  /** A telephone number as people write it (digits, spaces, brackets, dashes, a leading +). */
  const phone = (field: string) =>
    optional(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 ()-]{5,28}$/, { message: msg(field) }),
    );
  /** When a letter or call reached the agency: it can be entered days later, never before it came. */
  const receivedAt = () =>
    z.iso
      .datetime({ offset: true, message: msg('receivedAt') })
      .transform((s) => new Date(s))
      .refine((d) => d.getTime() <= Date.now() + 60_000, { message: msg('receivedAt') });
  return { msg, text, optional, phone, receivedAt };
}
