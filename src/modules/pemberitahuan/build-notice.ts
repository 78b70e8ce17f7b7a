import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { pasal17Text } from '../informasi/klasifikasi.ts';
import type { LampiranView } from '../lampiran/lampiran-view.ts';
import { fileFacts } from '../lampiran/views/file-facts.ts';
import type { Permohonan } from '../permohonan/load-permohonan.ts';
import type { Decision } from '../permohonan/terms.ts';
import { letterDate } from './format-date.ts';
import type { Notice, NoticeElement, NoticeOptions } from './notice.ts';
import { noticeNumber } from './notice-number.ts';
import type { Officer } from './ppid-officers.ts';

/** A decision a written notice answers; withdrawn and forwarded requests get none. */
export type NoticeDecision = Extract<Decision, { kind: 'dikabulkan_seluruhnya' | 'dikabulkan_sebagian' | 'ditolak' }>;

export type NoticeFacts = {
  request: Pick<
    Permohonan,
    | 'number'
    | 'receivedAt'
    | 'requesterName'
    | 'requesterAddress'
    | 'requesterPhone'
    | 'requesterEmail'
    | 'informationDetails'
    | 'obtainMethod'
    | 'copyDelivery'
  >;
  decision: NoticeDecision;
  tenant: { name: string; timeZone: string };
  unit: { name: string; address: string | null; phone: string | null; email: string | null };
  /** The notice's date in the tenant's zone, `YYYY-MM-DD`. */
  noticeDate: string;
  /** The last day to object, or null when the calendar cannot count it yet. */
  objectionDeadline: string | null;
  signer: Officer | null;
  atasan: Officer | null;
  options: NoticeOptions;
  /** The files and links attached to the decision. */
  attachments?: LampiranView[];
  lang: Lang;
};

/** The written notice of UU 14/2008 Pasal 22(7) for a decided request, as content. */
export function buildNotice(f: NoticeFacts): Notice {
  const l = (key: MessageKey, params: Record<string, string | number> = {}) => t(f.lang, key, params);
  const unit = f.unit.name;
  const date = letterDate(f.noticeDate, f.lang);
  const contact = [f.unit.address, f.unit.phone, f.unit.email].filter(Boolean).join(' · ');
  const signerRole = l(`pemberitahuan.signature.role.${f.signer?.role === 'ppid_utama' || f.signer?.role === 'ppid_pelaksana' ? f.signer.role : 'unknown'}`, {
    unit,
  });
  return {
    letterhead: [f.tenant.name.toUpperCase(), unit.toUpperCase(), l('pemberitahuan.ppid'), ...(contact ? [contact] : [])],
    title: l('pemberitahuan.title'),
    subtitle: [l('pemberitahuan.number', { number: noticeNumber(f.request.number) }), l('pemberitahuan.date', { date })],
    intro: l('pemberitahuan.intro', { received: letterDate(localDateOf(f.request.receivedAt, f.tenant.timeZone), f.lang), number: f.request.number }),
    requester: [
      [l('pemberitahuan.requester.name'), f.request.requesterName],
      [l('pemberitahuan.requester.address'), f.request.requesterAddress],
      [l('pemberitahuan.requester.contact'), [f.request.requesterPhone, f.request.requesterEmail].filter(Boolean).join(' / ') || '—'],
      [l('pemberitahuan.requester.details'), f.request.informationDetails],
    ],
    asFollows: l('pemberitahuan.as_follows'),
    elements: elements(f, l, signerRole),
    attachments: attachmentList(f, l),
    objection: f.decision.kind === 'dikabulkan_seluruhnya' ? null : objection(f, l),
    signature: {
      placeDate: l('pemberitahuan.signature.place_date', { date }),
      role: signerRole,
      name: f.signer?.name ?? l('pemberitahuan.signature.blank'),
      nip: f.signer?.nip ? l('pemberitahuan.signature.nip', { nip: f.signer.nip }) : null,
    },
  };
}

type L = (key: MessageKey, params?: Record<string, string | number>) => string;

