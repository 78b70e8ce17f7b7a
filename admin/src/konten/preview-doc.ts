import { currentLang } from '../i18n.ts';

/**
 * The preview (the item page's title and article, as the site renders them) as a page of its own
 * for a sandboxed `srcdoc` frame: the site's stylesheet and page frame (`.wrap`, `main`), links
 * opening outside the frame, and no script (the sandbox forbids them anyway).
 */
export function previewDocument(body: string): string {
  return `<!doctype html><html lang="${currentLang()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/site.css"><base target="_blank"></head><body><div class="wrap"><main id="isi">${body}</main></div></body></html>`;
}
