import type { SecretBox } from '../../lib/crypto.ts';

/**
 * The audit chain's HMAC key, derived from the installation's secret key (never stored): without
 * it nobody can recompute the chain after changing rows. Every audit row of the process is
 * written with it, from any module and transaction, so it is installed once at start rather than
 * passed through the hundred callers of recordAudit.
 */
let installed: Buffer | null = null;

export function auditKeyOf(secrets: SecretBox): Buffer {
  return secrets.derive('audit-chain-v1');
}

export function installAuditKey(secrets: SecretBox): void {
  installed = auditKeyOf(secrets);
}

export function installedAuditKey(): Buffer {
  if (!installed) throw new Error('audit key not installed: boot() installs it before anything is audited');
  return installed;
}
