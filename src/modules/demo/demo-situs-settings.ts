import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { receivePesan } from '../kontak/receive-pesan.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { situsSettingsBody } from '../situs-unit/fields.ts';
import { saveSettings } from '../situs-unit/save-settings.ts';
import { DEMO_MAIL_DOMAIN } from './demo-data.ts';

// Fictional settings of the demo sites: handles ending in `.demo`, maps at made-up coordinates,
// mail on the reserved `.example` domain. The complaint channel is the real national SP4N-LAPOR!.
const lapor = 'https://www.lapor.go.id/';
const map = (lat: number, lon: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;

const demoSitus: Record<string, Record<string, unknown>> = {
  diskominfo: {
    // A light blue: the settings screen shows it darkened to reach 4.5:1, and why.
    accentColor: '#1a73e8',
    openingHours: 'Senin–Kamis 08.00–16.00 WITA, Jumat 08.00–16.30 WITA',
    mapUrl: map(-10.1701, 123.6075),
    complaintUrl: lapor,
    social: { instagram: 'https://www.instagram.com/diskominfo.nusalontar.demo', youtube: 'https://www.youtube.com/@diskominfonusalontardemo' },
  },
  bpsdmd: {
    accentColor: '#2e6b34',
    openingHours: 'Senin–Jumat 07.30–16.00 WITA',
    mapUrl: map(-10.1623, 123.5951),
    complaintUrl: lapor,
    elearningUrl: 'https://elearning.nusalontar.example/',
    social: {
      facebook: 'https://www.facebook.com/bpsdmd.nusalontar.demo',
      instagram: 'https://www.instagram.com/bpsdmd.nusalontar.demo',
      tiktok: 'https://www.tiktok.com/@bpsdmd.nusalontar.demo',
    },
  },
  'dinas-pupr': {
    // Construction yellow, far too light for white text: used darkened.
    accentColor: '#f9a825',
    openingHours: 'Senin–Jumat 08.00–15.30 WITA',
    complaintUrl: lapor,
    social: { x: 'https://x.com/puprnusalontardemo' },
  },
};

const demoPesan = [
  {
    senderName: 'Maria Ndolu',
    senderEmail: `maria.ndolu@warga.${DEMO_MAIL_DOMAIN}`,
    senderPhone: null,
    subject: 'Jadwal pelatihan dasar CPNS',
    body: 'Selamat siang. Kapan jadwal pelatihan dasar CPNS angkatan berikutnya diumumkan? Terima kasih.',
  },
  {
    senderName: 'Yohanes Bria',
    senderEmail: `yohanes.bria@warga.${DEMO_MAIL_DOMAIN}`,
    senderPhone: '0812 0000 1234',
    subject: 'Sertifikat e-learning belum terbit',
    body: 'Saya sudah menyelesaikan kelas daring bulan lalu tetapi sertifikatnya belum dapat diunduh. Mohon bantuannya.',
  },
];

/** Fills the demo sites' settings (and the province's root site) and puts two messages in BPSDMD's inbox. */
export async function seedSitusSettingsDemo(services: Services, tenant: Tenant, admin: SessionUser, units: Map<string, Unit>): Promise<void> {
  await saveSettings(
    services.db,
    { tenantId: tenant.id, unitId: null },
    situsSettingsBody.parse({
      accentColor: '#0b3d6b',
      address: 'Jl. El Tari No. 1, Kota Batu Lontar',
      openingHours: 'Senin–Jumat 08.00–16.00 WITA',
      email: `humas@${DEMO_MAIL_DOMAIN}`,
      complaintUrl: lapor,
      social: { instagram: 'https://www.instagram.com/nusalontar.demo' },
    }),
    admin,
  );
  for (const [slug, settings] of Object.entries(demoSitus)) {
    const unit = units.get(slug);
    if (unit) await saveSettings(services.db, { tenantId: tenant.id, unitId: unit.id }, situsSettingsBody.parse(settings), admin);
  }
  const bpsdmd = units.get('bpsdmd');
  if (bpsdmd) for (const pesan of demoPesan) await receivePesan(services, tenant, bpsdmd, pesan, 'id');
}
