import { z } from 'zod';
import { formFields } from '../../lib/form-fields.ts';
import { channels, copyDeliveries, obtainMethods, requesterTypes } from './terms.ts';

// The request form's fields, shared by the public form and the staff entry API. Each message
// names a catalogue entry so the public form can show it next to its field in the visitor's language.
const { msg, text, optional, phone, receivedAt } = formFields('permohonan');

const requestShape = {
  requesterType: z.enum(requesterTypes, { message: msg('requesterType') }),
  requesterName: text('requesterName', 2, 200),
  requesterAddress: text('requesterAddress', 5, 500),
  requesterOccupation: optional(text('requesterOccupation', 2, 100)),
  requesterPhone: phone('requesterPhone'),
  requesterEmail: optional(
    z
      .string()
      .trim()
      .pipe(z.email({ message: msg('requesterEmail') }).max(254, { message: msg('requesterEmail') })),
  ),
  informationDetails: text('informationDetails', 10, 4000),
  purpose: text('purpose', 5, 2000),
  obtainMethod: z.enum(obtainMethods, { message: msg('obtainMethod') }),
  copyDelivery: optional(z.enum(copyDeliveries, { message: msg('copyDelivery') })),
};

type RequestFields = z.output<z.ZodObject<typeof requestShape>>;

// What the law's form needs to reach the requester: a copy needs a way to deliver it, delivery by
// e-mail needs an address, by fax a number; and the written notice needs some contact besides the address.
function checkContact(v: RequestFields, ctx: z.RefinementCtx): void {
  const wantsCopy = v.obtainMethod !== 'melihat_membaca_mendengarkan_mencatat';
  if (wantsCopy && !v.copyDelivery) ctx.addIssue({ code: 'custom', path: ['copyDelivery'], message: msg('copyDelivery') });
  if (v.copyDelivery === 'email' && !v.requesterEmail) ctx.addIssue({ code: 'custom', path: ['requesterEmail'], message: msg('emailForDelivery') });
  if (v.copyDelivery === 'faksimili' && !v.requesterPhone) ctx.addIssue({ code: 'custom', path: ['requesterPhone'], message: msg('phoneForFax') });
  if (!v.requesterPhone && !v.requesterEmail) ctx.addIssue({ code: 'custom', path: ['requesterPhone'], message: msg('contact') });
}

// A copy delivery only means something when a copy is wanted.
const normalise = <T extends RequestFields>(v: T): T => (v.obtainMethod === 'melihat_membaca_mendengarkan_mencatat' ? { ...v, copyDelivery: null } : v);

/** The public form: the channel is the website and the receipt time is now. */
export const publicRequestBody = z.object(requestShape).superRefine(checkContact).transform(normalise);

/** Staff entry of a request that came by e-mail, letter, phone, in person or social media. */
export const staffRequestBody = z
  .object({
    ...requestShape,
    channel: z.enum(channels, { message: msg('channel') }),
    receivedAt: receivedAt(),
  })
  .superRefine(checkContact)
  .transform(normalise);

export type PublicRequestInput = z.output<typeof publicRequestBody>;
