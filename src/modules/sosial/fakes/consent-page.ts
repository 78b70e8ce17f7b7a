import type { FakeRequest, FakeResponse, FakeServer } from './fake-server.ts';

/**
 * The platforms' permission screen, simulated: what a person sees between "Sambungkan" in Warta
 * and the callback. GET renders the page (the app, the account, the permissions asked, "Izinkan"
 * and "Tolak"); the buttons POST the same address back. "Izinkan" redirects with a code as the
 * platform does; "Tolak" redirects with the platform's documented refusal parameters, so Warta's
 * handling of a refusal is exercised for real. Clearly labelled as a simulation.
 */
export type ConsentSpec = {
  /** The platform's name as the page shows it. */
  platform: string;
  /** The account the simulated person is signed in as. */
  account: string;
  /** Checks the authorize request as the platform does: its own error answer, or undefined. */
  check(query: URLSearchParams): FakeResponse | undefined;
  /** The permissions asked for, as the request names them. */
  scopes(query: URLSearchParams): string[];
  /** Issues a code and answers the parameters the redirect carries on "Izinkan" (state is added here). */
  allow(query: URLSearchParams): Record<string, string>;
  /** The parameters a refusal carries (state is added here). */
  deny: Record<string, string>;
};

/** What each permission lets Warta do, in plain words; an unknown one is shown as the platform names it. */
const scopeWords: Record<string, string> = {
  pages_show_list: 'Melihat daftar Halaman yang Anda kelola',
  pages_manage_posts: 'Membuat, mengubah, dan menghapus postingan Halaman',
  pages_read_engagement: 'Membaca konten dan keterlibatan Halaman',
  pages_manage_engagement: 'Mengelola komentar dan tanggapan di Halaman',
  pages_read_user_engagement: 'Membaca komentar dan tanggapan orang di Halaman',
  publish_video: 'Menerbitkan video ke Halaman',
  business_management: 'Mengelola aset bisnis Anda',
  instagram_basic: 'Membaca profil dan media akun Instagram',
  instagram_content_publish: 'Menerbitkan konten ke akun Instagram',
  'tweet.read': 'Membaca postingan yang terlihat oleh akun Anda',
  'tweet.write': 'Membuat dan menghapus postingan atas nama Anda',
  'users.read': 'Melihat profil akun Anda',
  'media.write': 'Mengunggah foto dan video',
  'offline.access': 'Tetap tersambung sampai izin dicabut',
  'https://www.googleapis.com/auth/youtube.upload': 'Mengunggah video ke kanal YouTube Anda',
  'https://www.googleapis.com/auth/youtube.readonly': 'Melihat kanal dan video YouTube Anda',
  'https://www.googleapis.com/auth/youtube.force-ssl': 'Mengelola video YouTube Anda, termasuk menghapusnya',
  'user.info.basic': 'Membaca nama dan foto profil Anda',
  'video.publish': 'Menerbitkan konten langsung ke akun TikTok Anda',
  'video.upload': 'Mengirim konten ke kotak draf TikTok Anda',
  'video.list': 'Membaca daftar video publik Anda',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Registers the GET page and its POST answer on the platform's authorize path. */
export function addConsentRoutes(server: FakeServer, name: string, path: string, spec: ConsentSpec): void {
  server.route(name, 'GET', path, (req) => spec.check(req.query) ?? page(spec, req));
  server.route(`${name}.decision`, 'POST', path, async (req) => {
    const form = await req.form();
    // The form posts back to the same address: its query is the original request.
    const bad = spec.check(req.query);
    if (bad) return bad;
    const decision = form.get('keputusan');
    if (decision !== 'izinkan' && decision !== 'tolak') return { status: 400, text: 'Pilih Izinkan atau Tolak.' };
    const target = new URL(req.query.get('redirect_uri')!);
    const params = decision === 'izinkan' ? spec.allow(req.query) : spec.deny;
    for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
    target.searchParams.set('state', req.query.get('state') ?? '');
    return { status: 302, headers: { location: target.toString() } };
  });
}

function page(spec: ConsentSpec, req: FakeRequest): FakeResponse {
  const clientId = req.query.get('client_id') ?? req.query.get('client_key') ?? '';
  const scopes = spec.scopes(req.query).filter(Boolean);
  const items = scopes.map((s) => `<li>${scopeWords[s] ? `${escapeHtml(scopeWords[s])} ` : ''}<code>${escapeHtml(s)}</code></li>`).join('');
  const action = `${req.path}?${req.query.toString()}`;
  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Simulasi ${escapeHtml(spec.platform)}: izin aplikasi</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f4f6;color:#111}
main{max-width:30rem;margin:2rem auto;background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px #0002}
.sim{background:#fef3c7;border:1px solid #d97706;border-radius:6px;padding:.5rem .75rem;margin:0 0 1rem}
code{color:#555;font-size:.8em}
.buttons{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;padding:.5rem 1.25rem;border-radius:6px;border:1px solid #888;background:#fff;cursor:pointer}
button[value=izinkan]{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
</style>
</head>
<body>
<main>
<p class="sim" role="note"><strong>Simulasi</strong>: halaman ini meniru layar izin ${escapeHtml(spec.platform)} untuk mencoba Warta. Tidak ada yang dikirim ke ${escapeHtml(spec.platform)} sungguhan.</p>
<h1>${escapeHtml(spec.platform)}</h1>
<p>Anda masuk sebagai <strong>${escapeHtml(spec.account)}</strong>.</p>
<p>Aplikasi <strong>Warta</strong> (ID aplikasi <code>${escapeHtml(clientId)}</code>) meminta izin untuk:</p>
<ul>${items || '<li>Tidak ada izin khusus yang diminta</li>'}</ul>
<form method="post" action="${escapeHtml(action)}">
<div class="buttons">
<button type="submit" name="keputusan" value="izinkan">Izinkan</button>
<button type="submit" name="keputusan" value="tolak">Tolak</button>
</div>
</form>
</main>
</body>
</html>`;
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, text: html };
}

/** Presses "Izinkan" or "Tolak" on the page at `authorizeUrl` (tests, scripts): answers the platform's redirect, unfollowed. */
export function pressConsent(authorizeUrl: string, decision: 'izinkan' | 'tolak' = 'izinkan'): Promise<Response> {
  return fetch(authorizeUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ keputusan: decision }),
  });
}
