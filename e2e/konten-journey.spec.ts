import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.ts';
import { launchChromium } from './browser.ts';

// Issue 8's journey: a news item from the contributor's draft with a photo uploaded to the media
// library (as its cover and in its text), through the redaktur's FBS checklist
// and the head's approval on a phone (returned once, then approved), to a scheduled publication that
// appears on the unit's site at its minute, also without JavaScript.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

type Person = { page: Page; problems: string[] };
const phone = { width: 390, height: 844 };

async function signIn(key: string, viewport = { width: 1280, height: 900 }): Promise<Person> {
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/status of 401/.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${inject('baseUrl')}/admin/`);
  await page.getByLabel('E-mail').fill(`${key}@nusalontar.example`);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: 'Menunggu Anda' }).waitFor();
  return { page, problems };
}

async function open(person: Person, path: string) {
  await person.page.goto(`${inject('baseUrl')}/admin${path}`);
}

/** Presses a move button and waits for the server to confirm the new stage. */
async function move(page: Page, button: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByText(/Tahap naskah sekarang/).waitFor();
}

/** The redaktur takes the item up, confirms the nine FBS items and sends it to the head. */
async function review(redaktur: Person, id: string) {
  await open(redaktur, `/konten/${id}`);
  await move(redaktur.page, 'Mulai tinjau');
  const checklist = redaktur.page.getByRole('region', { name: 'Saring Sebelum Sebar (FBS)' });
  for (let n = 1; n <= 9; n++) {
    if (n === 7) await checklist.getByLabel('Catatan butir 7').fill('Ejaan nama kegiatan sudah dibetulkan.');
    await checklist.getByRole('button', { name: `Pastikan ${n}`, exact: true }).click();
    await checklist.getByText(`${n} dari 9 butir dipastikan`).waitFor();
  }
  await expect(checklist.getByText(/Dipastikan Markus Hendrik Tallo/).count()).resolves.toBe(9);
  await move(redaktur.page, 'Kirim ke kepala');
}

/** True when the page is no wider than the phone: nothing to scroll sideways. */
const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('a news item from draft to the unit’s site', () => {
  it('is written, reviewed with the FBS checklist, returned and approved on a phone, scheduled and published at its minute', { timeout: 420_000 }, async () => {
    const base = inject('baseUrl');
    const judul = `Pelatihan Kepemimpinan Angkatan XII Dibuka ${Date.now() % 100_000}`;

    // The contributor uploads a photo to the media library and describes it for readers who cannot see it.
    const writer = await signIn('kontributor');
    const fotoName = `aula-pelatihan-${Date.now() % 100_000}.jpg`;
    const alt = 'Peserta pelatihan duduk berbaris di aula utama';
    await open(writer, '/media');
    await writer.page.getByRole('heading', { name: 'Pustaka media', level: 1 }).waitFor();
    const photo = await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#3a7bd5' } })
      .jpeg()
      .toBuffer();
    await writer.page.locator('input[type=file]').setInputFiles({ name: fotoName, mimeType: 'image/jpeg', buffer: photo });
    await writer.page.getByText(`${fotoName}: selesai.`).waitFor();
    const tile = writer.page.locator('.media-tile').filter({ hasText: fotoName });
    for (let i = 0; i < 40 && (await tile.locator('img').count()) === 0; i++) {
      await writer.page.waitForTimeout(500);
      await writer.page.reload();
    }
    await tile.getByRole('link').click();
    await writer.page.getByLabel('Teks alternatif').fill(alt);
    await writer.page.getByRole('button', { name: 'Simpan' }).click();
    await writer.page.getByText('Tersimpan.').waitFor();
    const mediaUrl = writer.page.url();

    // Then drafts the news item with that photo as its cover and in its text.
    await writer.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: /^Konten/ })
      .click();
    await writer.page.getByRole('link', { name: 'Tulis naskah' }).click();
    await writer.page.getByLabel('Judul', { exact: true }).fill(judul);
    await writer.page.getByLabel(/^Ringkasan/).fill('BPSDMD membuka pelatihan kepemimpinan bagi 40 pejabat pengawas.');
    const bidang = writer.page.getByLabel('Bidang');
    await expect.poll(() => bidang.locator('option').count()).toBeGreaterThan(1);
    await bidang.selectOption({ index: 1 });
    const isi = writer.page.getByRole('textbox', { name: 'Isi naskah' });
    await isi.click();
    await writer.page.keyboard.type('Kepala Badan membuka pelatihan di aula utama pada Senin pagi.');
    await writer.page.keyboard.press('Enter');
    await writer.page.keyboard.type('Peserta berasal dari sebelas perangkat daerah.');
    await writer.page.keyboard.press('Enter');
    await writer.page.getByRole('toolbar', { name: 'Format teks' }).getByRole('button', { name: 'Gambar', exact: true }).click();
    await writer.page.getByRole('button', { name: `Pilih: ${fotoName}` }).click();
    await writer.page.getByText(/Gambar dari pustaka media/).waitFor();
    await isi.click();
    await writer.page.keyboard.press('Control+End');
    await writer.page.keyboard.press('Enter');
    // A YouTube address pasted on its own becomes the video block: a placeholder in the editor, never an iframe.
    await isi.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await writer.page.getByText(/Video YouTube dQw4w9WgXcQ/).waitFor();
    expect(await writer.page.locator('.editor iframe').count()).toBe(0);
    // The live preview shows the public page as the site would.
    await writer.page.frameLocator('iframe[title="Pratinjau halaman publik"]').getByText('Peserta berasal dari sebelas').waitFor();
    await writer.page.getByRole('button', { name: 'Pilih dari pustaka media' }).first().click();
    await writer.page.getByRole('button', { name: `Pilih: ${fotoName}` }).click();
    await writer.page.frameLocator('iframe[title="Pratinjau halaman publik"]').locator(`img[alt="${alt}"]`).first().waitFor();
    await writer.page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await writer.page.waitForURL(/\/admin\/konten\/[0-9a-f-]{36}$/);
    const id = writer.page.url().split('/').pop() as string;
    // The library knows the draft uses the photo, and says so in words.
    await writer.page.goto(mediaUrl);
    await writer.page.getByRole('region', { name: 'Dipakai di' }).getByRole('link', { name: 'Naskah (belum terbit)' }).click();
    await writer.page.waitForURL(new RegExp(`/admin/konten/${id}$`));
    await move(writer.page, 'Ajukan ke redaktur');

    // The redaktur's home lists the item waiting for review, and the menu counts it.
    const redaktur = await signIn('redaktur');
    await redaktur.page.getByRole('region', { name: 'Konten' }).getByRole('link', { name: judul }).waitFor();
    await redaktur.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('link', { name: /^Konten \([1-9]\d* menunggu Anda\)$/ })
      .waitFor();
    await review(redaktur, id);

    // The head, on a phone, returns it with a note.
    const head = await signIn('kepala', phone);
    await open(head, `/konten/${id}/setujui`);
    await head.page.getByRole('heading', { name: 'Hasil Saring Sebelum Sebar' }).waitFor();
    await head.page.frameLocator('iframe[title="Pratinjau halaman publik"]').getByText('Kepala Badan membuka pelatihan').waitFor();
    expect(await fitsPhone(head.page)).toBe(true);
    const approveButton = head.page.getByRole('button', { name: 'Setujui', exact: true });
    const box = await approveButton.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await head.page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await head.page.getByText('Catatan wajib diisi saat mengembalikan naskah.').waitFor();
    await head.page.getByLabel(/Catatan untuk penulis/).fill('Tambahkan jumlah peserta per angkatan dan nama narasumber.');
    await head.page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await head.page.getByText('Naskah dikembalikan kepada penulis').waitFor();

    // The writer revises and submits again; the note is in the history.
    await open(writer, `/konten/${id}`);
    await writer.page.getByText('Tambahkan jumlah peserta per angkatan').waitFor();
    await writer.page.getByRole('textbox', { name: 'Isi naskah' }).click();
    await writer.page.keyboard.press('Control+End');
    await writer.page.keyboard.press('Enter');
    await writer.page.keyboard.type('Narasumber utama adalah Kepala Badan; tiap angkatan diikuti 40 peserta.');
    const stale = await writer.page.context().newPage();
    await stale.goto(`${base}/admin/konten/${id}`);
    await stale.getByRole('button', { name: 'Simpan naskah' }).waitFor();
    await writer.page.getByRole('button', { name: 'Simpan naskah' }).click();
    await writer.page
      .getByText(/Revisi 2/)
      .first()
      .waitFor();
    // A second tab still holding revision 1 is told someone saved in between, and nothing is lost silently.
    await stale.getByLabel(/^Ringkasan/).fill('Ringkasan dari tab lama.');
    await stale.getByRole('button', { name: 'Simpan naskah' }).click();
    await stale.getByText(/Orang lain menyimpan naskah ini setelah Anda membukanya/).waitFor();
    await stale.close();
    await move(writer.page, 'Ajukan ke redaktur');

    // A new review round: the nine items again, then the head approves on the phone.
    await review(redaktur, id);
    await open(head, `/konten/${id}/setujui`);
    await head.page.frameLocator('iframe[title="Pratinjau halaman publik"]').getByText('Narasumber utama').waitFor();
    expect(await fitsPhone(head.page)).toBe(true);
    await head.page.getByRole('button', { name: 'Setujui', exact: true }).click();
    await head.page.getByText('Naskah disetujui.').waitFor();

    // The social media admin schedules it for the next minute but one (the API wants ≥ 1 minute ahead).
    const admin = await signIn('admin-medsos');
    await open(admin, `/konten/${id}`);
    await admin.page.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
    const when = admin.page.getByLabel(/Waktu terbit \(WITA\)/);
    const local = await when.inputValue();
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    const at = new Date(Math.ceil((Date.now() + 61_000) / 60_000) * 60_000);
    const wita = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    await when.fill(wita);
    await admin.page.locator('.move-input').getByRole('button', { name: 'Jadwalkan', exact: true }).click();
    await admin.page.getByText(/Tahap naskah sekarang/).waitFor();

    // Not on the site before its minute; there after it, with and without JavaScript.
    const site = await browser.newContext({ javaScriptEnabled: false, viewport: phone, locale: 'id-ID' });
    const reader = await site.newPage();
    const list = await reader.goto(`${base}/bpsdmd/berita`);
    expect(list?.status()).toBe(200);
    expect(await reader.locator('main').textContent()).not.toContain(judul);
    await expect
      .poll(
        async () => {
          await reader.goto(`${base}/bpsdmd/berita`);
          return (await reader.locator('main').textContent()) ?? '';
        },
        { timeout: 240_000, interval: 5_000 },
      )
      .toContain(judul);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    await reader.getByRole('link', { name: judul }).first().click();
    expect(await reader.locator('main').textContent()).toContain('Narasumber utama adalah Kepala Badan');
    // The photo, cover and in the text, with its alt text and responsive copies served to anyone.
    const shown = reader.locator(`main img[alt="${alt}"]`);
    expect(await shown.count()).toBe(2);
    const srcset = (await shown.first().getAttribute('srcset')) ?? '';
    expect(srcset).toMatch(/\/media\/[0-9a-f-]{36}\/320\.jpg 320w/);
    const copy = await site.request.get(`${base}${srcset.split(' ')[0]}`);
    expect(copy.status()).toBe(200);
    const withJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const jsReader = await withJs.newPage();
    await jsReader.goto(reader.url());
    expect(await jsReader.getByRole('heading', { level: 1 }).textContent()).toContain(judul);

    for (const p of [writer, redaktur, head, admin]) expect(p.problems).toEqual([]);
  });
});
