import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lib/errors.ts';
import type { OrgActor } from '../../org/actor.ts';
import { kirimanAlur, type StatusKiriman, statusKiriman } from './kiriman-alur.ts';
import { parsePostLink } from './post-link.ts';

const unit = 'unit-a';
const publisher: OrgActor = { userId: 'u1', tenantId: 't', isAdmin: false, roles: [{ unitId: unit, role: 'admin_medsos' }] };
const writer: OrgActor = { userId: 'u2', tenantId: 't', isAdmin: false, roles: [{ unitId: unit, role: 'kontributor' }] };
const otherUnit: OrgActor = { userId: 'u3', tenantId: 't', isAdmin: false, roles: [{ unitId: 'unit-b', role: 'admin_medsos' }] };

const allowed: Record<StatusKiriman, StatusKiriman[]> = {
  antri: ['berjalan', 'belum_pasti', 'terbit', 'gagal'],
  berjalan: ['belum_pasti', 'terbit', 'gagal'],
  belum_pasti: ['berjalan', 'terbit', 'gagal'],
  gagal: ['antri', 'terbit'],
  manual: ['terbit'],
  terbit: ['menghapus', 'dihapus'],
  menghapus: ['dihapus', 'gagal_hapus'],
  gagal_hapus: ['menghapus', 'dihapus'],
  dihapus: [],
};

describe('the kiriman state machine', () => {
  for (const from of statusKiriman) {
    for (const to of statusKiriman) {
      const ok = allowed[from].includes(to);
      it(`${from} → ${to}: ${ok ? 'allowed' : 'refused (409)'}`, () => {
        expect(kirimanAlur.canTransition(from, to)).toBe(ok);
        if (ok) expect(() => kirimanAlur.check(publisher, unit, from, to, undefined)).not.toThrow();
        else expect(() => kirimanAlur.check(publisher, unit, from, to, undefined)).toThrow(expect.objectContaining({ code: 'conflict' }));
      });
    }
  }

  it('only the unit’s admin medsos moves a kiriman (403 for a writer and another unit’s admin)', () => {
    for (const actor of [writer, otherUnit]) {
      const err = (() => {
        try {
          kirimanAlur.check(actor, unit, 'gagal', 'antri', undefined);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('forbidden');
    }
  });

  it('the system runs steps and ends a deletion, but never retries for a person, pastes a link or starts a deletion', () => {
    expect(kirimanAlur.bySystem).toEqual(['berjalan', 'belum_pasti', 'terbit', 'gagal', 'dihapus', 'gagal_hapus']);
    expect(kirimanAlur.bySystem).not.toContain('antri');
    // Nothing is deleted on a platform unless a person asked: only a person moves a post to `menghapus`.
    expect(kirimanAlur.bySystem).not.toContain('menghapus');
  });

  it('only the unit’s admin medsos asks for a deletion or records one made by hand (403 for a writer and another unit’s admin)', () => {
    for (const [from, to] of [
      ['terbit', 'menghapus'],
      ['gagal_hapus', 'menghapus'],
      ['terbit', 'dihapus'],
      ['gagal_hapus', 'dihapus'],
    ] as const) {
      expect(() => kirimanAlur.check(publisher, unit, from, to, undefined)).not.toThrow();
      for (const actor of [writer, otherUnit]) {
        expect(() => kirimanAlur.check(actor, unit, from, to, undefined)).toThrow(expect.objectContaining({ code: 'forbidden' }));
      }
    }
  });
});

describe('a pasted post link', () => {
  it.each([
    ['facebook', 'https://www.facebook.com/DiskominfoFiktif/posts/pfbid02abc', 'https://www.facebook.com/DiskominfoFiktif/posts/pfbid02abc'],
    ['instagram', 'https://www.instagram.com/p/C1a2b3c4/?igsh=xyz', 'https://www.instagram.com/p/C1a2b3c4/'],
    ['x', 'https://x.com/diskominfo/status/1790000000000000000?s=20', 'https://x.com/diskominfo/status/1790000000000000000'],
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=abc', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['youtube', 'https://youtu.be/dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ'],
    ['tiktok', 'https://www.tiktok.com/@diskominfo/video/7300000000000000001', 'https://www.tiktok.com/@diskominfo/video/7300000000000000001'],
  ] as const)('%s accepts %s', (platform, input, permalink) => {
    expect(parsePostLink(platform, input)?.permalink).toBe(permalink);
  });

  it.each([
    ['facebook', 'https://facebook.com.evil.example/posts/1'],
    ['instagram', 'https://www.instagram.com/diskominfo/'],
    ['x', 'https://x.com/diskominfo'],
    ['youtube', 'https://www.youtube.com/watch'],
    ['tiktok', 'http://www.tiktok.com/@a/video/1'],
    ['tiktok', 'https://user:pw@www.tiktok.com/@a/video/1'],
    ['x', 'bukan tautan'],
  ] as const)('%s refuses %s', (platform, input) => {
    expect(parsePostLink(platform, input)).toBeNull();
  });
});
