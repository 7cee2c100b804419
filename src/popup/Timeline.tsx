import type { ClaimEvent, Source } from '../engine/index';
import type { PageInfo } from '../shared/messages';
import { actorLine, formatDate, safeHref } from '../ui/format';
import { calendarDate, describeOffset } from '../ui/relative-time';
import { t } from '../ui/strings';
import { eventLabel } from './labels';
import { buildTimeline } from './timeline';

function DateText({ iso }: { iso: string }) {
  // <time datetime> only for a valid ISO date; anything else is shown as the text it is.
  return calendarDate(iso) ? <time datetime={iso}>{formatDate(iso)}</time> : <span>{iso}</span>;
}

function SourceLine({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return (
    <p class="tl-source">
      <span class="tl-source-label">{t('sourceLabel')}</span>{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.outlet}
          <span class="sr-only"> {t('opensInNewTab')}</span>
        </a>
      ) : (
        <span>{source.outlet}</span>
      )}
      {source.via ? <span class="tl-via"> {t('sourceVia', source.via)}</span> : null}
    </p>
  );
}

function EventItem({ event, offsetText }: { event: ClaimEvent; offsetText: string | null }) {
  return (
    <li class={`tl-item tl-event tl-event--${event.type}`}>
      <p class="tl-meta">
        <DateText iso={event.date} />
        {offsetText ? <span class="tl-offset">{offsetText}</span> : null}
      </p>
      <p class="tl-what">
        <span class="tl-type">{eventLabel(event.type)}</span>
        {event.rating ? <span class="tl-rating"> · {event.rating.label}</span> : null}
      </p>
      {event.actor ? <p class="tl-actor">{actorLine(event.actor)}</p> : null}
      {event.quote ? <p class="tl-quote">{t('quoted', event.quote)}</p> : null}
      {event.note ? <p class="tl-note">{event.note}</p> : null}
      <SourceLine source={event.source} />
    </li>
  );
}

/**
 * The claim's events in date order with "This article" placed at the page's publication date.
 * Without a page (a look-up result) the events stand alone, dated, with no offsets.
 */
export function Timeline({
  events,
  page,
  labelId,
}: {
  events: readonly ClaimEvent[];
  page?: PageInfo;
  labelId: string;
}) {
  const items = buildTimeline(events, page?.published);
  const dated = items.some((it) => it.kind === 'article');
  return (
    <div class="tl">
      <p id={labelId} class="sr-only">
        {t(page ? 'timelineLabel' : 'timelineLabelLookup')}
      </p>
      {dated || !page ? null : <p class="tl-undated">{t('articleDateUnknown')}</p>}
      <ol class="tl-list" aria-labelledby={labelId}>
        {items.map((item, i) =>
          item.kind === 'article' ? (
            <li key="article" class="tl-item tl-article">
              <p class="tl-meta">
                <time datetime={page?.published}>{formatDate(item.day)}</time>
              </p>
              <p class="tl-what">
                <span class="tl-type">{t('thisArticle')}</span>
                {page?.outlet ? <span class="tl-outlet"> · {page.outlet}</span> : null}
              </p>
            </li>
          ) : (
            <EventItem
              key={i}
              event={item.event}
              offsetText={item.offset ? describeOffset(item.offset) : null}
            />
          ),
        )}
      </ol>
    </div>
  );
}
