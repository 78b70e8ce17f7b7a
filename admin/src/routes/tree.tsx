import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet } from '@tanstack/react-router';
import { katalogQuery } from '../konten/katalog.ts';
import { kontenItemQuery } from '../konten/queries.ts';
import { HomePage } from '../pages/home.tsx';
import { SecurityPage } from '../pages/security.tsx';
import { NotFoundPage, PublicFrame, SignedInFrame, SignInScreen } from './frames.tsx';
import { guardArea, holdForTwoStep, leaveSignIn, type RouterContext } from './guard.ts';
import {
  akunSosialSearch,
  hariKerjaSearch,
  informasiSearch,
  keberatanNewSearch,
  keberatanSearch,
  kontenNewSearch,
  kontenSearch,
  laporanSearch,
  liputanItemSearch,
  liputanSearch,
  mediaCenterSearch,
  mediaSearch,
  permohonanSearch,
  pesanSearch,
  tokenSearch,
  unitSearch,
} from './search.ts';

/*
 * Every admin address, in one tree (code-based, no generator). The frame, home and security screens
 * load with the app; each area's screens are one chunk fetched when the area is first opened (or
 * hovered: the router preloads on intent). Each area route carries its menu guard (`guardArea`) and
 * each screen that reads the query string its schema (routes/search.ts). How to add a screen: see
 * docs/ARCHITECTURE-NOTES.md ("Admin routing").
 */

const area = {
  konten: () => import('./areas/konten.tsx'),
  media: () => import('./areas/media.tsx'),
  ppid: () => import('./areas/ppid.tsx'),
  laporan: () => import('./areas/laporan.tsx'),
  redaksi: () => import('./areas/redaksi.tsx'),
  org: () => import('./areas/org.tsx'),
  account: () => import('./areas/account.tsx'),
  situs: () => import('./areas/situs.tsx'),
  sosial: () => import('./areas/sosial.tsx'),
};

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });

// Reachable without a session: the sign-in steps and the mailed password links.
const publicFrame = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicFrame });
const signIn = createRoute({ getParentRoute: () => publicFrame, path: 'masuk', beforeLoad: leaveSignIn, component: SignInScreen });
const forgotPassword = createRoute({
  getParentRoute: () => publicFrame,
  path: 'lupa-kata-sandi',
  component: lazyRouteComponent(area.account, 'ForgotPasswordScreen'),
});
const resetPassword = createRoute({
  getParentRoute: () => publicFrame,
  path: 'kata-sandi',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(area.account, 'ResetPasswordScreen'),
});
const invitation = createRoute({
  getParentRoute: () => publicFrame,
  path: 'undangan',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(area.account, 'InvitationScreen'),
});

// Everything else needs a session; the frame shows the sign-in steps in place until there is one.
const signedIn = createRoute({ getParentRoute: () => rootRoute, id: 'signedIn', beforeLoad: holdForTwoStep, component: SignedInFrame });
const home = createRoute({ getParentRoute: () => signedIn, path: '/', component: HomePage });
const security = createRoute({ getParentRoute: () => signedIn, path: 'keamanan', component: SecurityPage });
const notFound = createRoute({ getParentRoute: () => signedIn, path: '$', component: NotFoundPage });

// Konten and the Media Center. Their data is asked for while the area's code still downloads, not
// after (the screens read the same queries from the QueryClient; a failed prefetch is read again there).
const prefetchKatalog = ({ context }: { context: RouterContext }) => void context.queryClient.prefetchQuery(katalogQuery());
const konten = createRoute({ getParentRoute: () => signedIn, path: 'konten', beforeLoad: guardArea('/konten'), loader: prefetchKatalog });
const kontenList = createRoute({
  getParentRoute: () => konten,
  path: '/',
  validateSearch: kontenSearch,
  component: lazyRouteComponent(area.konten, 'KontenScreen'),
});
const kontenNew = createRoute({
  getParentRoute: () => konten,
  path: 'baru',
  validateSearch: kontenNewSearch,
  component: lazyRouteComponent(area.konten, 'KontenNewScreen'),
});
const kontenItem = createRoute({
  getParentRoute: () => konten,
  path: '$id',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(kontenItemQuery(params.id)),
  component: lazyRouteComponent(area.konten, 'KontenItemScreen'),
});
const kontenApprove = createRoute({
  getParentRoute: () => konten,
  path: '$id/setujui',
  loader: ({ context, params }) => void context.queryClient.prefetchQuery(kontenItemQuery(params.id)),
  component: lazyRouteComponent(area.konten, 'KontenApproveScreen'),
});
const mediaCenter = createRoute({
  getParentRoute: () => signedIn,
  path: 'media-center',
  beforeLoad: guardArea('/media-center'),
  loader: prefetchKatalog,
  validateSearch: mediaCenterSearch,
  component: lazyRouteComponent(area.konten, 'MediaCenterScreen'),
});

