/**
 * The largest file one attachment may be. A scanned decree or a budget report fits; the whole
 * request body must also pass the application's overall limit (12 MB in src/http/app.ts), so
 * raising this above ~11 MB needs that limit raised for the upload routes too.
 */
export const LAMPIRAN_MAX_BYTES = 10 * 1024 * 1024;

/** Room in an upload's body for the title field and the multipart framing around the file. */
export const LAMPIRAN_BODY_OVERHEAD = 64 * 1024;

/** Attachments one owner may have: a decision or an information item is not a file archive. */
export const LAMPIRAN_MAX_PER_OWNER = 30;
