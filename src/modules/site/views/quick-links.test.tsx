import { describe, expect, it } from 'vitest';
import type { SiteContext } from '../resolve-site.ts';
import type { UnitSiteSettings } from '../unit-pages/site-settings.ts';
import { QuickLinks, UnitCard } from './quick-links.tsx';

const ctx = (lang: 'id' | 'en') =>
  ({
    lang,
    tenant: { id: 't', name: 'Provinsi Uji', timeZone: 'Asia/Makassar' },
    unit: { id: 'u', slug: 'dinas-a', name: 'Dinas A' },
    base: '/dinas-a',
    onUnitHost: false,
    path: '/dinas-a',
  }) as unknown as SiteContext;

const settings: UnitSiteSettings = {
  logo: { src: '/media/logo/320.jpg', width: 320, height: 320, alt: 'Logo Dinas A' },
  address: 'Jl. Cendana No. 1, Kota Uji',
  hours: 'Senin–Jumat 07.30–16.00 WITA',
  mapUrl: 'https://www.openstreetmap.org/?mlat=-10.17&mlon=123.6',
  social: [
    { label: 'Instagram @dinasa', url: 'https://instagram.com/dinasa' },
    { label: 'YouTube Dinas A', url: 'https://youtube.com/@dinasa' },
  ],
  complaintUrl: 'https://www.lapor.go.id',
  elearningUrl: 'https://elearning.dinasa.example',
};
const html = async (el: unknown) => (await (el as { toString(): Promise<string> }).toString()).toString();

describe('the home page settings of a unit', () => {
  it('without settings: PPID and Kontak only, no card', async () => {
    const links = await html(QuickLinks({ ctx: ctx('id'), settings: null }));
    expect(links).toContain('<a href="/dinas-a/ppid">Layanan informasi publik (PPID)</a>');
    expect(links).toContain('<a href="/dinas-a/kontak">Kontak dan pengaduan</a>');
    expect(links).not.toContain('E-Learning');
    expect(UnitCard({ ctx: ctx('id'), settings: null })).toBeNull();
  });

  it('with settings: the complaint channel, E-Learning and every social account, and the office card', async () => {
    const links = await html(QuickLinks({ ctx: ctx('en'), settings }));
    expect(links).toContain('<a href="https://www.lapor.go.id" rel="noopener noreferrer">Complaints</a>');
    expect(links).toContain('<a href="/dinas-a/e-learning?lang=en">E-Learning</a>');
    expect(links).toContain('<h3>Social media</h3>');
    expect(links.match(/rel="noopener noreferrer">(Instagram @dinasa|YouTube Dinas A)</g)).toHaveLength(2);
    const card = await html(UnitCard({ ctx: ctx('id'), settings }));
    expect(card).toContain('<img src="/media/logo/320.jpg" width="320" height="320" alt="Logo Dinas A"/>');
    expect(card).toContain('<p>Senin–Jumat 07.30–16.00 WITA</p>');
    expect(card).toContain('>Lihat lokasi kantor di peta</a>');
  });
});
