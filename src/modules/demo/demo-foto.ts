import sharp from 'sharp';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { importMediaFile } from '../media/import-media.ts';

// The demo's photos are drawn at seeding time: simple landscapes of gradients and hills, no
// people, no text, nothing real. Their alt text says plainly that they are illustrations.

/** One drawn landscape: sky from top to horizon, sun, two ranges of hills, and what lies in front. */
export type Lanskap = {
  nama: string;
  langit: [string, string];
  matahari: { x: number; y: number; r: number; warna: string };
  bukitJauh: string;
  bukitDekat: string;
  /** In front: water (a lake, the sea, a reservoir) or a road through the hills. */
  depan: { jenis: 'air'; warna: string } | { jenis: 'jalan'; warna: string } | { jenis: 'tidak' };
  alt: string;
  keterangan: string;
};

export type DemoFoto = { id: string; keterangan: string };

const W = 1600;
const H = 900;

/** The demo photos of each unit (demo-data.ts slugs), and whose credit they carry. */
const fotoUnit: Record<string, { kredit: string; lanskap: Lanskap[] }> = {
  bpsdmd: {
    kredit: 'Ilustrasi: Tim Humas BPSDMD Nusa Lontar',
    lanskap: [
      {
        nama: 'perbukitan-pagi.jpg',
        langit: ['#f6c77a', '#fbe9c8'],
        matahari: { x: 1180, y: 330, r: 70, warna: '#fff3d6' },
        bukitJauh: '#8fae7a',
        bukitDekat: '#4f7a45',
        depan: { jenis: 'tidak' },
        alt: 'Ilustrasi perbukitan hijau berlapis di bawah langit pagi berwarna jingga muda',
        keterangan: 'Suasana pagi di perbukitan sekitar kampus (ilustrasi).',
      },
      {
        nama: 'danau-senja.jpg',
        langit: ['#c86b5a', '#f3b27a'],
        matahari: { x: 420, y: 470, r: 90, warna: '#ffd9a0' },
        bukitJauh: '#6d5a73',
        bukitDekat: '#3f3a52',
        depan: { jenis: 'air', warna: '#5b7fa3' },
        alt: 'Ilustrasi danau tenang dengan bukit gelap di seberangnya saat matahari terbenam',
        keterangan: 'Senja di tepi danau (ilustrasi).',
      },
    ],
  },
  diskominfo: {
    kredit: 'Ilustrasi: Tim Media Diskominfo Nusa Lontar',
    lanskap: [
      {
        nama: 'pantai-siang.jpg',
        langit: ['#4f9bd9', '#cfe8f7'],
        matahari: { x: 1320, y: 160, r: 60, warna: '#fffbe6' },
        bukitJauh: '#7fa6b8',
        bukitDekat: '#d8c08e',
        depan: { jenis: 'air', warna: '#2f86b4' },
        alt: 'Ilustrasi pantai berpasir dengan laut biru dan langit cerah di siang hari',
        keterangan: 'Pesisir pada siang hari (ilustrasi).',
      },
      {
        nama: 'sabana.jpg',
        langit: ['#8cc4e6', '#eef6fb'],
        matahari: { x: 260, y: 200, r: 55, warna: '#fffdf2' },
        bukitJauh: '#b9a36b',
        bukitDekat: '#9c7b3c',
        depan: { jenis: 'tidak' },
        alt: 'Ilustrasi padang sabana cokelat keemasan dengan bukit landai di bawah langit biru',
        keterangan: 'Padang sabana pada musim kemarau (ilustrasi).',
      },
    ],
  },
  'dinas-pupr': {
    kredit: 'Ilustrasi: Tim Humas Dinas PUPR Nusa Lontar',
    lanskap: [
      {
        nama: 'jalan-perbukitan.jpg',
        langit: ['#79b3d6', '#e3f0f5'],
        matahari: { x: 1250, y: 220, r: 65, warna: '#fffaf0' },
        bukitJauh: '#9bb58f',
        bukitDekat: '#5e8c4f',
        depan: { jenis: 'jalan', warna: '#6b6b6b' },
        alt: 'Ilustrasi jalan beraspal yang membelah perbukitan hijau menuju pegunungan',
        keterangan: 'Ruas jalan di daerah perbukitan (ilustrasi).',
      },
      {
        nama: 'embung.jpg',
        langit: ['#a7cde3', '#f4f1e4'],
        matahari: { x: 700, y: 260, r: 50, warna: '#fff8e1' },
        bukitJauh: '#8fa36f',
        bukitDekat: '#6e9a3e',
        depan: { jenis: 'air', warna: '#4d8aa8' },
        alt: 'Ilustrasi embung berisi air di tengah lahan pertanian hijau',
        keterangan: 'Embung desa di musim hujan (ilustrasi).',
      },
    ],
  },
};

/** A range of hills as a closed path: a smooth line through the given heights, down to the bottom. */
function bukit(heights: number[], color: string): string {
  const step = W / (heights.length - 1);
  let d = `M0 ${heights[0]}`;
  for (let i = 1; i < heights.length; i++) {
    const x0 = (i - 1) * step;
    const x1 = i * step;
    d += ` C${x0 + step / 2} ${heights[i - 1]} ${x1 - step / 2} ${heights[i]} ${x1} ${heights[i]}`;
  }
  return `<path d="${d} L${W} ${H} L0 ${H} Z" fill="${color}"/>`;
}

function svgOf(l: Lanskap): string {
  const depan =
    l.depan.jenis === 'air'
      ? `<rect x="0" y="690" width="${W}" height="${H - 690}" fill="${l.depan.warna}"/><rect x="0" y="690" width="${W}" height="6" fill="#ffffff" opacity="0.35"/>`
      : l.depan.jenis === 'jalan'
        ? `<path d="M760 560 L840 560 L1180 ${H} L420 ${H} Z" fill="${l.depan.warna}"/><path d="M797 580 L803 580 L812 ${H} L788 ${H} Z" fill="#f2f2f2"/>`
        : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
<defs><linearGradient id="langit" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${l.langit[0]}"/><stop offset="1" stop-color="${l.langit[1]}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#langit)"/>
<circle cx="${l.matahari.x}" cy="${l.matahari.y}" r="${l.matahari.r}" fill="${l.matahari.warna}"/>
${bukit([520, 430, 480, 400, 470, 440, 510], l.bukitJauh)}
${bukit([640, 600, 560, 620, 580, 540, 600], l.bukitDekat)}
${depan}
</svg>`;
}

/** Draws one landscape as a JPEG, as a camera would deliver it. */
export async function drawLanskap(l: Lanskap): Promise<Buffer> {
  return sharp(Buffer.from(svgOf(l)))
    .jpeg({ quality: 85 })
    .toBuffer();
}

/**
 * Draws a unit's demo photos and puts them into its media library through the library's own
 * import (cleaned, given responsive copies, alt text and credit), uploaded by `user`. None for a
 * unit without demo photos.
 */
export async function seedFotoUnit(services: Services, user: SessionUser, unit: { id: string; slug: string }): Promise<DemoFoto[]> {
  const set = fotoUnit[unit.slug];
  if (!set) return [];
  const fotos: DemoFoto[] = [];
  for (const l of set.lanskap) {
    const row = await importMediaFile(services, user, {
      unitId: unit.id,
      bytes: await drawLanskap(l),
      name: l.nama,
      altText: l.alt,
      caption: l.keterangan,
      credit: set.kredit,
    });
    fotos.push({ id: row.id, keterangan: l.keterangan });
  }
  return fotos;
}
