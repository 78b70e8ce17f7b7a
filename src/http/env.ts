import type { Lang } from '../i18n/catalogue.ts';
import type { Services } from '../services.ts';

/** The signed-in person as every handler sees them. */
export type SessionUser = {
  id: string;
  tenantId: string;
  personId: string | null;
  email: string;
  displayName: string;
  isAdmin: boolean;
  totpEnabled: boolean;
  /** The tenant requires two-step sign-in of admins and this admin has not turned it on yet. */
  mustEnable2fa: boolean;
};

export type Session = { id: string; csrfToken: string; mfaPending: boolean };

export type AppEnv = {
  Variables: {
    services: Services;
    lang: Lang;
    user: SessionUser | null;
    session: Session | null;
  };
};
