import type { Platform } from './platform.ts';

/**
 * The contract every platform adapter keeps. A publication runs as steps, and each step's result is
 * plain JSON, so the integrator's attempt row can store it and a restarted job can resume:
 *
 *   prepare  → uploads, containers, sessions. Safe to run again (pass back the state it returned).
 *   publish  → the one irreversible call. Never retried automatically: a lost answer is
 *              `unknown_after_publish`, and the next step is `reconcile`, never a second `publish`.
 *   confirm  → external id and permalink; may answer `pending` while the platform processes.
 *   reconcile→ reads the account's recent posts (or the upload session) to find a post whose
 *              publish answer was lost; `null` means "not there" and publishing again is safe.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The sealed credentials, opened for one call. Never logged (see `redact` in http.ts). */
export interface AccountCredentials {
  /** Page id, IG user id, X user id, YouTube channel id, TikTok open_id. */
  externalAccountId: string;
  accessToken: string;
  refreshToken?: string;
  expiresAt?: string;
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** ISO time; absent when the platform issues a non-expiring token (Facebook Page tokens). */
  expiresAt?: string;
  /** ISO time the refresh token itself ends (TikTok's refresh_expires_in); absent when the platform says nothing. */
  refreshExpiresAt?: string;
  scope?: string;
}

/** A media item as the adapter needs it: a public URL for platforms that pull, bytes for those that take uploads. */
export interface MediaSource {
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  /** An internet-reachable URL of the rendition (Instagram and TikTok photos fetch it themselves); '' when Warta has none. */
  url: string;
  /** Reads bytes [start, end) for platforms that take uploads (X, YouTube, TikTok FILE_UPLOAD). */
  read?: (start: number, end: number) => Promise<Uint8Array>;
  /** Streams bytes [start, end) in small pieces, for uploads whose one request is large (a Facebook video chunk). */
  stream?: (start: number, end: number) => AsyncIterable<Uint8Array>;
  altText?: string;
  durationSec?: number;
}

/** One platform variant ready to send. `settings` holds the platform's own switches (privacy, category…). */
export interface PublishRequest {
  credentials: AccountCredentials;
  text: string;
  title?: string;
  link?: string;
  /** X: the further posts of a thread. */
  thread?: string[];
  media: MediaSource[];
  settings?: JsonObject;
}

export type ErrorKind =
  /** Wait `retryAfterSec` (from the platform's headers), then run the same step again. */
  | 'rate_limited'
  /** The platform failed (5xx, network) before anything irreversible: the step can run again. */
  | 'server_error'
  /** Call `refreshToken`, then run the step again. */
  | 'token_expired'
  /** The account must be connected again by a person (revoked, password changed, scope removed). */
  | 'token_revoked'
  /** The publish call was sent but its answer is lost: run `reconcile`, never `publish`. */
  | 'unknown_after_publish'
  /** The platform refused the content or the account cannot post it: a person must change something. */
  | 'permanent';

export interface ClassifiedError {
  kind: ErrorKind;
  /** A short code naming the platform's reason (`meta_190`, `ig_container_error`, `tiktok_unaudited_client`…). */
  code: string;
  /** What the platform said, without tokens; for the attempt row, not for citizens. */
  detail: string;
  httpStatus?: number;
  retryAfterSec?: number;
}

/** One HTTP exchange of a step, for the attempt row's trace (no tokens, no query strings). */
export interface CallRecord {
  method: string;
  endpoint: string;
  status: number | 'network' | 'timeout';
  ms: number;
}

export type StepOutcome<T> =
  | { status: 'done'; value: T; calls: CallRecord[] }
  /** Still processing at the platform: call the same step again after `checkAfterSec` with `state`. */
  | { status: 'pending'; state: JsonObject; checkAfterSec: number; calls: CallRecord[] }
  | { status: 'failed'; error: ClassifiedError; calls: CallRecord[]; state?: JsonObject };

export interface Prepared {
  state: JsonObject;
  /**
   * Given to `publish` by the runner: stores, durably, what a long publish call has learned part-way
   * (TikTok's publish id after its init, before the upload), so that if this process dies during the
   * rest, reconcile asks the platform by that id instead of searching the account's posts.
   */
  checkpoint?: (learned: JsonObject) => Promise<void>;
}

/** What `publish` learned: enough for `confirm` and `reconcile` (publish id, post ids, session URI). */
export interface Published {
  externalId: string;
  state: JsonObject;
}

export interface Confirmed {
  externalId: string;
  permalink: string | null;
  /** Further ids (the posts of an X thread, TikTok's public post ids). */
  extraIds?: string[];
  /** Published, but not as asked: `youtube_locked_private`, `tiktok_public_id_pending`. */
  warnings?: string[];
}

export interface AuthorizeRequest {
  redirectUri: string;
  state: string;
  /** X: the PKCE code challenge (S256). */
  codeChallenge?: string;
}

export interface SocialAdapter {
  readonly platform: Platform;
  authorizeUrl(req: AuthorizeRequest): string;
  exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<StepOutcome<TokenSet>>;
  refreshToken(credentials: AccountCredentials): Promise<StepOutcome<TokenSet>>;
  /** `previous` is the state of an earlier `pending` answer of this step. */
  prepare(req: PublishRequest, previous?: JsonObject): Promise<StepOutcome<Prepared>>;
  publish(req: PublishRequest, prepared: Prepared): Promise<StepOutcome<Published>>;
  confirm(req: PublishRequest, published: Published): Promise<StepOutcome<Confirmed>>;
  /** `since`: when the publish call was sent (minus a margin); `state` from prepare/publish, if any. */
  reconcile(req: PublishRequest, since: Date, state?: JsonObject): Promise<StepOutcome<Confirmed | null>>;
  /**
   * Deletes a published post (and the further posts of an X thread). Absent on the platforms whose
   * publishing API has no delete call (Instagram, TikTok): a person deletes there by hand. Safe to
   * repeat: a post already gone (404) answers `done` with `alreadyGone`.
   */
  deletePost?(credentials: AccountCredentials, post: PostToDelete): Promise<StepOutcome<Deleted>>;
}

/** A published post as the kiriman row keeps it: its id, the further ids of a thread. */
export interface PostToDelete {
  externalId: string;
  extraIds?: string[];
}

export interface Deleted {
  /** The platform said the post was not there (deleted by hand, or an earlier answer was lost). */
  alreadyGone: boolean;
}

/** App credentials and endpoints of one platform; the fakes give their own base URLs. */
export interface AdapterOptions {
  clientId: string;
  clientSecret?: string;
  /** Per-request timeout; a publish call that times out is `unknown_after_publish`. */
  timeoutMs?: number;
  /** Wait between status polls inside one step (tests use 0). */
  pollIntervalMs?: number;
  /** Status polls inside one step before answering `pending`. */
  maxPolls?: number;
}
