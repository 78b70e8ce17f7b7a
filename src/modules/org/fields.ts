import { z } from 'zod';
import { teamRoles, timeZones, unitKinds } from './roles.ts';

// Input fields shared by the organisation routes; a `msg:` message names a catalogue entry.
const hostname = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const slugField = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'msg:org.slug_invalid' });

/** A lowercase host name; people paste "Dinas.Prov.go.id", so case is folded first. */
export const hostField = z.string().trim().toLowerCase().regex(hostname, { message: 'msg:org.host_invalid' });

export const goIdDomainField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(hostname, { message: 'msg:org.domain_invalid' })
  .refine((d) => d.endsWith('.go.id'), { message: 'msg:org.domain_invalid' });

export const nameField = z.string().trim().min(2).max(200);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
export const emailField = z
  .union([z.email().max(254), z.literal('')])
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));
export const phoneField = z
  .string()
  .trim()
  .max(30)
  .regex(/^(\+?[0-9(][0-9 ()-]{4,28})?$/)
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));

export const timeZoneField = z.enum(timeZones);
export const unitKindField = z.enum(unitKinds);
export const teamRoleField = z.enum(teamRoles);
export const tierField = z.number().int().min(1).max(3);
export const isoDateField = z.iso.date();
export const idParams = z.object({ id: z.uuid() });
