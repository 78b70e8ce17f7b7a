type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

// Keys whose values never reach a log line: credentials and personal data.
const hidden = /pass|secret|token|cookie|authorization|otp|totp|email|phone|nip|address|key/i;

// Properties of an error that name a kind of failure or a place in the schema, never a value:
// PostgreSQL's SQLSTATE `code`, severity, constraint, table and column; Node's and nodemailer's
// `code`, `errno`, `syscall` and SMTP `responseCode`; an AppError's code, catalogue key and field.
// Deliberately absent: `message` (a failed query's carries its parameters, and PostgreSQL's own
// often quotes the offending value), `detail` ("Key (email)=(…) already exists"), `where`, `hint`.
const namingProperties = ['code', 'messageKey', 'field', 'severity', 'constraint', 'table', 'column', 'routine', 'errno', 'syscall', 'responseCode'] as const;

/**
 * What a log line may say about an error: its class, the codes above, the stack's frames (without
 * the first line, which repeats the message) and the same for its causes.
 */
export function describeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: err === null ? 'null' : typeof err };
  const out: Record<string, unknown> = { class: err.name && err.name !== 'Error' ? err.name : err.constructor?.name || 'Error' };
  const props = err as unknown as Record<string, unknown>;
  for (const key of namingProperties) {
    const value = props[key];
    if ((typeof value === 'string' && value.length <= 100) || typeof value === 'number') out[key] = value;
  }
  const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  if (frames.length) out.stack = frames.map((line) => line.trim()).join('\n');
  if (err.cause !== undefined && depth < 3) out.cause = describeError(err.cause, depth + 1);
  return out;
}

function scrub(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return describeError(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = hidden.test(k) ? '[hidden]' : scrub(v, depth + 1);
  return out;
}

export type Logger = Record<Level, (msg: string, fields?: Record<string, unknown>) => void>;

/** Structured JSON lines on stdout, with secrets and personal data scrubbed by key and errors reduced to their codes. */
export function createLogger(level: Level | 'silent' = 'info', sink: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const at =
    (lvl: Level) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (order[lvl] < order[level]) return;
      sink(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...(scrub(fields) as object) }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
