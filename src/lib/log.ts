type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

// Keys whose values never reach a log line: credentials and personal data.
const hidden = /pass|secret|token|cookie|authorization|otp|totp|email|phone|nip|address|key/i;

function scrub(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = hidden.test(k) ? '[hidden]' : scrub(v, depth + 1);
  return out;
}

export type Logger = Record<Level, (msg: string, fields?: Record<string, unknown>) => void>;

/** Structured JSON lines on stdout, with secrets and personal data scrubbed by key. */
export function createLogger(level: Level | 'silent' = 'info', sink: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const at = (lvl: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (order[lvl] < order[level]) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...(scrub(fields) as object) }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
