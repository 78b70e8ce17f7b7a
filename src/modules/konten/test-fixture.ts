import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';

/** Unit A's content team beside the fixture's head and writer: a redaktur, a publisher, Media Center people and an evaluator. */
export async function addContentTeam(w: TestWarta, f: Fixture) {
  const add = (role: Parameters<typeof addOfficer>[3], key: string, unitId = f.unitA.id) => addOfficer(w.services, f.tenant.id, unitId, role, key, PASSWORD);
  return {
    redaktur: await add('redaktur', 'redaktur-a'),
    publisher: await add('admin_medsos', 'medsos-a'),
    writerB: await add('kontributor', 'penulis-b', f.unitB.id),
    koordinator: await add('koordinator_media_center', 'koordinator-mc', f.unitB.id),
    pendamping: await add('admin_pendamping', 'pendamping-mc', f.unitB.id),
    evaluator: await add('evaluator', 'evaluator', f.unitB.id),
  };
}
export type ContentTeam = Awaited<ReturnType<typeof addContentTeam>>;

/**
 * The set-up the content and social route tests share: Warta (with `env`), the fixture, unit A's
 * content team, a client signed in as nobody, and `sign` for a client signed in as someone.
 */
export async function startContentWarta(env: Record<string, string> = {}) {
  const w = await startTestWarta(env);
  const f = await seedFixture(w.services);
  const team = await addContentTeam(w, f);
  return { w, f, team, anon: new TestClient(w.app), sign: (u: { email: string }) => clientFor(w, u.email) };
}

/** A signed-in API client. */
export async function clientFor(w: TestWarta, email: string): Promise<TestClient> {
  const c = new TestClient(w.app);
  const res = await c.signIn(email, PASSWORD);
  if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status}`);
  return c;
}

/** An editor document of one paragraph. */
export const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A valid new pengumuman of unit A (no kind-specific fields needed). */
export const pengumuman = (f: Fixture, judul = 'Pengumuman uji') => ({
  unitId: f.unitA.id,
  jenis: 'pengumuman',
  judul,
  ringkasan: 'Ringkas',
  isi: doc('Isi naskah.'),
});

/** The editable fields of a detail's current revision, for a PUT. */
export function saveBody(
  detail: {
    revisi: { id: string; judul: string; ringkasan: string; isi: unknown; atribut: unknown; tags: string[] };
    item: { bidangId: string | null; penulisPersonId: string | null };
  },
  changes: Record<string, unknown> = {},
) {
  return {
    baseRevisionId: detail.revisi.id,
    judul: detail.revisi.judul,
    ringkasan: detail.revisi.ringkasan,
    isi: detail.revisi.isi,
    atribut: detail.revisi.atribut,
    bidangId: detail.item.bidangId,
    penulisPersonId: detail.item.penulisPersonId,
    tags: detail.revisi.tags,
    ...changes,
  };
}
