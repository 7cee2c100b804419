/**
 * Addresses → what identifies an outlet: the registrable domain of a host (by the Public Suffix
 * List, through tldts, so "news.bbc.co.uk" is "bbc.co.uk" and "foo.blogspot.com" stays itself),
 * and the handle in the address of a page on a social platform (t.me/yellow_folder →
 * "@yellow_folder"). Pure: no DOM, no network.
 */
import { getDomain } from 'tldts';

/**
 * Private suffixes (blogspot.com, github.io) count as suffixes: a blog on one of them is its own
 * outlet, not the hosting company's.
 */
const PSL_OPTIONS = { allowPrivateDomains: true } as const;

/**
 * Platforms that host many outlets under one domain, and where each puts an account's handle in
 * a page's path. A domain here never identifies an outlet by itself: the handle does.
 */
interface Platform {
  /** The segment before the handle, when the handle is not the first segment. */
  after?: string;
  /** The handle's segment must start with "@" (and the "@" is not part of the name). */
  at?: boolean;
}

export const SOCIAL_PLATFORMS: Readonly<Record<string, Platform>> = {
  't.me': {},
  'telegram.me': {},
  'x.com': {},
  'twitter.com': {},
  'facebook.com': {},
  'instagram.com': {},
  'threads.net': { at: true },
  'threads.com': { at: true },
  'youtube.com': { at: true },
  'tiktok.com': { at: true },
  'vk.com': {},
  'ok.ru': { after: 'group' },
  'bsky.app': { after: 'profile' },
  'linkedin.com': { after: 'company' },
  'medium.com': { at: true },
};

/** Telegram's addresses: a page there belongs to a Telegram channel, not to a social network account. */
export const TELEGRAM_DOMAINS: ReadonlySet<string> = new Set(['t.me', 'telegram.me']);

/**
 * First path segments that are a platform's own pages, never an account ("x.com/search",
 * "t.me/s/<handle>" is handled apart, "facebook.com/groups/…" names a group by number or name).
 */
const NOT_HANDLES = new Set([
  'about',
  'explore',
  'hashtag',
  'home',
  'i',
  'intent',
  'login',
  'messages',
  'notifications',
  'privacy',
  'search',
  'settings',
  'share',
  'sharer',
  'sharer.php',
  'share.php',
  'story.php',
  'permalink.php',
  'photo.php',
  'watch',
  'groups',
  'pages',
  'events',
  'p',
  'reel',
  'reels',
  'tv',
  'stories',
  'joinchat',
  'addstickers',
  'embed',
  'feed',
  'results',
  'shorts',
  'channel',
  'c',
  'user',
  'video',
  'tag',
]);

/** A handle's characters on every platform above (Telegram and X allow fewer; YouTube also "." and "-"). */
export const HANDLE_PATTERN = /^@[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

function hostOf(urlOrHost: string): string | undefined {
  const s = urlOrHost.trim();
  if (s === '') return undefined;
  try {
    return new URL(s.includes('://') ? s : `https://${s}`).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** The registrable domain of a URL or host name ("https://www.tass.com/x" → "tass.com"); none for IPs and bare suffixes. */
export function registrableDomain(urlOrHost: string): string | undefined {
  const host = hostOf(urlOrHost);
  if (!host) return undefined;
  return getDomain(host, PSL_OPTIONS) ?? undefined;
}

export const isSocialPlatform = (domain: string): boolean => Object.hasOwn(SOCIAL_PLATFORMS, domain);

/** A handle compared without case: Telegram, X and YouTube handles ignore it. */
export const handleKey = (handle: string): string => handle.toLowerCase();

/**
 * The account a social page belongs to, as a handle with "@" ("https://t.me/s/yellow_folder/123" →
 * "@yellow_folder"); undefined for other pages and for a platform's own pages.
 */
export function handleFromUrl(url: string): { platform: string; handle: string } | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const platform = getDomain(u.hostname, PSL_OPTIONS);
  if (!platform || !isSocialPlatform(platform)) return undefined;
  const rule = SOCIAL_PLATFORMS[platform]!;
  let segments = u.pathname.split('/').filter(Boolean);
  // Telegram's web preview of a channel: t.me/s/<handle>.
  if (TELEGRAM_DOMAINS.has(platform) && segments[0] === 's') segments = segments.slice(1);
  if (rule.after !== undefined) {
    if (segments[0]?.toLowerCase() !== rule.after) return undefined;
    segments = segments.slice(1);
  }
  let name = segments[0];
  if (name === undefined) return undefined;
  try {
    name = decodeURIComponent(name);
  } catch {
    return undefined;
  }
  if (rule.at) {
    if (!name.startsWith('@')) return undefined;
    name = name.slice(1);
  }
  if (NOT_HANDLES.has(name.toLowerCase())) return undefined;
  const handle = `@${name}`;
  return HANDLE_PATTERN.test(handle) ? { platform, handle } : undefined;
}
