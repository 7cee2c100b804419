/**
 * The article's title, publication date, outlet and language, read the way news sites publish
 * them: JSON-LD (schema.org NewsArticle) first, then Open Graph and article:* meta tags, then the
 * page's own <time> and <h1>. Only values the page states are returned; nothing is guessed. Each is
 * held to its limit (limits.ts): a 10 MB og:title is cut to a headline's length here.
 */
import { clipText, PAGE_LIMITS } from './limits';

export interface ArticleMetadata {
  title?: string;
  published?: string;
  modified?: string;
  outlet?: string;
  language?: string;
}

interface LdArticle {
  headline?: unknown;
  name?: unknown;
  datePublished?: unknown;
  dateModified?: unknown;
  publisher?: unknown;
  inLanguage?: unknown;
  '@type'?: unknown;
  '@graph'?: unknown;
}

const ARTICLE_TYPE = /Article|BlogPosting/;

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function isArticle(node: LdArticle): boolean {
  const t = node['@type'];
  return (
    (typeof t === 'string' && ARTICLE_TYPE.test(t)) ||
    (Array.isArray(t) && t.some((x) => typeof x === 'string' && ARTICLE_TYPE.test(x)))
  );
}

function findLdArticle(value: unknown, depth = 0): LdArticle | undefined {
  if (depth > 4 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findLdArticle(v, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const node = value as LdArticle;
  if (isArticle(node)) return node;
  return findLdArticle(node['@graph'], depth + 1);
}

/** Characters of one JSON-LD block read at most: a news page's is a few KB; larger ones are not article metadata. */
export const MAX_JSON_LD_CHARS = 200_000;

/**
 * The page's JSON-LD blocks, parsed (JSON.parse is linear in its input, whatever the input), each
 * only when asked for: the first block describing the article usually ends the search.
 */
export function* jsonLdBlocks(doc: Document): Generator<unknown> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let block: unknown;
    try {
      block = JSON.parse(text);
    } catch {
      // Broken JSON-LD is common, most often raw line breaks inside strings: read again without
      // control characters (outside strings they are only white space). Else the meta tags apply.
      try {
        // eslint-disable-next-line no-control-regex -- control characters are what is removed
        block = JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    yield block;
  }
}

function readJsonLd(doc: Document): LdArticle | undefined {
  for (const block of jsonLdBlocks(doc)) {
    const found = findLdArticle(block);
    if (found) return found;
  }
  return undefined;
}

function meta(doc: Document, selector: string): string | undefined {
  return str(doc.querySelector(selector)?.getAttribute('content'));
}

export function readMetadata(doc: Document, root?: Element): ArticleMetadata {
  const ld = readJsonLd(doc);
  const publisher = ld?.publisher as { name?: unknown } | undefined;
  const time = (root ?? doc).querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const h1 = (root?.querySelector('h1') ?? doc.querySelector('h1'))?.textContent?.replace(/\s+/g, ' ').trim();
  const out: ArticleMetadata = {
    title:
      str(ld?.headline) ??
      meta(doc, 'meta[property="og:title"]') ??
      (h1 || undefined) ??
      (doc.title.trim() || undefined),
    published:
      str(ld?.datePublished) ??
      meta(doc, 'meta[property="article:published_time"]') ??
      meta(doc, 'meta[itemprop="datePublished"]') ??
      meta(doc, 'meta[name="date"]') ??
      str(time),
    modified: str(ld?.dateModified) ?? meta(doc, 'meta[property="article:modified_time"]'),
    outlet: meta(doc, 'meta[property="og:site_name"]') ?? str(publisher?.name),
    language:
      doc.documentElement.getAttribute('lang')?.trim() ||
      str(ld?.inLanguage) ||
      meta(doc, 'meta[property="og:locale"]'),
  };
  if (out.title !== undefined) out.title = clipText(out.title, PAGE_LIMITS.titleChars).trimEnd();
  if (out.outlet !== undefined) out.outlet = clipText(out.outlet, PAGE_LIMITS.outletChars).trimEnd();
  // A cut date or language tag would be a wrong one: dropped instead.
  for (const key of ['published', 'modified'] as const)
    if ((out[key]?.length ?? 0) > PAGE_LIMITS.dateChars) out[key] = undefined;
  if ((out.language?.length ?? 0) > PAGE_LIMITS.languageChars) out.language = undefined;
  for (const key of Object.keys(out) as (keyof ArticleMetadata)[])
    if (out[key] === undefined) delete out[key];
  return out;
}
