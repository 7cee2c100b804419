/**
 * The extension's CSP (manifest.json: connect-src 'self' https: and loopback http) makes the
 * browser refuse a redirect to any other address before it is requested; fetch then only says
 * "failed". The securitypolicyviolation event names the URL the request started from, which is
 * how a refused redirect is told apart from a network failure. The event comes a moment after
 * the rejection, so the check waits briefly for it.
 */
const blocked = new Map<string, number>();
/** A violation is matched to a failure within this window. */
const MATCH_WINDOW_MS = 10_000;
/** How long to wait for the event after fetch rejected (it is queued as a task, not a microtask). */
const EVENT_WAIT_MS = 100;

interface ViolationTarget {
  addEventListener?: (
    type: 'securitypolicyviolation',
    listener: (event: { blockedURI?: string }) => void,
  ) => void;
}

/** Registers the listener once, at the worker's start. */
export function watchCspViolations(target: ViolationTarget = globalThis as ViolationTarget): void {
  target.addEventListener?.('securitypolicyviolation', (event) => {
    if (event.blockedURI) blocked.set(event.blockedURI, Date.now());
  });
}

/** Whether a request that started at `url` was just refused by the CSP. */
export async function blockedByPolicy(url: string): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, EVENT_WAIT_MS));
  const at = blocked.get(url);
  if (at === undefined || Date.now() - at > MATCH_WINDOW_MS) return false;
  blocked.delete(url);
  return true;
}
