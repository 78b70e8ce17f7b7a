/** Shapes the admin reads from the Warta API (the routes.ts file of each server module). */
export type Me = {
  mfaPending: false;
  csrfToken: string;
  user: { id: string; email: string; displayName: string; isAdmin: boolean; totpEnabled: boolean; totpEnabledAt?: string | null; mustEnable2fa: boolean };
  roles: Array<{ unitId: string; role: string }>;
  tenant: { id: string; name: string; slug: string; timeZone: string; require2faForAdmins: boolean };
};
export type MePending = { mfaPending: true; csrfToken: string };

export type Unit = {
  id: string;
  parentId: string | null;
  slug: string;
  name: string;
  shortName: string | null;
  kind: string;
  tier: number | null;
  host: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  isMediaCenter: boolean;
  active: boolean;
};
export type Bidang = { id: string; name: string; slug: string; sortOrder: number };
export type Person = { id: string; name: string; nip: string | null; position: string | null; email: string | null; phone: string | null };
export type PersonDetail = Person & { memberships: Array<{ id: string; unitId: string; role: string; decreeId: string | null }> };
export type TeamMember = {
  id: string;
  person: { id: string; name: string; nip: string | null; position: string | null };
  role: string;
  decreeId: string | null;
};
export type RoleOption = { value: string; label: { id: string; en: string } };
export type Decree = { id: string; number: string; date: string; title: string; signerName: string; signerPosition: string | null; unitId: string | null };
export type DecreeDetail = Decree & {
  members: Array<{
    id: string;
    role: string;
    person: { id: string; name: string; nip: string | null; position: string | null };
    unit: { id: string; name: string };
  }>;
};
export type SitePage = { slug: string; title: string; body: string; updatedAt: string | null };
export type Account = {
  id: string;
  email: string;
  displayName: string;
  personId: string | null;
  isAdmin: boolean;
  totpEnabledAt: string | null;
  disabledAt: string | null;
  lastLoginAt: string | null;
  invitationPending: boolean;
};
export type AuditEntry = {
  id: number;
  at: string;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  /** The action, the kind of thing and its name or number in the reader's language (src/modules/audit/describe-audit.ts). */
  actionLabel: string;
  /** Who acted in words: an account's e-mail, or the public form / system in the reader's language. */
  actorName: string;
  entityLabel: string;
  entityName: string | null;
};
export type Mail = {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  purpose: string;
  purposeLabel: string;
  status: 'queued' | 'sent' | 'failed' | 'held';
  statusLabel: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};
export type ImportRow = {
  row: number;
  name: string;
  nip: string | null;
  position: string | null;
  unit: string | null;
  role: string;
  person: 'new' | 'existing';
  member: 'new' | 'existing';
  errors: Array<{ field: string; message: string }>;
};
export type ImportResult = { ok: boolean; rows: ImportRow[]; created?: { people: number; members: number } };
export type Items<T> = { items: T[] };
