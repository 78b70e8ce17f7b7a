import type { Config } from '../../../config.ts';
import type { Platform } from '../platform.ts';

/** The address the platform sends the person back to; the admin registers exactly this at the platform. */
export function callbackUrl(config: Pick<Config, 'publicUrl'>, platform: Platform): string {
  return `${config.publicUrl}/api/sosial/oauth/${platform}/callback`;
}
