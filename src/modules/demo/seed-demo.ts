import type { Services } from '../../services.ts';

export type DemoResult = { password: string; logins: Array<{ email: string; role: string }> };

/** Seeds the fictional demo pemda on the very first start. */
export async function seedDemoIfEmpty(_services: Services): Promise<DemoResult | null> {
  return null;
}
