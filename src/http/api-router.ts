import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import type { AppEnv, Session, SessionUser } from './env.ts';
import { parseWith } from './validate.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> = {
  method: Method;
  /** Hono path, e.g. `/units/:id`; shown in OpenAPI as `/units/{id}`. */
  path: string;
  summary: string;
  /** `public` routes need no session; `user` routes answer 401 without one. */
  auth: 'public' | 'user';
  /** Reachable by an admin who must still turn on two-step sign-in (the set-up routes). */
  allowWithout2fa?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * The most bytes the JSON body may have, refused with 413 before it is read or parsed; default
   * `JSON_BODY_LIMIT`. Raise it only for a route whose fields need it (a page's text).
   */
  bodyLimit?: number;
  response?: Schema;
};

/**
 * Enough for any form of short fields and a few long texts even in a three-byte script, small
 * enough that parsing a hostile body (deeply nested brackets) costs milliseconds, not seconds.
 */
export const JSON_BODY_LIMIT = 64 * 1024;

export type Input<P, Q, B> = { params: Out<P>; query: Out<Q>; body: Out<B> };
export type Authed = { user: SessionUser; session: Session };

type Registered = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined> & { tag: string };

/**
 * Registers JSON routes under one tag: every route's params, query and body are parsed with zod
 * before its handler runs, and the same schemas describe it in /api/openapi.json.
 */
export class ApiRouter {
  readonly specs: Registered[] = [];
  constructor(
    readonly app: Hono<AppEnv>,
    readonly tag: string,
  ) {}

  route<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
    spec: RouteSpec<P, Q, B>,
    handler: (c: Context<AppEnv>, input: Input<P, Q, B>, auth: Authed) => Promise<Response> | Response,
  ): void {
    this.specs.push({ ...(spec as Registered), tag: this.tag });
    // Routes that read no JSON (multipart uploads) keep only the limits they set themselves.
    const limit: MiddlewareHandler<AppEnv> = spec.body || spec.bodyLimit ? jsonBodyLimit(spec.bodyLimit ?? JSON_BODY_LIMIT) : (_c, next) => next();
    this.app.on(spec.method.toUpperCase(), spec.path, limit, async (c) => {
      const lang = c.get('lang');
      const auth = requireAuth(c, spec.auth, spec.allowWithout2fa ?? false);
      const params = spec.params ? parseWith(spec.params, c.req.param(), lang) : undefined;
      const query = spec.query ? parseWith(spec.query, c.req.query(), lang) : undefined;
      let body: unknown;
      if (spec.body) {
        const raw = await c.req.json().catch(() => {
          throw new AppError('invalid', 'invalid.json');
        });
        body = parseWith(spec.body, raw, lang);
      }
      return handler(c, { params, query, body } as Input<P, Q, B>, auth as Authed);
    });
  }
}

// Checked against Content-Length before anything is read; a chunked body is counted as it arrives.
function jsonBodyLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('too_large', 'error.body_too_large', undefined, { kb: Math.floor(maxSize / 1024) });
    },
  });
}

function requireAuth(c: Context<AppEnv>, mode: 'public' | 'user', allowWithout2fa: boolean): Partial<Authed> {
  const user = c.get('user');
  const session = c.get('session');
  if (mode === 'public') return { user: user ?? undefined, session: session ?? undefined };
  if (!user || !session || session.mfaPending) throw new AppError('unauthenticated', 'error.unauthenticated');
  if (user.mustEnable2fa && !allowWithout2fa) throw new AppError('forbidden', 'auth.totp_required');
  return { user, session };
}

/** Builds the OpenAPI 3.1 document from every registered route. */
export function openApiDocument(routers: ApiRouter[], base = '/api'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schema = (s: Schema) => z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' });
  for (const spec of routers.flatMap((r) => r.specs)) {
    const path = base + spec.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...paramsOf(spec.params, 'path', schema), ...paramsOf(spec.query, 'query', schema)];
    paths[path] ??= {};
    paths[path][spec.method] = {
      tags: [spec.tag],
      summary: spec.summary,
      security: spec.auth === 'user' ? [{ session: [] }] : [],
      parameters,
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(spec.body) } } } } : {}),
      responses: {
        200: { description: 'OK', ...(spec.response ? { content: { 'application/json': { schema: schema(spec.response) } } } : {}) },
        400: { $ref: '#/components/responses/Error' },
        ...(spec.auth === 'user' ? { 401: { $ref: '#/components/responses/Error' }, 403: { $ref: '#/components/responses/Error' } } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Warta API', version: '1' },
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'warta_session' } },
      responses: {
        Error: {
          description: 'Error in the caller’s language',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['code', 'message'],
                properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}

function paramsOf(s: Schema | undefined, where: 'path' | 'query', toJson: (s: Schema) => unknown) {
  if (!s) return [];
  const json = toJson(s) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, sch]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: sch,
  }));
}
