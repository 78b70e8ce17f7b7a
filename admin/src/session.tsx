import { createContext, useContext } from 'react';
import { mayViewReports } from './pages/laporan-terms.ts';
import type { Me } from './types.ts';

export type Session = {
  me: Me;
  /** Re-reads /auth/me, e.g. after turning two-step sign-in on. */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

/** Where the session stands, before and after someone signs in. */
export type AuthState = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'mfa' } | { kind: 'in'; me: Me } | { kind: 'offline'; message: string };

/** The session and language as the frames see them (given by app.tsx around the router). */
export type Auth = {
  state: AuthState;
  lang: string;
  switchLang: () => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  /** After the password step: the two-step step follows, or the session is read. */
  passwordAccepted: (csrfToken: string, mfaRequired: boolean) => void;
};

export const AuthContext = createContext<Auth | null>(null);

/** The session state; only used inside the router's frames. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside the app');
  return auth;
}

/** The signed-in person; only used inside the signed-in shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

/** The team roles that fill a unit's media library (media.upload/media.manage in org/policy.ts). */
export const mediaTeamRoles = ['kontributor', 'kameramen', 'editor', 'editor_video', 'redaktur', 'admin_medsos', 'penanggung_jawab', 'developer'];

/** The team roles that may start an item in a unit (konten.write in org/policy.ts). */
export const writerRoles = ['kontributor', 'editor', 'editor_video', 'kameramen', 'redaktur', 'admin_medsos', 'penanggung_jawab'];

/** The team roles that keep a unit's site (site.edit in org/policy.ts). */
export const siteTeamRoles = ['penanggung_jawab', 'admin_medsos', 'developer', 'editor', 'redaktur'];

export type Abilities = ReturnType<typeof abilities>;

/**
 * What the menu may show and which screens open. The server decides for real (src/modules/org/policy.ts,
 * hari-kerja/policy.ts); this mirrors it only to hide what would answer 403.
 */
export function abilities(me: Me) {
  const admin = me.user.isAdmin;
  const holds = (...roles: string[]) => me.roles.some((r) => roles.includes(r.role));
  const evaluator = holds('evaluator');
  // permohonan.view and keberatan.process: the unit's PPID and its Atasan PPID (not the evaluator).
  const casework = admin || holds('ppid_utama', 'ppid_pelaksana', 'atasan_ppid');
  return {
    admin,
    audit: admin || evaluator,
    manageOrg: admin,
    /** person.view: anyone on a team. */
    people: admin || me.roles.length > 0,
    requests: casework,
    objections: casework,
    /** The information list: the PPID keeps it, the evaluator reviews it (read only). */
    informasi: admin || evaluator || holds('ppid_utama', 'ppid_pelaksana'),
    /** holiday.view: anyone on a team reads the calendar; admins change it. */
    calendar: admin || me.roles.length > 0,
    reports: mayViewReports(me),
    /** rencana.view: anyone on a team reads their units' plan; the evaluator reads every unit's. */
    newsroom: admin || me.roles.length > 0,
    /** Anyone on a team can be assigned coverage and sees "Tugas saya" there. */
    assignments: admin || me.roles.length > 0,
    /** konten.view: every team role of a unit reads its content; the evaluator reads every unit's. */
    konten: admin || me.roles.length > 0,
    /** mediacenter.decide / mediacenter.publish: the tenant's Media Center coordinator and admin pendamping. */
    mediaCenter: admin || holds('koordinator_media_center', 'admin_pendamping'),
    /** media.view: the publication team of a unit uploads and describes; the evaluator reads. */
    media: admin || evaluator || holds(...mediaTeamRoles),
    /** site.edit (src/modules/situs-unit/policy.ts): the unit's site team changes, the evaluator reads. */
    siteSettings: admin || evaluator || holds(...siteTeamRoles),
    /** Social accounts (src/modules/sosial/akun/policy.ts): kept by the unit's admin media sosial and the Media Center's assisting admins; the head reads them. */
    sosialAkun: admin || holds('admin_medsos', 'admin_pendamping', 'penanggung_jawab', 'koordinator_media_center'),
    /** The contact form's messages: the site team only (personal data; not the evaluator). */
    inbox: admin || holds(...siteTeamRoles),
  };
}

/** Whether this person holds one of these roles in the unit (or is admin). */
export function hasUnitRole(me: Me, unitId: string, ...roles: string[]): boolean {
  return me.user.isAdmin || me.roles.some((r) => r.unitId === unitId && roles.includes(r.role));
}
