import { NodeSelection, Plugin, TextSelection } from '@tiptap/pm/state';
import { type Editor, type JSONContent, mergeAttributes, Node } from '@tiptap/react';
import { t } from '../i18n.ts';
import { youtubeIdOf } from './youtube-id.ts';

/**
 * Inserts a photo or video block and puts the cursor in the paragraph after it (adding one at the
 * end of the text), so the next keystroke writes on instead of replacing the block just inserted.
 */
export function insertBlock(editor: Editor, node: JSONContent): void {
  editor.chain().focus().insertContent(node).run();
  const { state, view } = editor;
  const { selection } = state;
  if (!(selection instanceof NodeSelection)) return;
  const after = selection.to;
  const next = state.doc.resolve(after).nodeAfter;
  const tr = next?.isTextblock ? state.tr : state.tr.insert(after, state.schema.node('paragraph'));
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
}

/**
 * A photo of the media library in the text: only its id and an optional caption are stored (the
 * server adds alt text and sizes when it renders). The editor shows a labelled box, not the image
 * itself, so the document stays exactly what `isi-schema.ts` allows.
 */
export const MediaImage = Node.create({
  name: 'mediaImage',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: { default: null, parseHTML: (el) => el.getAttribute('data-media-id'), renderHTML: (a) => ({ 'data-media-id': a.mediaId }) },
      caption: { default: null, parseHTML: (el) => el.getAttribute('data-caption'), renderHTML: (a) => (a.caption ? { 'data-caption': a.caption } : {}) },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const caption = node.attrs.caption ? `${t('editor.caption')}: ${node.attrs.caption}` : '';
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { class: 'editor-box editor-media' }),
      ['span', {}, t('editor.imageBox', { id: String(node.attrs.mediaId).slice(0, 8) })],
      ['figcaption', {}, caption],
    ];
  },
});

/**
 * A YouTube video by its id. The editor shows a placeholder box and never an iframe: nothing is
 * loaded from YouTube while writing. A YouTube address pasted into the text becomes this node.
 */
export const Youtube = Node.create({
  name: 'youtube',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { videoId: { default: null, parseHTML: (el) => el.getAttribute('data-youtube'), renderHTML: (a) => ({ 'data-youtube': a.videoId }) } };
  },
  parseHTML() {
    return [{ tag: 'div[data-youtube]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { class: 'editor-box editor-youtube' }), t('editor.youtubeBox', { id: String(node.attrs.videoId) })];
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        props: {
          // A pasted YouTube address on its own becomes the video node; any other paste is left to the editor.
          handlePaste: (_view, event) => {
            const text = event.clipboardData?.getData('text/plain') ?? '';
            const videoId = /\s/.test(text.trim()) ? null : youtubeIdOf(text);
            if (!videoId) return false;
            insertBlock(editor, { type: 'youtube', attrs: { videoId } });
            return true;
          },
        },
      }),
    ];
  },
});
