import type { Services } from '../../services.ts';
import { hashPassword } from '../auth/password.ts';
import { users } from '../auth/schema.ts';
import type { TeamRole } from '../org/roles.ts';
import { people, teamMembers } from '../org/schema.ts';
import type { NewPermohonan } from './register-permohonan.ts';

// Test-only helpers of the request module: PPID officers and a valid request. Fictional people only.

/** An account holding a PPID role in one unit; signs in with `password`. */
export async function addOfficer(services: Services, tenantId: string, unitId: string, role: TeamRole, key: string, password: string) {
  const [person] = await services.db
    .insert(people)
    .values({ tenantId, name: `Petugas ${key}`, email: `${key}@uji.test` })
    .returning();
  const [user] = await services.db
    .insert(users)
    .values({
      tenantId,
      personId: person!.id,
      email: `${key}@uji.test`,
      displayName: `Petugas ${key}`,
      passwordHash: await hashPassword(password),
      isAdmin: false,
    })
    .returning();
  await services.db.insert(teamMembers).values({ unitId, personId: person!.id, role });
  return user!;
}

/** A complete, valid request as the staff API takes it (JSON). */
export function sampleRequestBody(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'surat',
    receivedAt: new Date().toISOString(),
    requesterType: 'perseorangan',
    requesterName: 'Maria Uji Coba',
    requesterAddress: 'Jalan Fiktif No. 1, Kupang',
    requesterOccupation: 'Mahasiswa',
    requesterPhone: '0812 0000 0000',
    requesterEmail: 'maria@contoh.test',
    informationDetails: 'Laporan realisasi anggaran pelatihan tahun 2025',
    purpose: 'Bahan penelitian skripsi',
    obtainMethod: 'salinan_softcopy',
    copyDelivery: 'email',
    ...overrides,
  };
}

/** The same request as the operation takes it. */
export function sampleRequest(overrides: Partial<NewPermohonan> = {}): NewPermohonan {
  return {
    channel: 'surat',
    receivedAt: new Date(),
    requesterType: 'perseorangan',
    requesterName: 'Maria Uji Coba',
    requesterAddress: 'Jalan Fiktif No. 1, Kupang',
    requesterOccupation: 'Mahasiswa',
    requesterPhone: '0812 0000 0000',
    requesterEmail: 'maria@contoh.test',
    informationDetails: 'Laporan realisasi anggaran pelatihan tahun 2025',
    purpose: 'Bahan penelitian skripsi',
    obtainMethod: 'salinan_softcopy',
    copyDelivery: 'email',
    ...overrides,
  };
}

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/**
 * What a browser does after a public form's post: checks the 303, keeps the receipt cookie and
 * opens the receipt page with it. Returns that page and the cookie (to reload or replay it).
 */
export async function followReceipt(app: App, posted: Response, host = 'warta.test'): Promise<{ page: Response; cookie: string; location: string }> {
  if (posted.status !== 303) throw new Error(`expected 303 after the post, got ${posted.status}`);
  const location = posted.headers.get('location') ?? '';
  const cookie = (posted.headers.get('set-cookie') ?? '').split(';')[0]!;
  const page = await app.request(location, { headers: { host, cookie } });
  return { page, cookie, location };
}
