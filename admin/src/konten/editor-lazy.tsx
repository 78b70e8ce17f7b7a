import { lazy, Suspense } from 'react';
import { t } from '../i18n.ts';
import type { EditorProps } from './editor.tsx';

// The editor (TipTap and ProseMirror) is its own chunk, fetched when a writing screen opens.
const IsiEditor = lazy(() => import('./editor.tsx'));

/** The rich-text editor, loaded on demand; a short note shows while it arrives. */
export function LazyEditor(props: EditorProps) {
  return (
    <Suspense fallback={<p className="loading">{t('editor.loading')}</p>}>
      <IsiEditor {...props} />
    </Suspense>
  );
}
