import { EditorContent, type JSONContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { t } from '../i18n.ts';
import { MediaImage, Youtube } from './editor-nodes.ts';
import { EditorToolbar } from './editor-toolbar.tsx';
import type { Dokumen } from './types.ts';

export type EditorProps = {
  value: Dokumen;
  onChange: (doc: Dokumen) => void;
  editable: boolean;
  /** Opens the media picker; calls back with the chosen media id. */
  pickMedia: (done: (mediaId: string) => void) => void;
  labelledBy: string;
};

/**
 * The rich-text editor (TipTap 3), configured to make exactly the nodes and marks of
 * `src/modules/konten/isi-schema.ts`: no code, code blocks or h1/h5/h6; links only http(s) and mailto.
 * Loaded on demand (editor-lazy.tsx), so its weight is not in the admin's first load.
 */
export default function IsiEditor({ value, onChange, editable, pickMedia, labelledBy }: EditorProps) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        code: false,
        codeBlock: false,
        heading: { levels: [2, 3, 4] },
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['http', 'https', 'mailto'],
          isAllowedUri: (url) => /^(https?:\/\/|mailto:)/i.test(url),
        },
      }),
      MediaImage,
      Youtube,
    ],
    content: value as JSONContent,
    // The admin's CSP allows no inline styles: ProseMirror's few rules are in styles.css instead.
    injectCSS: false,
    editable,
    editorProps: { attributes: { class: 'editor-area', 'aria-labelledby': labelledBy, 'aria-multiline': 'true', role: 'textbox' } },
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as Dokumen),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      image: e.isActive('mediaImage'),
    }),
  });
  if (!editor) return <p className="loading">{t('editor.loading')}</p>;
  return (
    <div className="editor">
      {editable && <EditorToolbar editor={editor} active={state} pickMedia={pickMedia} />}
      <EditorContent editor={editor} />
    </div>
  );
}
