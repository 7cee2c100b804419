/** The reading memory's requests, from the popup, "Your claims" and the options page (router.ts spreads them in). */
import browser from '../../shared/browser';
import type { Handler } from '../handler';
import { follow, followed, listMemory, markSeen, recount } from './follow-up';
import { forgetAllReadings, forgetReading, getMemorySettings, prune, putMemorySettings } from './store';

type MemoryRequest =
  | 'memory:list'
  | 'memory:seen'
  | 'memory:forget'
  | 'memory:forget-all'
  | 'memory:follow'
  | 'memory:following'
  | 'memory:settings';

const changed = () => void browser.runtime.sendMessage({ type: 'memory:changed' }).catch(() => undefined);

export const memoryHandlers: { [T in MemoryRequest]: Handler<T> } = {
  'memory:list': (request) => listMemory(request.query ?? ''),
  'memory:seen': async () => {
    await markSeen();
    return { ok: true };
  },
  'memory:forget': async (request) => {
    await forgetReading(request.key);
    await recount();
    changed();
    return { ok: true };
  },
  'memory:forget-all': async () => {
    await forgetAllReadings();
    await recount();
    changed();
    return { ok: true };
  },
  'memory:follow': async (request) => ({ following: await follow(request.claim, request.follow) }),
  'memory:following': async (request) => ({ following: await followed(request.claims) }),
  'memory:settings': async (request) => {
    const current = await getMemorySettings();
    const next = {
      retentionDays: request.retentionDays ?? current.retentionDays,
      keepUrl: request.keepUrl ?? current.keepUrl,
      notify: request.notify ?? current.notify,
    };
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      await putMemorySettings(next);
      // A shorter retention applies at once.
      if (next.retentionDays < current.retentionDays) {
        await prune();
        await recount();
        changed();
      }
    }
    return next;
  },
};
