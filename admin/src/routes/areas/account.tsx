import { getRouteApi } from '@tanstack/react-router';
import { ForgotPasswordPage, PasswordLinkPage } from '../../pages/password-link.tsx';

// The mailed password links and the forgotten-password form (one small chunk: most visits never need it).
const reset = getRouteApi('/public/kata-sandi');
const invitation = getRouteApi('/public/undangan');

export const ForgotPasswordScreen = ForgotPasswordPage;

export function ResetPasswordScreen() {
  return <PasswordLinkPage kind="reset" token={reset.useSearch().token ?? null} />;
}

export function InvitationScreen() {
  return <PasswordLinkPage kind="invite" token={invitation.useSearch().token ?? null} />;
}
