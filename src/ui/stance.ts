/**
 * One visual language for a claim on a page, shared by the highlights, the in-page card, the popup
 * and the toolbar badge: the COLOUR says what became of the claim (its status); the STYLE of the
 * mark says what this article does with it. An article that states a claim or passes it on spreads
 * it; one that reports its denial or debunks it answers it, and is never drawn like one that spreads
 * it. Pure: words come from the UI strings, nothing else is looked up.
 */
import type { ClaimStatus, MatchKind, Stance } from '../engine/index';
import { t, type StringKey } from './strings';

export { STATUS_GROUP, STATUS_GROUPS, statusGroup, statusSeverity, type StatusGroup } from './severity';
import { statusGroup, STATUS_GROUPS } from './severity';

/**
 * What the article does with the claim, as the mark draws it: "spreads" (states it as fact, or
 * passes it on attributed to others: a tinted fill and a single underline) or "answers" (reports
 * the denial, or debunks it: no fill, a double underline).
 */
export type MarkStyle = 'spreads' | 'answers';

export const MARK_STYLES: readonly MarkStyle[] = ['spreads', 'answers'];

const STYLE_OF_STANCE: Record<Stance, MarkStyle> = {
  asserts: 'spreads',
  hedged: 'spreads',
  'reports-denial': 'answers',
  debunks: 'answers',
};

/** A stance this version does not know yet is drawn as spreading: never calmer than it may be. */
export function markStyle(stance: Stance): MarkStyle {
  return STYLE_OF_STANCE[stance] ?? 'spreads';
}

/** The look of a passage's mark: a class in src/content/marks.css, one per status colour and mark style. */
export function highlightName(status: ClaimStatus, stance: Stance): string {
  const group = statusGroup(status);
  return markStyle(stance) === 'answers' ? `afterword-${group}-answers` : `afterword-${group}`;
}

/** Every name highlightName() can return: the looks marks.css styles. */
export const HIGHLIGHT_NAMES: readonly string[] = STATUS_GROUPS.flatMap((g) => [
  `afterword-${g}`,
  `afterword-${g}-answers`,
]);

/**
 * The toolbar badge's colours (AA contrast against the white badge text), the same hues as the
 * status chips. ALARM is used only when isAlarm() holds for some claim of the article. Kept here,
 * beside the marks, so the legend shows the very colours the badge takes.
 */
export const BADGE_COLOURS = {
  alarm: '#b42318',
  mixed: '#6941c6',
  unconfirmed: '#b54708',
  true: '#067647',
  /** A claim later denied or rated false that the article itself answers: no alarm, a calm slate. */
  answered: '#344054',
} as const;

/** The parts of a match the alarm rule reads. */
export interface AlarmInput {
  kind: MatchKind;
  stance: Stance;
  verdict: { status: ClaimStatus };
}

/**
 * The alarm: the article states or passes on (a stated match that spreads it) a claim that was later
 * denied, rated false or retracted. Reporting the denial or debunking the claim is not an alarm.
 */
export function isAlarm(match: AlarmInput): boolean {
  return (
    match.kind === 'match' &&
    markStyle(match.stance) === 'spreads' &&
    statusGroup(match.verdict.status) === 'false'
  );
}

const STANCE_LABEL: Record<Stance, StringKey> = {
  asserts: 'stanceAsserts',
  hedged: 'stanceHedged',
  'reports-denial': 'stanceReportsDenial',
  debunks: 'stanceDebunks',
};

/** "This article reports the denial"; falls back to the raw value so a newer engine value still shows something. */
export const stanceLabel = (s: Stance): string => (STANCE_LABEL[s] ? t(STANCE_LABEL[s]) : String(s));
