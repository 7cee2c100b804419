/** The toolbar badge: how many claims this article carries, coloured by the worst of their statuses. */
import type { ClaimStatus, MatchResult } from '../engine/types';
import browser from '../shared/browser';
import { plural } from '../ui/strings';

const SEVERITY: Record<ClaimStatus, number> = {
  denied: 4,
  'rated-false': 4,
  retracted: 4,
  'rated-mixed': 3,
  unconfirmed: 2,
  confirmed: 1,
  'rated-true': 1,
};

/** Same hues as the popup's status chips (AA contrast against the white badge text). */
const COLOUR_BY_SEVERITY: Record<number, string> = {
  4: '#b42318',
  3: '#6941c6',
  2: '#b54708',
  1: '#067647',
};

export async function setBadge(tabId: number, matches: readonly MatchResult[]): Promise<void> {
  const stated = matches.filter((m) => m.kind === 'match');
  const text = stated.length > 0 ? String(stated.length) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (stated.length === 0) return;
  const worst = Math.max(...stated.map((m) => SEVERITY[m.verdict.status]));
  await browser.action.setBadgeBackgroundColor({ tabId, color: COLOUR_BY_SEVERITY[worst]! });
  if ('setBadgeTextColor' in browser.action)
    await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
  await browser.action.setTitle({ tabId, title: plural('trackedClaims', stated.length) });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: 'Afterword' });
}
