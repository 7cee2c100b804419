/**
 * What the toolbar button says about a tab, as plain data (badge.ts applies it): the count on the
 * badge, its colour, and a tooltip that tells every state apart — not read yet, not an article,
 * paused on this site, no tracked claims, related claims only, N claims, N claims of which some are
 * spread by this article although they were later denied or rated false.
 */
import type { ClaimStatus } from '../engine/index';
import type { TabState } from '../shared/messages';
import { siteOf } from '../shared/settings';
import { BADGE_COLOURS, isAlarm, statusGroup, type AlarmInput } from '../ui/stance';
import { plural, t } from '../ui/strings';

export { BADGE_COLOURS };

/** The tooltip while a tab has not been read (loading, or a page the content script does not run on). */
export const IDLE_TITLE = 'Afterword';

export type BadgeColour = (typeof BADGE_COLOURS)[keyof typeof BADGE_COLOURS];

export interface ToolbarView {
  /** The badge's text: the number of claims the article states, or '' for none. */
  text: string;
  /** The badge's colour when it has text. */
  color: BadgeColour | null;
  title: string;
}

/** Without an alarm, the colour of the most serious remaining status; answered false claims rank lowest. */
const RANK: Record<Exclude<keyof typeof BADGE_COLOURS, 'alarm'>, number> = {
  mixed: 3,
  unconfirmed: 2,
  true: 1,
  answered: 0,
};

/** A stated claim that is no alarm and later denied or rated false is one the article answers. */
function calmColour(status: ClaimStatus): Exclude<keyof typeof BADGE_COLOURS, 'alarm'> {
  const group = statusGroup(status);
  return group === 'false' ? 'answered' : group;
}

/** What the badge reads of a match: whether it is stated, its stance and its status. */
type Scored = AlarmInput;

/**
 * The badge colour for an article's claims: the alarm only when the article states or passes on a
 * claim that was later denied, rated false or retracted; otherwise the hue of its most serious
 * other claim. Null when it states none.
 */
export function badgeColour(matches: readonly Scored[]): BadgeColour | null {
  const stated = matches.filter((m) => m.kind === 'match');
  if (stated.length === 0) return null;
  if (stated.some(isAlarm)) return BADGE_COLOURS.alarm;
  let best = calmColour(stated[0]!.verdict.status);
  for (const m of stated.slice(1)) {
    const c = calmColour(m.verdict.status);
    if (RANK[c] > RANK[best]) best = c;
  }
  return BADGE_COLOURS[best];
}

/** No count on the badge, only the tooltip. */
const none = (title: string): ToolbarView => ({ text: '', color: null, title });

/** The badge and tooltip for a tab in `state`. */
export function toolbarView(state: TabState): ToolbarView {
  switch (state.state) {
    case 'idle':
      return none(IDLE_TITLE);
    case 'not-article':
      return none(t('toolbarNotArticle'));
    case 'paused':
      return none(t('toolbarPaused', siteOf(state.page.url) ?? state.page.url));
    case 'scanned':
      return articleView(state.matches);
  }
}

/**
 * The page's count in words for its live region ("Afterword: 3 tracked claims in this article"):
 * the distinct claims its articles state, as the content script counts its passages' claims. Worded
 * here and sent with the scan's answer: worded in the page, it cost the page's main thread the
 * extension's messages (its first i18n.getMessage, 15–19 ms in a CPU profile of the content script
 * on the 10,000-word benchmark article) and Intl's plural rules.
 */
export function countSaid(matches: readonly { kind: string; claimId: string }[]): string {
  const stated = new Set(matches.filter((m) => m.kind === 'match').map((m) => m.claimId));
  return plural('trackedClaims', stated.size);
}

/** The badge and tooltip for an article's results. */
export function articleView(matches: readonly Scored[]): ToolbarView {
  const stated = matches.filter((m) => m.kind === 'match');
  if (stated.length === 0) {
    const related = matches.filter((m) => m.kind === 'related').length;
    return none(related > 0 ? plural('toolbarRelatedOnly', related) : t('toolbarNoClaims'));
  }
  const alarms = stated.filter(isAlarm).length;
  const count = plural('trackedClaims', stated.length);
  return {
    text: String(stated.length),
    color: badgeColour(stated),
    title: alarms > 0 ? plural('toolbarAlarm', alarms, count) : count,
  };
}
