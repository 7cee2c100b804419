/**
 * How much of a page is ever read, and sent to the background. Pages are untrusted (a reader reads
 * state media, and any site can be hostile): one page must not make the content script, the
 * background or another tab's results pay for a 20 MB text node or a 10 MB og:title. The content
 * script holds every field to these limits before sending; the background checks them again
 * (src/shared/protocol.ts) and refuses a request over them. Each is well above what a real article
 * needs, so nothing a reader would notice is ever cut.
 */
export const PAGE_LIMITS = {
  /** Characters of an article's text: ~40k words, far beyond any article, bounded for hostile pages. */
  articleChars: 400_000,
  /**
   * Characters of a headline. Headlines run under 200 characters; some sites put the lead into
   * og:title too. A longer one is cut, not dropped: its start is still the headline.
   */
  titleChars: 1_000,
  /** Characters of an outlet's name: the dataset format's limit for the same field (LIMITS.shortText). */
  outletChars: 300,
  /**
   * Characters of a publication date as a page writes it: an ISO 8601 date-time is at most ~35, a
   * date in words with a zone name ~70. A longer one is dropped (a cut date would be a wrong date).
   */
  dateChars: 128,
  /** Characters of a language tag (RFC 5646 §4.4.1 asks for at least 35). A longer one is dropped. */
  languageChars: 35,
  /**
   * Characters of the page's address. Most servers refuse a request line over 8 KiB (nginx's and
   * Apache's default), so no page a reader loaded from a server has a longer address worth keeping;
   * a longer one (a huge #fragment) is cut.
   */
  urlChars: 8_192,
} as const;

/** `text` cut to at most `max` characters, never between the two halves of a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The fields of a page's description, each held to its limit: long text cut, long dates and tags dropped. */
export function boundPage<
  T extends { url: string; title?: string; published?: string; outlet?: string; language?: string },
>(page: T): T {
  const out: T = { ...page, url: clipText(page.url, PAGE_LIMITS.urlChars) };
  if (page.title !== undefined) out.title = clipText(page.title, PAGE_LIMITS.titleChars).trimEnd();
  if (page.outlet !== undefined) out.outlet = clipText(page.outlet, PAGE_LIMITS.outletChars).trimEnd();
  if (page.published !== undefined && page.published.length > PAGE_LIMITS.dateChars) delete out.published;
  if (page.language !== undefined && page.language.length > PAGE_LIMITS.languageChars) delete out.language;
  return out;
}
