import { platformNames } from '../../../src/modules/sosial/messages.ts';
import type { Platform } from '../../../src/modules/sosial/platform.ts';

/** The answers of /api/sosial/* as the accounts screen reads them (never a token). */
export type Akun = {
  id: string;
  unitId: string;
  platform: string;
  mode: 'api' | 'manual';
  status: 'terhubung' | 'perlu_sambung_ulang' | 'terputus';
  nama: string;
  profileUrl: string | null;
  tokenExpiresAt: string | null;
  simulasi: boolean;
  peringatan: 'perlu_sambung_ulang' | 'segera_kedaluwarsa' | null;
  /** The date a `segera_kedaluwarsa` warning names (the refresh token's end when that is what runs out). */
  peringatanSampai: string | null;
};
export type AkunUnit = { unitId: string; unitName: string; isMediaCenter: boolean; mayManage: boolean; akun: Akun[] };
export type Aplikasi = { platform: string; nama: string; clientId: string | null; adaRahasia: boolean; simulasi: boolean; callbackUrl: string };

export const platformOrder = ['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const;
/** A platform's own name, as the server writes it in its messages: one spelling on every screen. */
export function platformName(platform: string): string {
  return platformNames[platform as Platform] ?? platform;
}
