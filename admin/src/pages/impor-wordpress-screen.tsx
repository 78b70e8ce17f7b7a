import { lazy, Suspense } from 'react';
import { t } from '../i18n.ts';

// Opened a few times in a unit's life: loaded when first opened, not with the admin.
const ImporWordPressPage = lazy(() => import('./impor-wordpress.tsx').then((m) => ({ default: m.ImporWordPressPage })));

/** The "Impor WordPress" screen, loaded on demand. */
export function ImporWordPressScreen() {
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <ImporWordPressPage />
    </Suspense>
  );
}
