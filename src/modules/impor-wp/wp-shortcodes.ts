const knownShortcodes = new Set([
  'gallery',
  'audio',
  'video',
  'playlist',
  'embed',
  'caption',
  'wp_caption',
  'contact-form-7',
  'contact-form',
  'su_button',
  'vc_row',
  'vc_column',
  'vc_column_text',
  'et_pb_section',
  'et_pb_row',
  'et_pb_column',
  'et_pb_text',
  'pdf-embedder',
  'iframe',
]);

/**
 * WordPress shortcodes are not HTML: before the body is parsed, `[caption]` becomes a figure with
 * its caption, an `[embed]` or a lone YouTube address (how WordPress and Gutenberg embed videos)
 * becomes an iframe the converter turns into a YouTube node, and any other shortcode is dropped
 * with its brackets (its inner text kept) and noted.
 */
export function prepareWpHtml(html: string): { html: string; notes: string[] } {
  const notes = new Set<string>();
  let out = html.replace(/\[(?:wp_)?caption[^\]]*\]([\s\S]*?)\[\/(?:wp_)?caption\]/gi, (_m, inner: string) => {
    // WordPress puts the image (maybe in a link) first and the caption text after it.
    const img = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(inner);
    if (!img) return inner;
    return `<figure>${img[0]}<figcaption>${inner.slice(img.index + img[0].length).trim()}</figcaption></figure>`;
  });
  const youtube = (url: string) => {
    const id = /(?:youtube\.com\/(?:watch\?(?:.*&)?v=|shorts\/|embed\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/.exec(url)?.[1];
    return id ? `<iframe src="https://www.youtube.com/embed/${id}"></iframe>` : null;
  };
  out = out.replace(/\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_m, url: string) => youtube(url) ?? `<p><a href="${url.trim()}">${url.trim()}</a></p>`);
  out = out.replace(/(^|>|\n)\s*(https?:\/\/(?:www\.)?(?:youtube\.com|youtu\.be)\/[^\s<"]+)\s*(?=<|\n|$)/g, (m, lead: string, url: string) => {
    const frame = youtube(url);
    return frame ? `${lead}${frame}` : m;
  });
  out = out.replace(/\[\/?([a-z][a-z0-9_-]*)(\s[^\]]*)?\]/g, (m, name: string, attrs: string | undefined) => {
    // Brackets in ordinary text ("[1]", "[sic]") are not shortcodes: only known names, or a name with attributes.
    if (!knownShortcodes.has(name) && !attrs?.includes('=')) return m;
    notes.add(name === 'gallery' ? 'gallery_removed' : 'shortcode_removed');
    return '';
  });
  return { html: out, notes: [...notes] };
}
