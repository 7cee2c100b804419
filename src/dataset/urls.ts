/**
 * Which URLs a dataset may carry. The popup links to sources, so a URL is something a reader may
 * click: only https (http only on the loopback address, for local test servers), never
 * javascript:, data: or credentials in the URL.
 */
import { LIMITS } from './limits';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function urlProblem(value: string): string | undefined {
  if (value.length > LIMITS.url) return `must be at most ${LIMITS.url} characters`;
  if (value !== value.trim()) return 'must not start or end with spaces';
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return 'must be an absolute https:// URL';
  }
  if (u.protocol === 'http:' && !LOOPBACK.has(u.hostname))
    return 'must be an https:// URL (http:// only for localhost)';
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `must be an https:// URL, not ${u.protocol}`;
  if (u.username || u.password) return 'must not carry a user name or password';
  return undefined;
}

export const isAcceptedUrl = (value: string): boolean => urlProblem(value) === undefined;

/**
 * An address as a reader types it, made absolute: "example.org/feed.json" gets "https://" (the
 * only scheme a remote source may use), "//example.org/x" gets "https:". An address that already
 * names a scheme ("http://localhost:8080/…", "ftp://…") is left as it is, for urlProblem to judge;
 * "localhost:8080/x" is a host with a port, not a scheme, and gets "https://" too.
 */
export function withScheme(value: string): string {
  const v = value.trim();
  if (v === '' || /^[a-z][a-z\d+.-]*:\/\//i.test(v)) return v;
  if (v.startsWith('//')) return `https:${v}`;
  // "javascript:…", "data:…", "mailto:…": a scheme without "//" is no web address; leave it to be refused.
  if (/^[a-z][a-z\d+.-]*:(?!\d)/i.test(v)) return v;
  return `https://${v}`;
}
