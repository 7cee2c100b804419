/**
 * What each running check is doing, for the options page: kept in memory (a stopped worker's
 * checks are over anyway; the store's `runningSince` tells the next start) and announced to open
 * extension pages as a BackgroundEvent, progress at most every PROGRESS_INTERVAL_MS.
 */
import browser from '../../shared/browser';
import type { BackgroundEvent, SourceView, UpdatePhase } from '../../shared/messages';
import { PROGRESS_INTERVAL_MS } from './policy';

type Running = NonNullable<SourceView['running']>;

const running = new Map<string, Running>();
const lastSent = new Map<string, number>();

export function runningState(sourceId: string): Running | undefined {
  return running.get(sourceId);
}

/** Tells open pages something changed; no page open is not an error. */
export function announce(sourceId?: string): void {
  const event: BackgroundEvent = { type: 'sources:changed', ...(sourceId ? { sourceId } : {}) };
  const state = sourceId ? running.get(sourceId) : undefined;
  if (state) event.running = state;
  try {
    void Promise.resolve(browser.runtime.sendMessage(event)).catch(() => undefined);
  } catch {
    // No extension API (unit tests without it): nobody to tell.
  }
}

export function setPhase(sourceId: string, phase: UpdatePhase): void {
  running.set(sourceId, { phase });
  announce(sourceId);
}

export function setProgress(
  sourceId: string,
  received: number,
  total: number | undefined,
  now: number,
): void {
  running.set(sourceId, { phase: 'downloading', received, ...(total !== undefined ? { total } : {}) });
  if (now - (lastSent.get(sourceId) ?? 0) < PROGRESS_INTERVAL_MS && received !== total) return;
  lastSent.set(sourceId, now);
  announce(sourceId);
}

export function finish(sourceId: string): void {
  running.delete(sourceId);
  lastSent.delete(sourceId);
  announce(sourceId);
}