// The media library.
const media = createRoute({ getParentRoute: () => signedIn, path: 'media', beforeLoad: guardArea('/media') });
const mediaList = createRoute({
  getParentRoute: () => media,
  path: '/',
  validateSearch: mediaSearch,
  component: lazyRouteComponent(area.media, 'MediaScreen'),
});
const mediaItem = createRoute({ getParentRoute: () => media, path: '$id', component: lazyRouteComponent(area.media, 'MediaItemScreen') });

// Social media: the units' accounts and the agency's apps.
const akunSosial = createRoute({
  getParentRoute: () => signedIn,
  path: 'akun-sosial',
  beforeLoad: guardArea('/akun-sosial'),
  validateSearch: akunSosialSearch,
  component: lazyRouteComponent(area.sosial, 'AkunSosialScreen'),
});

// PPID: requests, objections, the information list, the working-day calendar.
const permohonan = createRoute({ getParentRoute: () => signedIn, path: 'permohonan', beforeLoad: guardArea('/permohonan') });
const permohonanList = createRoute({
  getParentRoute: () => permohonan,
  path: '/',
  validateSearch: permohonanSearch,
  component: lazyRouteComponent(area.ppid, 'PermohonanListScreen'),
});
const permohonanNew = createRoute({
  getParentRoute: () => permohonan,
  path: 'baru',
  validateSearch: unitSearch,
  component: lazyRouteComponent(area.ppid, 'PermohonanNewScreen'),
});
const permohonanItem = createRoute({
  getParentRoute: () => permohonan,
  path: '$id',
  component: lazyRouteComponent(area.ppid, 'PermohonanDetailScreen'),
});
const keberatan = createRoute({ getParentRoute: () => signedIn, path: 'keberatan', beforeLoad: guardArea('/keberatan') });
const keberatanList = createRoute({
  getParentRoute: () => keberatan,
  path: '/',
  validateSearch: keberatanSearch,
  component: lazyRouteComponent(area.ppid, 'KeberatanListScreen'),
});
const keberatanNew = createRoute({
  getParentRoute: () => keberatan,
  path: 'baru',
  validateSearch: keberatanNewSearch,
  component: lazyRouteComponent(area.ppid, 'KeberatanNewScreen'),
});
const keberatanItem = createRoute({
  getParentRoute: () => keberatan,
  path: '$id',
  component: lazyRouteComponent(area.ppid, 'KeberatanDetailScreen'),
});
const informasi = createRoute({ getParentRoute: () => signedIn, path: 'informasi', beforeLoad: guardArea('/informasi') });
const informasiList = createRoute({
  getParentRoute: () => informasi,
  path: '/',
  validateSearch: informasiSearch,
  component: lazyRouteComponent(area.ppid, 'InformasiListScreen'),
});
const informasiNew = createRoute({
  getParentRoute: () => informasi,
  path: 'baru',
  validateSearch: unitSearch,
  component: lazyRouteComponent(area.ppid, 'InformasiNewScreen'),
});
const informasiItem = createRoute({
  getParentRoute: () => informasi,
  path: '$id',
  component: lazyRouteComponent(area.ppid, 'InformasiItemScreen'),
});
const hariKerja = createRoute({
  getParentRoute: () => signedIn,
  path: 'hari-kerja',
  beforeLoad: guardArea('/hari-kerja'),
  validateSearch: hariKerjaSearch,
  component: lazyRouteComponent(area.ppid, 'HariKerjaScreen'),
});

// The KIP report.
const laporan = createRoute({
  getParentRoute: () => signedIn,
  path: 'laporan',
  beforeLoad: guardArea('/laporan'),
  validateSearch: laporanSearch,
  component: lazyRouteComponent(area.laporan, 'LaporanScreen'),
});

// The newsroom: the editorial plan and coverage assignments.
const rencana = createRoute({
  getParentRoute: () => signedIn,
  path: 'rencana',
  beforeLoad: guardArea('/rencana'),
  validateSearch: unitSearch,
  component: lazyRouteComponent(area.redaksi, 'RencanaScreen'),
});
const liputan = createRoute({ getParentRoute: () => signedIn, path: 'liputan', beforeLoad: guardArea('/liputan') });
const liputanList = createRoute({
  getParentRoute: () => liputan,
  path: '/',
  validateSearch: liputanSearch,
  component: lazyRouteComponent(area.redaksi, 'LiputanListScreen'),
});
const liputanNew = createRoute({
  getParentRoute: () => liputan,
  path: 'baru',
  validateSearch: unitSearch,
  component: lazyRouteComponent(area.redaksi, 'LiputanNewScreen'),
});
const liputanItem = createRoute({
  getParentRoute: () => liputan,
  path: '$id',
  validateSearch: liputanItemSearch,
  component: lazyRouteComponent(area.redaksi, 'LiputanDetailScreen'),
});

