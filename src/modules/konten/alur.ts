import { AppError } from '../../lib/errors.ts';
import { defineAlur } from '../alur/define-alur.ts';
import type { OrgAction } from '../org/policy.ts';
import { fbsItems, type StatusKonten, type StatusMediaCenter } from './terms.ts';

/** What the guards of a content move need to know besides the two states. */
export type KontenCtx = {
  /** The unit requires the redaktur step (konten_pengaturan.wajibRedaktur). */
  wajibRedaktur: boolean;
  /** The move is the consequence of an edit (back to review), never asked for directly. */
  viaEdit: boolean;
  /** FBS items confirmed in the current review round. */
  fbsConfirmed: number;
  /** The acting user and everyone who created or wrote a revision of the item. */
  actorId: string | null;
  authorIds: readonly string[];
  /** The approved revision is the current one and its hash is still the approved hash. */
  approvalValid: boolean;
  /** The item has a live revision on the site. */
  isLive: boolean;
  /** What the person sent with the move; `null` when only asking which moves exist (no input yet). */
  input: { catatan: string | null; jadwal: Date | null; now: Date } | null;
};

/** The states an edit sends back to review from: the approval no longer holds. */
export const afterApproval: readonly StatusKonten[] = ['menunggu_persetujuan', 'disetujui', 'dijadwalkan', 'terbit', 'ditarik'];
/** The states an edit keeps: the text is still being worked on. */
export const stillWorking: readonly StatusKonten[] = ['draf', 'dikembalikan', 'diajukan', 'ditinjau'];

const refuse = (key: ConstructorParameters<typeof AppError>[1], field = 'ke', code: 'conflict' | 'invalid' | 'forbidden' = 'conflict') =>
  new AppError(code, key, field);

/** A move that only an edit makes must not be asked for; an edit makes only the one the unit's setting calls for. */
function reopenGuard(ctx: KontenCtx, from: StatusKonten, needsRedaktur: boolean): AppError | null {
  if (!afterApproval.includes(from)) return null;
  if (!ctx.viaEdit) return refuse('konten.edit_only');
  return ctx.wajibRedaktur === needsRedaktur ? null : refuse(needsRedaktur ? 'konten.redaktur_not_required' : 'konten.redaktur_required');
}

const noteGuard = (ctx: KontenCtx) => (ctx.input && !ctx.input.catatan?.trim() ? refuse('konten.note_required', 'catatan', 'invalid') : null);
const approvalGuard = (ctx: KontenCtx) => (ctx.approvalValid ? null : refuse('konten.approval_stale'));

function may(to: StatusKonten, from: StatusKonten): OrgAction {
  if (afterApproval.includes(from) && (to === 'ditinjau' || to === 'menunggu_persetujuan')) return 'konten.write';
  switch (to) {
    case 'diajukan':
      return 'konten.write';
    case 'menunggu_persetujuan':
      return from === 'ditinjau' ? 'konten.review' : 'konten.write';
    case 'ditinjau':
      return 'konten.review';
    case 'dikembalikan':
      return from === 'menunggu_persetujuan' ? 'konten.approve' : 'konten.review';
    case 'disetujui':
      return from === 'dijadwalkan' ? 'konten.publish' : 'konten.approve';
    case 'diarsipkan':
      return 'konten.archive';
    default:
      return 'konten.publish';
  }
}

/**
 * The content workflow of KONTEN.md: the one table of moves, who makes each (in the item's unit)
 * and what each needs. Edits after approval come back through here too (`viaEdit`), so the
 * history shows them as moves and nobody can ask for them directly.
 */
export const kontenAlur = defineAlur<StatusKonten, KontenCtx>({
  entity: 'konten',
  transitions: {
    draf: ['diajukan', 'menunggu_persetujuan', 'diarsipkan'],
    dikembalikan: ['diajukan', 'menunggu_persetujuan', 'diarsipkan'],
    diajukan: ['ditinjau', 'dikembalikan', 'diarsipkan'],
    ditinjau: ['menunggu_persetujuan', 'dikembalikan', 'diarsipkan'],
    menunggu_persetujuan: ['disetujui', 'dikembalikan', 'ditinjau', 'diarsipkan'],
    disetujui: ['dijadwalkan', 'terbit', 'ditinjau', 'menunggu_persetujuan', 'diarsipkan'],
    dijadwalkan: ['terbit', 'disetujui', 'ditinjau', 'menunggu_persetujuan', 'diarsipkan'],
    terbit: ['ditarik', 'ditinjau', 'menunggu_persetujuan', 'diarsipkan'],
    ditarik: ['terbit', 'ditinjau', 'menunggu_persetujuan', 'diarsipkan'],
    diarsipkan: [],
  },
  may,
  guards: {
    diajukan: (ctx) => (ctx.wajibRedaktur ? null : refuse('konten.redaktur_not_required')),
    ditinjau: (ctx, from) => (from === 'diajukan' ? (ctx.viaEdit ? refuse('konten.edit_only') : null) : reopenGuard(ctx, from, true)),
    menunggu_persetujuan: (ctx, from) => {
      if (from === 'ditinjau') return ctx.fbsConfirmed >= fbsItems.length ? null : refuse('konten.fbs_incomplete', 'fbs');
      if (afterApproval.includes(from)) return reopenGuard(ctx, from, false);
      return ctx.wajibRedaktur ? refuse('konten.redaktur_required') : null;
    },
    dikembalikan: noteGuard,
    disetujui: (ctx, from) => {
      if (from !== 'menunggu_persetujuan') return null;
      // Never one's own work: neither the item's creator nor anyone who wrote a revision of it.
      return ctx.actorId && ctx.authorIds.includes(ctx.actorId) ? refuse('konten.own_work', 'ke', 'forbidden') : null;
    },
    dijadwalkan: (ctx) => {
      const input = ctx.input;
      if (input && !input.jadwal) return refuse('konten.schedule_required', 'jadwal', 'invalid');
      if (input?.jadwal && input.jadwal.getTime() < input.now.getTime() + 60_000) return refuse('konten.schedule_too_soon', 'jadwal', 'invalid');
      return approvalGuard(ctx);
    },
    terbit: approvalGuard,
    diarsipkan: (ctx) => (ctx.isLive ? refuse('konten.still_live') : null),
  },
  bySystem: ['terbit'],
  refusedKey: 'konten.transition_refused',
});

/** Context of a Media Center move. */
export type MediaCenterCtx = { kontenStatus: StatusKonten; input: { catatan: string | null } | null };

/**
 * A proposal to the pemda's Media Center (seed 004 §VIII.4): the unit proposes an approved item,
 * the coordinator accepts or declines it with a note, an assisting admin publishes it centrally.
 * A declined item may be proposed again. The proposal's first step is written by its creator.
 */
export const mediaCenterAlur = defineAlur<StatusMediaCenter, MediaCenterCtx>({
  entity: 'konten_media_center',
  transitions: { diusulkan: ['diterima', 'ditolak'], diterima: ['terbit_pusat'], ditolak: ['diusulkan'], terbit_pusat: [] },
  may: (to) => (to === 'diusulkan' ? 'konten.propose' : to === 'terbit_pusat' ? 'mediacenter.publish' : 'mediacenter.decide'),
  guards: {
    diusulkan: (ctx) => (['disetujui', 'dijadwalkan', 'terbit'].includes(ctx.kontenStatus) ? null : refuse('konten.not_approved')),
    ditolak: (ctx) => (ctx.input && !ctx.input.catatan?.trim() ? refuse('konten.note_required', 'catatan', 'invalid') : null),
  },
  refusedKey: 'konten.transition_refused',
});
