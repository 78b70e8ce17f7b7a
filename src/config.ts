import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v)));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  WARTA_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  WARTA_DB: z.enum(['postgres', 'pglite']).optional(),
  WARTA_SECRET_KEY: z.string().min(32, 'at least 32 characters').optional(),
  WARTA_DEMO: flag,
  WARTA_TRUST_PROXY: flag,
  WARTA_TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  WARTA_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  WARTA_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: flag,
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default('Warta <warta@localhost>'),
  SMTP_IGNORE_TLS: flag,
  WARTA_S3_ENDPOINT: z.url().optional(),
  WARTA_S3_BUCKET: z.string().min(1).optional(),
  WARTA_S3_REGION: z.string().min(1).default('us-east-1'),
  WARTA_S3_ACCESS_KEY_ID: z.string().optional(),
  WARTA_S3_SECRET_ACCESS_KEY: z.string().optional(),
  WARTA_S3_FORCE_PATH_STYLE: flag,
  WARTA_PLATFORM_FAKES: flag,
  WARTA_PLATFORM_FAKES_PORT: z.coerce.number().int().min(1024).max(65530).default(4710),
  WARTA_SOSIAL_MEDIA_URL: z.url().optional(),
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** WARTA_DB: the embedded engine asked for; unset lets the data folder decide (see embeddedEngineFor). */
  embeddedEngine: 'postgres' | 'pglite' | undefined;
  secretKey: string | undefined;
  demo: boolean;
  /** Believe X-Forwarded-For/-Proto: only behind a reverse proxy that sets them. */
  trustProxy: boolean;
  /** How many proxies in front of Warta append to X-Forwarded-For (counted from the right). */
  trustProxyHops: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Bytes the rendered public pages may take in memory (compressed); 0 turns the page cache off. */
  pageCacheBytes: number;
  smtp:
    | {
        host: string;
        port: number;
        secure: boolean;
        ignoreTls: boolean;
        user?: string;
        password?: string;
      }
    | undefined;
  mailFrom: string;
  /** Media files in S3-compatible object storage; undefined keeps them in `dataDir/media`. */
  s3: S3Config | undefined;
  /**
   * WARTA_PLATFORM_FAKES=1: the local contract fakes of the five social platforms listen on
   * basePort … basePort + 4 (127.0.0.1), and every tenant without an app gets simulated credentials.
   */
  platformFakes: { basePort: number } | undefined;
  /**
   * The internet-reachable address of this Warta from which Instagram, TikTok (photos) and Facebook
   * fetch the files of a post (short-lived signed links); undefined when Warta cannot be reached from
   * the internet, and those platforms then cannot take files from it.
   */
  sosialMediaUrl: string | undefined;
};

/** An S3-compatible bucket (MinIO, AWS, Indonesian providers); keys unset use the SDK's own chain. */
export type S3Config = {
  endpoint: string | undefined;
  bucket: string;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
};

/** Reads the environment once; a wrong value stops the start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Konfigurasi tidak sah / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const shownHost = e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://${shownHost}:${e.PORT}`).replace(/\/$/, ''),
    dataDir: resolve(e.WARTA_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    embeddedEngine: e.WARTA_DB,
    secretKey: e.WARTA_SECRET_KEY,
    demo: e.WARTA_DEMO ?? true,
    trustProxy: e.WARTA_TRUST_PROXY ?? false,
    trustProxyHops: e.WARTA_TRUST_PROXY_HOPS,
    logLevel: e.WARTA_LOG_LEVEL,
    pageCacheBytes: e.WARTA_PAGE_CACHE_MB * 1024 * 1024,
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE ?? e.SMTP_PORT === 465,
          ignoreTls: e.SMTP_IGNORE_TLS ?? false,
          user: e.SMTP_USER,
          password: e.SMTP_PASSWORD,
        }
      : undefined,
    mailFrom: e.SMTP_FROM,
    s3: e.WARTA_S3_BUCKET
      ? {
          endpoint: e.WARTA_S3_ENDPOINT,
          bucket: e.WARTA_S3_BUCKET,
          region: e.WARTA_S3_REGION,
          accessKeyId: e.WARTA_S3_ACCESS_KEY_ID,
          secretAccessKey: e.WARTA_S3_SECRET_ACCESS_KEY,
          // MinIO and most local providers serve buckets by path, not by subdomain.
          forcePathStyle: e.WARTA_S3_FORCE_PATH_STYLE ?? e.WARTA_S3_ENDPOINT !== undefined,
        }
      : undefined,
    platformFakes: e.WARTA_PLATFORM_FAKES ? { basePort: e.WARTA_PLATFORM_FAKES_PORT } : undefined,
    sosialMediaUrl: e.WARTA_SOSIAL_MEDIA_URL?.replace(/\/$/, ''),
  };
}
