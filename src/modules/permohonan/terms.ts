/**
 * The fixed vocabularies of an information request (UU 14/2008, Perki 1/2021 form). Values are
 * stable identifiers stored in the database; labels for people live in the message catalogue.
 */

/** Where the request came in (DOMAIN.md §3.3; seed 003 §2.2.2). */
export const channels = ['website', 'email', 'surat', 'telepon', 'datang_langsung', 'instagram', 'facebook', 'x', 'whatsapp'] as const;
export type Channel = (typeof channels)[number];

/** Requester types of seed 003 tables 1–3. */
export const requesterTypes = ['perseorangan', 'kelompok_orang', 'badan_hukum'] as const;
export type RequesterType = (typeof requesterTypes)[number];

/** How the requester wants to obtain the information. */
export const obtainMethods = ['melihat_membaca_mendengarkan_mencatat', 'salinan_softcopy', 'salinan_hardcopy'] as const;
export type ObtainMethod = (typeof obtainMethods)[number];

/** How copies reach the requester; only asked when a copy is wanted. */
export const copyDeliveries = ['ambil_langsung', 'kurir', 'pos', 'faksimili', 'email'] as const;
export type CopyDelivery = (typeof copyDeliveries)[number];

/** Every status of a request; `transition.ts` alone moves a request between them. */
export const statuses = ['terdaftar', 'diproses', 'diperpanjang', 'dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'] as const;
export type Status = (typeof statuses)[number];

/** Statuses whose deadline still runs. */
export const openStatuses: readonly Status[] = ['terdaftar', 'diproses', 'diperpanjang'];

/** Grounds of a refusal: an exemption of Pasal 17 letter a–j, not held, or not yet documented. */
export const pasal17Letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export const refusalGrounds = [...pasal17Letters.map((l) => `pasal_17_${l}` as const), 'tidak_dikuasai', 'belum_didokumentasikan'] as const;
export type RefusalGround = (typeof refusalGrounds)[number];

/** The decision recorded with a final status; the shape depends on the status. */
export type Decision =
  | { kind: 'dikabulkan_seluruhnya' }
  | { kind: 'dikabulkan_sebagian'; bagian: Array<{ bagian: string; alasan: string }> }
  | { kind: 'ditolak'; dasar: RefusalGround; pemegang?: string }
  | { kind: 'ditarik' }
  | { kind: 'diteruskan'; tujuan: string };

/** Working days of the answer and of the one extension (UU 14/2008 Pasal 22(7) and (8)). */
export const ANSWER_WORKING_DAYS = 10;
export const EXTENSION_WORKING_DAYS = 7;