// The organisation and the administrator's screens.
const units = createRoute({ getParentRoute: () => signedIn, path: 'unit' });
const unitList = createRoute({ getParentRoute: () => units, path: '/', component: lazyRouteComponent(area.org, 'UnitsScreen') });
// `/unit/:id` opens the data tab; `/unit/:id/tim` and the others name theirs.
const unitItem = createRoute({ getParentRoute: () => units, path: '$id/{-$tab}', component: lazyRouteComponent(area.org, 'UnitScreen') });
const people = createRoute({ getParentRoute: () => signedIn, path: 'orang', beforeLoad: guardArea('/orang') });
const peopleList = createRoute({ getParentRoute: () => people, path: '/', component: lazyRouteComponent(area.org, 'PeopleScreen') });
const person = createRoute({ getParentRoute: () => people, path: '$id', component: lazyRouteComponent(area.org, 'PersonScreen') });
const decrees = createRoute({ getParentRoute: () => signedIn, path: 'sk', beforeLoad: guardArea('/sk') });
const decreeList = createRoute({ getParentRoute: () => decrees, path: '/', component: lazyRouteComponent(area.org, 'DecreesScreen') });
const decree = createRoute({ getParentRoute: () => decrees, path: '$id', component: lazyRouteComponent(area.org, 'DecreeScreen') });
const importPage = createRoute({
  getParentRoute: () => signedIn,
  path: 'impor',
  beforeLoad: guardArea('/impor'),
  component: lazyRouteComponent(area.org, 'ImportScreen'),
});
const accounts = createRoute({
  getParentRoute: () => signedIn,
  path: 'akun',
  beforeLoad: guardArea('/akun'),
  component: lazyRouteComponent(area.org, 'AccountsScreen'),
});
const audit = createRoute({
  getParentRoute: () => signedIn,
  path: 'audit',
  beforeLoad: guardArea('/audit'),
  component: lazyRouteComponent(area.org, 'AuditScreen'),
});
const outbox = createRoute({
  getParentRoute: () => signedIn,
  path: 'kotak-keluar',
  beforeLoad: guardArea('/kotak-keluar'),
  component: lazyRouteComponent(area.org, 'OutboxScreen'),
});
const tenant = createRoute({
  getParentRoute: () => signedIn,
  path: 'instansi',
  beforeLoad: guardArea('/instansi'),
  component: lazyRouteComponent(area.org, 'TenantScreen'),
});

// The website: its settings, the contact inbox, alumni lists and the WordPress import.
const situsSettings = createRoute({
  getParentRoute: () => signedIn,
  path: 'pengaturan-situs',
  beforeLoad: guardArea('/pengaturan-situs'),
  component: lazyRouteComponent(area.situs, 'SitusSettingsScreen'),
});
const pesanMasuk = createRoute({ getParentRoute: () => signedIn, path: 'pesan-masuk', beforeLoad: guardArea('/pesan-masuk') });
const pesanList = createRoute({
  getParentRoute: () => pesanMasuk,
  path: '/',
  validateSearch: pesanSearch,
  component: lazyRouteComponent(area.situs, 'PesanMasukScreen'),
});
const pesanItem = createRoute({ getParentRoute: () => pesanMasuk, path: '$id', component: lazyRouteComponent(area.situs, 'PesanScreen') });
const alumni = createRoute({
  getParentRoute: () => signedIn,
  path: 'alumni',
  beforeLoad: guardArea('/alumni'),
  component: lazyRouteComponent(area.situs, 'AlumniScreen'),
});
const imporWordPress = createRoute({
  getParentRoute: () => signedIn,
  path: 'impor-wordpress',
  beforeLoad: guardArea('/impor-wordpress'),
  component: lazyRouteComponent(area.situs, 'ImporWordPressScreen'),
});

export const routeTree = rootRoute.addChildren([
  publicFrame.addChildren([signIn, forgotPassword, resetPassword, invitation]),
  signedIn.addChildren([
    home,
    security,
    konten.addChildren([kontenList, kontenNew, kontenItem, kontenApprove]),
    mediaCenter,
    media.addChildren([mediaList, mediaItem]),
    akunSosial,
    permohonan.addChildren([permohonanList, permohonanNew, permohonanItem]),
    keberatan.addChildren([keberatanList, keberatanNew, keberatanItem]),
    informasi.addChildren([informasiList, informasiNew, informasiItem]),
    hariKerja,
    laporan,
    rencana,
    liputan.addChildren([liputanList, liputanNew, liputanItem]),
    units.addChildren([unitList, unitItem]),
    people.addChildren([peopleList, person]),
    decrees.addChildren([decreeList, decree]),
    importPage,
    accounts,
    audit,
    outbox,
    tenant,
    situsSettings,
    pesanMasuk.addChildren([pesanList, pesanItem]),
    alumni,
    imporWordPress,
    notFound,
  ]),
]);
