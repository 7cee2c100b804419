/**
 * Access to a dataset's site. Downloading from the background needs either the reader's permission
 * for that site (an optional host permission, asked for when the source is added: the browser
 * only asks during a click) or the site allowing any origin (CORS, as most data hosts do).
 */
import browser from '../../shared/browser';

/** "https://data.example/x.json" → "https://data.example/*" (ports are not part of a match pattern). */
export function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/**
 * Asks for the site's permission. Call it first thing in a click or submit handler. Resolves true
 * when granted (or already held), false when refused; never rejects. A browser may leave the
 * prompt open indefinitely, so callers must not wait for this before doing the rest.
 */
export function requestSiteAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return Promise.resolve(false);
  try {
    return Promise.resolve(browser.permissions.request({ origins: [pattern] })).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
