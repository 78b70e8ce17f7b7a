import { AppError } from '../../lib/errors.ts';
import { hasAnyRole, hasRole, type OrgActor } from './actor.ts';
import { teamRoles } from './roles.ts';

export type OrgAction =
  | 'tenant.update'
  | 'unit.view'
  | 'unit.create'
  | 'unit.update'
  | 'unit.manage'
  | 'bidang.manage'
  | 'person.view'
  | 'person.manage'
  | 'team.manage'
  | 'decree.manage'
  | 'import.run'
  | 'site.edit'
  | 'user.manage'
  | 'audit.view'
  | 'outbox.view'
  | 'permohonan.process'
  | 'permohonan.view'
  | 'informasi.manage'
  | 'laporan.view'
  | 'keberatan.view'
  | 'keberatan.process'
  | 'keberatan.decide'
  | 'rencana.view'
  | 'rencana.manage'
  | 'liputan.view'
  | 'liputan.manage'
  | 'liputan.cover'
  | 'konten.view'
  | 'konten.write'
  | 'konten.review'
  | 'konten.approve'
  | 'konten.publish'
  | 'konten.archive'
  | 'konten.propose'
  | 'konten.settings'
  | 'mediacenter.decide'
  | 'mediacenter.publish'
  | 'media.view'
  | 'media.upload'
  | 'media.manage'
  | 'media.settings';

/** Units whose listing an action covers: every unit of the tenant, or only these. */
export type UnitScope = 'all' | string[];

const mediaTeam: Parameters<typeof hasRole>[2][] = [
  'kontributor',
  'kameramen',
  'editor',
  'editor_video',
  'redaktur',
  'admin_medsos',
  'penanggung_jawab',
  'developer',
];

// Heads run their own team; site editors keep their unit's pages; Diskominfo evaluators see all.
const unitRoles: Partial<Record<OrgAction, Parameters<typeof hasRole>[2][]>> = {
  'unit.update': ['penanggung_jawab', 'developer'],
  'bidang.manage': ['penanggung_jawab'],
  'team.manage': ['penanggung_jawab'],
  'site.edit': ['penanggung_jawab', 'admin_medsos', 'developer', 'editor', 'redaktur'],
  'informasi.manage': ['ppid_utama', 'ppid_pelaksana'],
  'permohonan.process': ['ppid_utama', 'ppid_pelaksana'],
  // The Atasan PPID reads requests (an objection cannot be decided without the request behind it) but does not process them.
  'permohonan.view': ['ppid_utama', 'ppid_pelaksana', 'atasan_ppid'],
  'laporan.view': ['ppid_utama', 'ppid_pelaksana'],
  // DOMAIN.md §2: the PPID registers objections, moves or withdraws them and files the dispute; the
  // Atasan PPID reads them and alone decides them, and does nothing else with them.
  'keberatan.view': ['ppid_utama', 'ppid_pelaksana', 'atasan_ppid'],
  'keberatan.process': ['ppid_utama', 'ppid_pelaksana'],
  'keberatan.decide': ['atasan_ppid'],
  // Seed 004 §VII.1: the unit's team plans and assigns coverage; the whole team reads the plan and
  // the assignments, and the evaluator reads every unit's. An assignee marks their own assignment's
  // progress (`liputan.cover`: any team member; liputan/alur.ts then requires being an assignee).
  'rencana.view': [...teamRoles],
  'rencana.manage': ['penanggung_jawab', 'redaktur', 'editor', 'admin_medsos'],
  'liputan.view': [...teamRoles],
  'liputan.manage': ['penanggung_jawab', 'redaktur', 'editor', 'admin_medsos'],
  'liputan.cover': [...teamRoles],
  // Content (KONTEN.md): the whole team reads its unit's items; each hand-off belongs to one role.
  'konten.view': [...teamRoles],
  'konten.write': ['kontributor', 'editor', 'editor_video', 'kameramen', 'redaktur', 'admin_medsos', 'penanggung_jawab'],
  'konten.review': ['redaktur'],
  'konten.approve': ['penanggung_jawab'],
  'konten.publish': ['admin_medsos'],
  // Archiving and proposing to the Media Center: the publisher or the head.
  'konten.archive': ['admin_medsos', 'penanggung_jawab'],
  'konten.propose': ['admin_medsos', 'penanggung_jawab'],
  'konten.settings': ['penanggung_jawab'],
  // The publication team (DOMAIN.md §2) fills and keeps its unit's media library.
  'media.view': mediaTeam,
  'media.upload': mediaTeam,
  'media.manage': mediaTeam,
};

/**
 * The organisation policy: may this actor do this action (to this unit)? Screens, the API and
 * exports all ask here, so they cannot disagree.
 */
export function canOrg(actor: OrgActor, action: OrgAction, unitId?: string): boolean {
  // The answer to an objection is the Atasan PPID's by law (Pasal 36): being an admin is not enough.
  if (actor.isAdmin && action !== 'keberatan.decide') return true;
  switch (action) {
    case 'unit.view':
      return true;
    // Personal data (NIP, phone) is for the publication teams, not every account holder.
    case 'person.view':
      return actor.roles.length > 0;
    case 'audit.view':
      return hasAnyRole(actor, 'evaluator');
    // Reading: the unit's own roles, and Diskominfo evaluators, who monitor every unit's publication
    // and PPID work (DOMAIN.md §2) and read, never act: KIP reports, media, plans, assignments, content.
    case 'laporan.view':
    case 'media.view':
    case 'rencana.view':
    case 'liputan.view':
    case 'konten.view':
      return hasAnyRole(actor, 'evaluator') || (unitId !== undefined && hasRole(actor, unitId, ...(unitRoles[action] ?? [])));
    // The Media Center is the pemda's: its coordinator and assisting admins act for every unit.
    case 'mediacenter.decide':
      return hasAnyRole(actor, 'koordinator_media_center');
    case 'mediacenter.publish':
      return hasAnyRole(actor, 'admin_pendamping');
    case 'konten.write':
    case 'konten.review':
    case 'konten.approve':
    case 'konten.publish':
    case 'konten.archive':
    case 'konten.propose':
    case 'konten.settings':
    case 'unit.update':
    case 'bidang.manage':
    case 'team.manage':
    case 'site.edit':
    case 'permohonan.process':
    case 'permohonan.view':
    case 'informasi.manage':
    case 'keberatan.view':
    case 'keberatan.process':
    case 'keberatan.decide':
    case 'media.upload':
    case 'media.manage':
    case 'rencana.manage':
    case 'liputan.manage':
    case 'liputan.cover':
      return unitId !== undefined && hasRole(actor, unitId, ...(unitRoles[action] ?? []));
    default:
      return false;
  }
}

export function assertOrg(actor: OrgActor, action: OrgAction, unitId?: string): void {
  if (!canOrg(actor, action, unitId)) throw new AppError('forbidden', 'error.forbidden');
}

/** The filter for lists: which units' rows this actor may see for an action. */
export function orgScope(actor: OrgActor, action: OrgAction): UnitScope {
  if (actor.isAdmin || hasAnyRole(actor, 'evaluator')) return 'all';
  if (action === 'unit.view' || (action === 'person.view' && actor.roles.length > 0)) return 'all';
  const roles = unitRoles[action] ?? [];
  return [...new Set(actor.roles.filter((r) => roles.includes(r.role)).map((r) => r.unitId))];
}
