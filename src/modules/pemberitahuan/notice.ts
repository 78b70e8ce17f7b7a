/**
 * A written notice as content, independent of its output: the DOCX, the HTML printed to PDF and
 * the e-mail text are all rendered from this one value, so they cannot say different things.
 */
export type Notice = {
  /** Letterhead lines: tenant, unit, "PPID", contact line. */
  letterhead: string[];
  title: string;
  /** "Nomor: …" and "Tanggal: …" lines under the title. */
  subtitle: string[];
  intro: string;
  /** The requester and the request, label and value. */
  requester: Array<[string, string]>;
  asFollows: string;
  /** Pasal 22(7) letters a–g in order, each a heading with one or more lines. */
  elements: NoticeElement[];
  /** The files and links given with a granted decision, one line each; null when none. */
  attachments: { title: string; items: string[] } | null;
  /** The right to object, for a refusal or a partial grant. */
  objection: { title: string; text: string } | null;
  signature: { placeDate: string; role: string; name: string; nip: string | null };
};

export type NoticeElement = { label: string; lines: string[]; items?: string[] };

/** What staff may set per notice; everything else comes from the decided request. */
export type NoticeOptions = {
  /** Cost of the information; empty means free (UU 14/2008 Pasal 2(3): biaya ringan). */
  biaya?: string | null;
  caraPembayaran?: string | null;
  /** When the information is delivered, or for undocumented information when it will be. */
  waktuPenyediaan?: string | null;
};
