/** Orders a claim's events and places "This article" among them. Pure, for the Timeline component. */
import { chronological, type ClaimEvent } from '../engine/index';
import { calendarDate, compareDates, isoDay, offsetFromArticle, type Offset } from '../ui/relative-time';

export type TimelineItem =
  | {
      kind: 'event';
      event: ClaimEvent;
      /** <time datetime> value at the date's precision, or null when the date can't be read. */
      day: string | null;
      offset: Offset | null;
    }
  | { kind: 'article'; day: string };

/**
 * Every event in the engine's chronological order (same-day events keep the dataset's order;
 * unreadable dates go last), with the article placed after the events of its own day (or month,
 * for a month-precise event) and before later ones. Without a readable article date there is no
 * article item and no offsets.
 */
export function buildTimeline(events: readonly ClaimEvent[], published: string | undefined): TimelineItem[] {
  const articleDate = calendarDate(published);
  const items: TimelineItem[] = chronological(events).map((event) => {
    const d = calendarDate(event.date);
    return {
      kind: 'event',
      event,
      day: d ? isoDay(d) : null,
      offset: published && d ? offsetFromArticle(event.date, published) : null,
    };
  });
  if (!articleDate) return items;
  const at = items.findIndex((it) => {
    if (it.kind !== 'event') return false;
    const d = calendarDate(it.event.date);
    return !d || compareDates(d, articleDate) > 0;
  });
  const marker: TimelineItem = { kind: 'article', day: isoDay(articleDate) };
  if (at === -1) items.push(marker);
  else items.splice(at, 0, marker);
  return items;
}