function elements(f: NoticeFacts, l: L, signerRole: string): NoticeElement[] {
  const unit = f.unit.name;
  const d = f.decision;
  const refused = d.kind === 'ditolak';
  const official = f.signer ? `${f.signer.name}, ${signerRole}` : signerRole;
  const held =
    d.kind === 'ditolak' && d.dasar === 'tidak_dikuasai'
      ? l('pemberitahuan.held_elsewhere', { unit, holder: d.pemegang ?? '—' })
      : d.kind === 'ditolak' && d.dasar === 'belum_didokumentasikan'
        ? l('pemberitahuan.not_documented_yet', { unit })
        : l('pemberitahuan.held_here', { unit });
  const details = f.request.informationDetails;
  const cost = f.options.biaya?.trim() || l('pemberitahuan.free');
  const payment = f.options.caraPembayaran?.trim();
  const inPerson = f.request.obtainMethod === 'melihat_membaca_mendengarkan_mencatat';
  const how =
    inPerson || !f.request.copyDelivery
      ? l('pemberitahuan.delivery.in_person', { unit })
      : l(`permohonan.copyDelivery.${f.request.copyDelivery}` as MessageKey);
  const when = f.options.waktuPenyediaan?.trim();
  const notApplicable = [l('pemberitahuan.not_applicable')];
  return [
    { label: l('pemberitahuan.a'), lines: [l(`pemberitahuan.decision.${d.kind}`)] },
    { label: l('pemberitahuan.b'), lines: [l('pemberitahuan.official', { official }), held] },
    {
      label: l('pemberitahuan.c'),
      lines: refused
        ? [l('pemberitahuan.none')]
        : [l(d.kind === 'dikabulkan_sebagian' ? 'pemberitahuan.given.partial' : 'pemberitahuan.given.all', { details })],
    },
    { label: l('pemberitahuan.d'), lines: refused ? notApplicable : [l(`permohonan.obtainMethod.${f.request.obtainMethod}` as MessageKey)] },
    { label: l('pemberitahuan.e'), lines: refused ? notApplicable : [cost, ...(payment ? [l('pemberitahuan.payment', { how: payment })] : [])] },
    {
      label: l('pemberitahuan.f'),
      lines: refused
        ? notApplicable
        : [l('pemberitahuan.delivery', { how }), l('pemberitahuan.delivery_time', { when: when || l('pemberitahuan.delivery_time.default') })],
    },
    reason(f, l, when),
  ];
}

function reason(f: NoticeFacts, l: L, when: string | undefined): NoticeElement {
  const label = l('pemberitahuan.g');
  const d = f.decision;
  if (d.kind === 'dikabulkan_seluruhnya') return { label, lines: [l('pemberitahuan.reason.full')] };
  if (d.kind === 'dikabulkan_sebagian') {
    return {
      label,
      lines: [l('pemberitahuan.reason.parts')],
      items: d.bagian.map((b) => l('pemberitahuan.reason.part', { part: b.bagian, reason: b.alasan })),
    };
  }
  if (d.dasar === 'tidak_dikuasai') return { label, lines: [l('pemberitahuan.reason.tidak_dikuasai', { unit: f.unit.name, holder: d.pemegang ?? '—' })] };
  if (d.dasar === 'belum_didokumentasikan') {
    return {
      label,
      lines: [
        l('pemberitahuan.reason.belum_didokumentasikan'),
        l('pemberitahuan.documenting_time', { when: when || l('pemberitahuan.documenting_time.default') }),
      ],
    };
  }
  const letter = d.dasar.slice(-1) as keyof typeof pasal17Text;
  return { label, lines: [l('pemberitahuan.reason.pasal_17', { letter, text: pasal17Text[letter][f.lang] })] };
}

function attachmentList(f: NoticeFacts, l: L): Notice['attachments'] {
  const items = f.attachments ?? [];
  if (items.length === 0) return null;
  return {
    title: l('pemberitahuan.attachments.title'),
    items: items.map((a) =>
      a.kind === 'file'
        ? l('pemberitahuan.attachments.file', { title: a.title, file: a.fileName ?? '', facts: fileFacts(a, f.lang) })
        : l('pemberitahuan.attachments.link', { title: a.title, url: a.url ?? '' }),
    ),
  };
}

function objection(f: NoticeFacts, l: L): { title: string; text: string } {
  const params = { unit: f.unit.name, atasan: f.atasan ? l('pemberitahuan.objection.atasan', { name: f.atasan.name }) : '' };
  const text = f.objectionDeadline
    ? l('pemberitahuan.objection.dated', { ...params, deadline: letterDate(f.objectionDeadline, f.lang) })
    : l('pemberitahuan.objection.undated', params);
  return { title: l('pemberitahuan.objection.title'), text };
}
