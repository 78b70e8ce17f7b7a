import { z } from 'zod';
import { formFields } from '../../lib/form-fields.ts';
import { isLocalDate } from '../hari-kerja/local-date.ts';
import { channels } from '../permohonan/terms.ts';
import { grounds } from './terms.ts';

// The objection's fields, shared by the public form and the staff entry API. Each message names a
// catalogue entry so the public form can show it next to its field in the visitor's language.
const { msg, text, optional, phone, receivedAt } = formFields('keberatan');

/** A calendar date `YYYY-MM-DD` that exists. */
export const localDate = (field: string) => z.string({ message: msg(field) }).refine(isLocalDate, { message: msg(field) });

const shape = {
  permohonanNumber: text('permohonanNumber', 5, 60).transform((s) => s.toUpperCase()),
  // One checkbox sends a string, several send an array; both mean the letters of Pasal 35(1).
  grounds: z
    .preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.enum(grounds, { message: msg('grounds') }), { message: msg('grounds') }))
    .refine((list) => list.length > 0, { message: msg('grounds') })
    .transform((list) => grounds.filter((g) => list.includes(g))),
  reason: text('reason', 10, 4000),
  representativeName: optional(text('representativeName', 2, 200)),
  representativeAddress: optional(text('representativeAddress', 5, 500)),
  representativePhone: phone('representativePhone'),
};

type Representative = { representativeName: string | null; representativeAddress: string | null; representativePhone: string | null };

// Checked even when other fields failed, so the form reports a missing power of attorney together
// with everything else instead of only after the rest is fixed (fields that failed stay raw strings).
const always = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

// Anyone acting for the requester must be named, and a representative needs a power of attorney.
function checkRepresentative(v: Representative, hasPowerOfAttorney: boolean, field: string, ctx: z.RefinementCtx): void {
  const any = v.representativeName || v.representativeAddress || v.representativePhone;
  if (any && !v.representativeName) ctx.addIssue({ code: 'custom', path: ['representativeName'], message: msg('representativeName') });
  if (v.representativeName && !hasPowerOfAttorney) ctx.addIssue({ code: 'custom', path: [field], message: msg(field) });
}

/** The public form: the requester proves the request is theirs with its tracking code. */
export const publicObjectionBody = z
  .object({
    ...shape,
    trackingToken: text('trackingToken', 8, 100),
    // A checkbox: present ("ya") when the representative declares holding a surat kuasa.
    powerOfAttorney: z
      .string()
      .optional()
      .transform((v) => v === 'ya'),
  })
  .superRefine((v, ctx) => checkRepresentative(v, v.powerOfAttorney === true || (v.powerOfAttorney as unknown) === 'ya', 'powerOfAttorney', ctx), always);

/** Staff entry of an objection that came by letter, e-mail or in person. */
export const staffObjectionBody = z
  .object({
    ...shape,
    unitId: z.uuid({ message: msg('unitId') }),
    channel: z.enum(channels, { message: msg('channel') }),
    receivedAt: receivedAt(),
    powerOfAttorneyNote: optional(text('powerOfAttorneyNote', 3, 1000)),
    // When the staff know the day the ground arose (a fee notice, say), it replaces the one read from the request.
    groundArisenOn: localDate('groundArisenOn').nullish(),
    lateNote: optional(text('lateNote', 5, 2000)),
  })
  .superRefine((v, ctx) => checkRepresentative(v, Boolean(v.powerOfAttorneyNote), 'powerOfAttorneyNote', ctx), always);

export type PublicObjectionInput = z.output<typeof publicObjectionBody>;
export type StaffObjectionInput = z.output<typeof staffObjectionBody>;
