/**
 * What the reader is told about a claim that changed since they read it: "Denied 1 day after you
 * read it on Euro Weekly News — by Aydos Sarym (member of the Majilis)." The status is the one in
 * the data in use now; the time is counted from the day they read it (its calendar day where they
 * are), or when the decision predates the reading (the data had not caught up), its own date.
 */
import type { MemoryEntry } from '../shared/messages';
import { formatDate } from './format';
import { calendarDate, offsetForDays, calendarDaysBetween } from './relative-time';
import { statusLabel } from './status';
import { plural, t } from './strings';
import { decidingActors, whoText } from './verdict-sentence';

/** The reader's calendar day of `ms`, as an ISO date ("2022-09-14"). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * When the decision came, relative to the day the claim was read ("1 day after you read it"); its
 * date when it came before (the data had not caught up: "on 15 September 2022, before you read it");
 * "since you read it" when the data give no date.
 */
export function whenSinceRead(decided: string | undefined, readAt: number): string {
  const event = calendarDate(decided);
  if (!decided || !event) return t('sinceSinceRead');
  const read = calendarDate(localDay(readAt))!;
  const days = event.precision === 'day' ? calendarDaysBetween(read, event) : null;
  if (days === null || days < 0) {
    const key =
      event.precision === 'day' ? 'whenOnDate' : event.precision === 'month' ? 'whenInMonth' : 'whenInYear';
    return t('sinceBeforeRead', t(key, formatDate(decided)));
  }
  const offset = offsetForDays(days);
  if (offset.direction === 'same-day') return t('sinceSameDay');
  switch (offset.unit) {
    case 'day':
      return plural('sinceDaysAfter', offset.count);
    case 'month':
      return plural('sinceMonthsAfter', offset.count);
    case 'year':
      return plural('sinceYearsAfter', offset.count);
  }
}

/** Where the claim was read: the outlet's name, else the site. */
export function whereRead(entry: Pick<MemoryEntry, 'article'>): string | null {
  return entry.article?.outlet?.trim() || entry.article?.site || null;
}

/** The sentence for a changed claim ("Denied 1 day after you read it on … — by …."). */
export function sinceSentence(entry: MemoryEntry): string {
  if (entry.now === 'unavailable' || !entry.current) return t('sinceUnavailable');
  const { claim, verdict } = entry.current;
  const verb = statusLabel(entry.now);
  const when =
    entry.now === 'unconfirmed'
      ? t('sinceSinceRead')
      : whenSinceRead(verdict.decidingEvent?.date, entry.readAt);
  const head = t('sinceVerbWhen', verb, when);
  const where = whereRead(entry);
  const who = entry.now === 'unconfirmed' ? null : whoText(decidingActors(claim, verdict));
  if (where && who) return t('sinceWhereWho', head, where, who);
  if (where) return t('sinceWhere', head, where);
  if (who) return t('sinceWho', head, who);
  return t('sinceAlone', head);
}

/** "You read it on 14 September 2022 on Euro Weekly News: unconfirmed then." — the "then" of then → now. */
export function thenSentence(entry: MemoryEntry): string {
  const day = formatDate(localDay(entry.readAt));
  const where = whereRead(entry);
  const status = statusLabel(entry.shown.status);
  if (!entry.article) return t('thenFollowed', day, status);
  return where ? t('thenReadWhere', day, where, status) : t('thenRead', day, status);
}
