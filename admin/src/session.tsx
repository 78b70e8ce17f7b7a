import { createContext, useContext } from 'react';
import type { Me } from './types.ts';

export type Session = {
  me: Me;
  /** Re-reads /auth/me, e.g. after turning two-step sign-in on. */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

/** The signed-in person; only used inside the signed-in shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

/** What the menu may show. The server decides for real; this only hides what would answer 403. */
export function abilities(me: Me) {
  const admin = me.user.isAdmin;
  const evaluator = me.roles.some((r) => r.role === 'evaluator');
  return { admin, audit: admin || evaluator, manageOrg: admin };
}

/** Whether this person holds one of these roles in the unit (or is admin). */
export function hasUnitRole(me: Me, unitId: string, ...roles: string[]): boolean {
  return me.user.isAdmin || me.roles.some((r) => r.unitId === unitId && roles.includes(r.role));
}
