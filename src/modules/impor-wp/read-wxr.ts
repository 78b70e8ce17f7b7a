import { SaxesParser } from 'saxes';
import { AppError } from '../../lib/errors.ts';

/** One author of the export (`wp:author`), shown as a byline after mapping to a person. */
export type WxrAuthor = { login: string; email: string; displayName: string };
/** A category or tag of the export. */
export type WxrTerm = { slug: string; name: string; parent: string };
/** One `<item>`: a post, page or attachment (other types are counted and skipped). */
export type WxrItem = {
  postId: number;
  postType: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  slug: string;
  /** `post_date_gmt` as an instant; null for drafts WordPress never dated ("0000-00-00"). */
  dateGmt: Date | null;
  /** `post_date` in the site's own zone, as WordPress builds `/YYYY/MM/` addresses from it. */
  postDate: string;
  parentId: number;
  attachmentUrl: string;
  categories: string[];
  tags: string[];
  meta: Record<string, string>;
};
export type WxrExport = {
  title: string;
  /** The site's address (`wp:base_site_url`), without a trailing slash: part of every item's import key. */
  siteUrl: string;
  blogUrl: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
  items: WxrItem[];
};

/** The most items one export may hold; a 200-post site has a few hundred. */
export const MAX_ITEMS = 20_000;

const emptyItem = (): WxrItem => ({
  postId: 0,
  postType: '',
  status: '',
  title: '',
  link: '',
  guid: '',
  creator: '',
  content: '',
  excerpt: '',
  slug: '',
  dateGmt: null,
  postDate: '',
  parentId: 0,
  attachmentUrl: '',
  categories: [],
  tags: [],
  meta: {},
});

function gmtDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

const trimSlash = (url: string) => url.trim().replace(/\/+$/, '');

/**
 * Reads a WordPress export (WXR 1.x). The XML goes through saxes, which never fetches anything and
 * never expands entities declared in a DTD; a file with any DOCTYPE is refused outright (WordPress
 * never writes one), so external entities (XXE) and entity bombs end in a clear error at once.
 */
export function readWxr(xml: string): WxrExport {
  const parser = new SaxesParser({ xmlns: false });
  const out: WxrExport = { title: '', siteUrl: '', blogUrl: '', authors: [], categories: [], tags: [], items: [] };
  const stack: string[] = [];
  let text = '';
  let item: WxrItem | null = null;
  let author: WxrAuthor | null = null;
  let term: (WxrTerm & { kind: 'category' | 'tag' }) | null = null;
  let metaKey = '';
  let metaValue = '';
  let itemCategory: { domain: string; nicename: string } | null = null;
  let failure: AppError | null = null;

  parser.on('doctype', () => {
    failure = new AppError('invalid', 'impor_wp.doctype_refused', 'wxr');
    throw failure;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    if (tag.name === 'item' && stack.length === 3) {
      if (out.items.length >= MAX_ITEMS) {
        failure = new AppError('invalid', 'impor_wp.too_many_items', 'wxr', { max: MAX_ITEMS });
        throw failure;
      }
      item = emptyItem();
    } else if (tag.name === 'wp:author' && !item) author = { login: '', email: '', displayName: '' };
    else if (tag.name === 'wp:category' && !item) term = { slug: '', name: '', parent: '', kind: 'category' };
    else if (tag.name === 'wp:tag' && !item) term = { slug: '', name: '', parent: '', kind: 'tag' };
    else if (tag.name === 'category' && item) {
      const attr = (n: string) => (typeof tag.attributes[n] === 'string' ? (tag.attributes[n] as string) : '');
      itemCategory = { domain: attr('domain'), nicename: attr('nicename') };
    } else if (tag.name === 'wp:postmeta') {
      metaKey = '';
      metaValue = '';
    }
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('cdata', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    const value = text;
    text = '';
    stack.pop();
    if (item) {
      const it: WxrItem = item;
      switch (name) {
        case 'item':
          out.items.push(it);
          item = null;
          return;
        case 'title':
          it.title = value.trim();
          return;
        case 'link':
          it.link = value.trim();
          return;
        case 'guid':
          it.guid = value.trim();
          return;
        case 'dc:creator':
          it.creator = value.trim();
          return;
        case 'content:encoded':
          it.content = value;
          return;
        case 'excerpt:encoded':
          it.excerpt = value.trim();
          return;
        case 'wp:post_id':
          it.postId = Number.parseInt(value, 10) || 0;
          return;
        case 'wp:post_date_gmt':
          it.dateGmt = gmtDate(value);
          return;
        case 'wp:post_date':
          it.postDate = value.trim();
          return;
        case 'wp:post_name':
          it.slug = value.trim();
          return;
        case 'wp:status':
          it.status = value.trim();
          return;
        case 'wp:post_parent':
          it.parentId = Number.parseInt(value, 10) || 0;
          return;
        case 'wp:post_type':
          it.postType = value.trim();
          return;
        case 'wp:attachment_url':
          it.attachmentUrl = value.trim();
          return;
        case 'wp:meta_key':
          metaKey = value.trim();
          return;
        case 'wp:meta_value':
          metaValue = value;
          return;
        case 'wp:postmeta':
          if (metaKey) it.meta[metaKey] = metaValue;
          return;
        case 'category':
          if (itemCategory?.domain === 'category') it.categories.push(itemCategory.nicename || value.trim());
          else if (itemCategory?.domain === 'post_tag') it.tags.push(value.trim() || itemCategory.nicename);
          itemCategory = null;
          return;
      }
      return;
    }
    if (author) {
      if (name === 'wp:author_login') author.login = value.trim();
      else if (name === 'wp:author_email') author.email = value.trim();
      else if (name === 'wp:author_display_name') author.displayName = value.trim();
      else if (name === 'wp:author') {
        out.authors.push(author);
        author = null;
      }
      return;
    }
    if (term) {
      if (name === 'wp:category_nicename' || name === 'wp:tag_slug') term.slug = value.trim();
      else if (name === 'wp:cat_name' || name === 'wp:tag_name') term.name = value.trim();
      else if (name === 'wp:category_parent') term.parent = value.trim();
      else if (name === 'wp:category' || name === 'wp:tag') {
        const { kind, ...t } = term;
        (kind === 'category' ? out.categories : out.tags).push(t);
        term = null;
      }
      return;
    }
    if (stack.length === 2 && stack[1] === 'channel') {
      if (name === 'title') out.title = value.trim();
      else if (name === 'wp:base_site_url') out.siteUrl = trimSlash(value);
      else if (name === 'wp:base_blog_url') out.blogUrl = trimSlash(value);
      else if (name === 'link' && !out.blogUrl) out.blogUrl = trimSlash(value);
    }
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    if (failure) throw failure;
    throw new AppError('invalid', 'impor_wp.xml_invalid', 'wxr', { detail: String((error as Error).message).slice(0, 200) });
  }
  if (!out.siteUrl) out.siteUrl = out.blogUrl;
  if (!out.siteUrl) throw new AppError('invalid', 'impor_wp.not_wxr', 'wxr');
  if (!out.blogUrl) out.blogUrl = out.siteUrl;
  return out;
}
