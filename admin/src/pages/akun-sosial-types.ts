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
export const platformName: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X', youtube: 'YouTube', tiktok: 'TikTok' };
