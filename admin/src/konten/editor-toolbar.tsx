import type { Editor } from '@tiptap/react';
import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { insertBlock } from './editor-nodes.ts';
import { youtubeIdOf } from './youtube-id.ts';

type Active = Record<'bold' | 'italic' | 'underline' | 'strike' | 'h2' | 'h3' | 'h4' | 'bullet' | 'ordered' | 'quote' | 'link' | 'image', boolean>;
type Tool = { label: MessageKey; text: string; pressed?: boolean; run: () => void };

/** The editor's buttons, in words a writer knows; each toggle says whether it is on (aria-pressed). */
export function EditorToolbar({ editor, active, pickMedia }: { editor: Editor; active: Active; pickMedia: (done: (id: string) => void) => void }) {
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const url = window.prompt(t('editor.linkPrompt'), previous);
    if (url === null) return;
    if (url.trim() === '') chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href: url.trim() }).run();
  };
  const addYoutube = () => {
    const url = window.prompt(t('editor.youtubePrompt'));
    if (!url) return;
    const videoId = youtubeIdOf(url);
    if (!videoId) return window.alert(t('editor.youtubeInvalid'));
    insertBlock(editor, { type: 'youtube', attrs: { videoId } });
  };
  const addImage = () => pickMedia((mediaId) => insertBlock(editor, { type: 'mediaImage', attrs: { mediaId, caption: null } }));
  const setCaption = () => {
    const current = (editor.getAttributes('mediaImage').caption as string | null) ?? '';
    const caption = window.prompt(t('editor.caption'), current);
    if (caption !== null)
      chain()
        .updateAttributes('mediaImage', { caption: caption.trim() || null })
        .run();
  };
  const tools: Tool[] = [
    { label: 'editor.bold', text: 'B', pressed: active.bold, run: () => chain().toggleBold().run() },
    { label: 'editor.italic', text: 'I', pressed: active.italic, run: () => chain().toggleItalic().run() },
    { label: 'editor.underline', text: 'U', pressed: active.underline, run: () => chain().toggleUnderline().run() },
    { label: 'editor.strike', text: 'S', pressed: active.strike, run: () => chain().toggleStrike().run() },
    { label: 'editor.h2', text: 'H2', pressed: active.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'editor.h3', text: 'H3', pressed: active.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'editor.h4', text: 'H4', pressed: active.h4, run: () => chain().toggleHeading({ level: 4 }).run() },
    { label: 'editor.bullet', text: '•', pressed: active.bullet, run: () => chain().toggleBulletList().run() },
    { label: 'editor.ordered', text: '1.', pressed: active.ordered, run: () => chain().toggleOrderedList().run() },
    { label: 'editor.quote', text: '“', pressed: active.quote, run: () => chain().toggleBlockquote().run() },
    { label: 'editor.rule', text: '—', run: () => chain().setHorizontalRule().run() },
    { label: 'editor.link', text: t('editor.link'), pressed: active.link, run: setLink },
    { label: 'editor.image', text: t('editor.image'), run: addImage },
    { label: 'editor.youtube', text: 'YouTube', run: addYoutube },
  ];
  if (active.image) tools.push({ label: 'editor.caption', text: t('editor.caption'), run: setCaption });
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {tools.map((tool) => (
        <button
          key={tool.label}
          type="button"
          className="btn-secondary"
          title={t(tool.label)}
          aria-label={t(tool.label)}
          aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
          onClick={tool.run}
        >
          {tool.text}
        </button>
      ))}
    </div>
  );
}
