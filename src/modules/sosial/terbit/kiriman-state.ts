import type { Services } from '../../../services.ts';
import type { AccountCredentials, ClassifiedError, Json, JsonObject, MediaSource, PublishRequest } from '../adapter.ts';

/**
 * What a kiriman row keeps in `state` between steps, so any process can resume it:
 * - `prepared`: prepare's answer (containers, upload session, creator info);
 * - `published`: publish's answer (external id, publish id);
 * - `pending`: the state of the current step's earlier `pending` / partial answer, passed back to it;
 * - `publishSentAt`: written BEFORE the publish call goes out and cleared only when the platform
 *   clearly refused it. A process that finds it set without a recorded answer (killed mid-call)
 *   must reconcile, never publish again.
 */
export type KirimanState = {
  prepared?: JsonObject;
  published?: { externalId: string; state: JsonObject };
  pending?: JsonObject;
  publishSentAt?: string;
  warnings?: string[];
  /** The further ids of what was published (the replies of an X thread): deleting takes them down too. */
  extraIds?: string[];
  /** Prepare was started afresh once (an expired Instagram container); a second time gives up. */
  reprepared?: number;
};

/** What the row keeps of the variant it sent (the approved variant, copied when it was queued). */
export type VarianSnapshot = {
  teks: string;
  judul: string | null;
  utas: string[];
  mediaIds: string[];
  pengaturan: JsonObject;
  link: string | null;
};

// Upload session addresses work without a token (YouTube's resumable session URI, TikTok's
// upload_url): whoever has one can write into the upload. Sealed at rest, like credentials.
const sensitive = /^(sessionUri|uploadUrl|upload_url)$/;
const SEALED = 'sealed:';

function mapStrings(value: Json, key: string, fn: (key: string, s: string) => string): Json {
  if (typeof value === 'string') return fn(key, value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, key, fn));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, k, fn)]));
  return value;
}

export function sealState(services: Services, state: KirimanState): Record<string, unknown> {
  return mapStrings(state as unknown as Json, '', (k, s) => (sensitive.test(k) ? SEALED + services.secrets.seal(s) : s)) as Record<string, unknown>;
}

export function openState(services: Services, stored: Record<string, unknown>): KirimanState {
  return mapStrings(stored as Json, '', (_k, s) => (s.startsWith(SEALED) ? services.secrets.open(s.slice(SEALED.length)) : s)) as unknown as KirimanState;
}

export function requestOf(varian: VarianSnapshot, credentials: AccountCredentials, media: MediaSource[]): PublishRequest {
  return {
    credentials,
    text: varian.teks,
    ...(varian.judul ? { title: varian.judul } : {}),
    ...(varian.link ? { link: varian.link } : {}),
    ...(varian.utas.length ? { thread: varian.utas } : {}),
    media,
    settings: varian.pengaturan,
  };
}

/** The error as the row keeps it: kind, code, HTTP status and the platform's wait; the detail stays short. */
export const storedError = (e: ClassifiedError) => ({
  kind: e.kind,
  code: e.code,
  detail: e.detail.slice(0, 300),
  ...(e.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}),
  ...(e.retryAfterSec !== undefined ? { retryAfterSec: e.retryAfterSec } : {}),
});
