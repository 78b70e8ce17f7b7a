import { addConsentRoutes } from './consent-page.ts';
import { type FakeRequest, type FakeResponse, FakeServer, fakeId } from './fake-server.ts';

/** Meta's error body: `{"error":{"message","type","code","error_subcode","fbtrace_id","is_transient"}}`. */
export function metaError(status: number, code: number, message: string, subcode?: number, headers?: Record<string, string>): FakeResponse {
  return {
    status,
    headers,
    json: { error: { message, type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: fakeId('A'), is_transient: false } },
  };
}

/** A Meta fake: Page-level throttling answers with code 32 and the BUC header telling the wait in minutes. */
export function createMetaServer(objectId: () => string): FakeServer {
  return new FakeServer({
    rateLimited: () =>
      metaError(400, 32, 'Page request limit reached', undefined, {
        'x-business-use-case-usage': JSON.stringify({
          [objectId()]: [{ type: 'pages', call_count: 100, total_cputime: 40, total_time: 60, estimated_time_to_regain_access: 7 }],
        }),
        'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 40, total_time: 60 }),
      }),
    serverError: () => ({
      status: 500,
      json: {
        error: {
          message: 'An unexpected error has occurred. Please retry your request later.',
          type: 'OAuthException',
          code: 2,
          is_transient: true,
          fbtrace_id: fakeId('A'),
        },
      },
    }),
  });
}

/** Checks the token the way Graph does; answers the error or undefined when the token is good. */
export function metaAuth(server: FakeServer, req: FakeRequest): FakeResponse | undefined {
  const token = req.bearer();
  if (!token) return metaError(400, 104, 'An access token is required to request this resource.');
  const record = server.tokens.get(token);
  if (!record) return metaError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
  if (record.state === 'expired') return metaError(400, 190, 'Error validating access token: Session has expired.', 463);
  if (record.state === 'revoked') return metaError(400, 190, 'Error validating access token: The user has not authorized application.', 458);
  return undefined;
}

/** The OAuth dialog (a simulated permission page) and the token endpoint (code exchange and fb_exchange_token). */
export function addMetaOAuth(
  server: FakeServer,
  app: { clientId: string; clientSecret: string },
  subject: () => string,
  scope: string,
  platform = 'Facebook',
): void {
  const codes = new Map<string, string>();
  addConsentRoutes(server, 'oauth.dialog', '/:v/dialog/oauth', {
    platform,
    account: 'Admin Simulasi (akun Facebook)',
    check: (q) => (q.get('client_id') !== app.clientId || !q.get('redirect_uri') ? metaError(400, 100, 'Invalid App ID or redirect_uri') : undefined),
    scopes: (q) => (q.get('scope') ?? '').split(','),
    allow: (q) => {
      const code = fakeId('code');
      codes.set(code, q.get('redirect_uri')!);
      return { code };
    },
    // Facebook Login's documented answer when the person cancels the dialog.
    deny: { error_reason: 'user_denied', error: 'access_denied', error_description: 'Permissions error.' },
  });
  server.route('oauth.token', 'GET', '/:v/oauth/access_token', (req) => {
    const q = req.query;
    if (q.get('client_id') !== app.clientId || q.get('client_secret') !== app.clientSecret) return metaError(400, 1, 'Error validating client secret.');
    if (q.get('grant_type') === 'fb_exchange_token') {
      const old = server.tokens.get(q.get('fb_exchange_token') ?? '');
      if (!old || old.state === 'revoked') return metaError(400, 190, 'Error validating access token: The user has not authorized application.', 458);
      return { status: 200, json: { access_token: server.issueToken(old.subject, old.scope), token_type: 'bearer', expires_in: 5_184_000 } };
    }
    const code = q.get('code') ?? '';
    if (!codes.has(code)) return metaError(400, 100, 'Invalid verification code format.', 36007);
    if (codes.get(code) !== q.get('redirect_uri'))
      return metaError(400, 100, 'Error validating verification code. Please make sure your redirect_uri is identical.', 36008);
    codes.delete(code);
    return { status: 200, json: { access_token: server.issueToken(subject(), scope), token_type: 'bearer', expires_in: 5_184_000 } };
  });
}

export const isoSeconds = (d = new Date()) => d.toISOString().replace(/\.\d{3}Z$/, '+0000');
