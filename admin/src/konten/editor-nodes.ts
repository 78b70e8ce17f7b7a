import { mergeAttributes, Node, nodePasteRule } from '@tiptap/react';
import { t } from '../i18n.ts';
import { youtubeUrlPattern } from './youtube-id.ts';

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
  addPasteRules() {
    return [nodePasteRule({ find: youtubeUrlPattern, type: this.type, getAttributes: (match) => ({ videoId: match[1] }) })];
  },
});
