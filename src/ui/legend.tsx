/**
 * The legend of Afterword's one visual language, shown by the first-run page and, one click away,
 * by the popup. Everything it lists comes from stance.ts and status.ts: the colour groups and which
 * statuses fall in each (STATUS_GROUP), the two mark styles (MARK_STYLES) and the badge's colours
 * (BADGE_COLOURS), so a status or style added there shows up here. The samples are drawn with the
 * passages' own look (legend.css mirrors the page marks); they are decoration beside the words,
 * which carry the meaning.
 */
import type { ClaimStatus } from '../engine/index';
import {
  BADGE_COLOURS,
  MARK_STYLES,
  STATUS_GROUP,
  STATUS_GROUPS,
  type MarkStyle,
  type StatusGroup,
} from './stance';
import { statusLabel } from './status';
import { t, type StringKey } from './strings';

const GROUP_TEXT: Record<StatusGroup, StringKey> = {
  false: 'legendGroupFalse',
  mixed: 'legendGroupMixed',
  unconfirmed: 'legendGroupUnconfirmed',
  true: 'legendGroupTrue',
};

const STYLE_TEXT: Record<MarkStyle, StringKey> = {
  spreads: 'legendStyleSpreads',
  answers: 'legendStyleAnswers',
};

/** The colour the style samples are drawn in: the one whose style matters most (a claim later denied). */
const STYLE_SAMPLE_GROUP: StatusGroup = 'false';

/** The statuses a colour stands for, in words: "Denied · Rated false · Retracted". */
export function groupStatuses(group: StatusGroup): string {
  return (Object.keys(STATUS_GROUP) as ClaimStatus[])
    .filter((status) => STATUS_GROUP[status] === group)
    .map(statusLabel)
    .join(' · ');
}

/** A passage's mark as the page draws it, on a few words: decoration, hidden from assistive technology. */
export function MarkSample({ group, style }: { group: StatusGroup; style: MarkStyle }) {
  return (
    <span class="legend-sample" aria-hidden="true">
      <span class={`legend-mark legend-mark--${group} legend-mark--${style}`} data-mark={`${group}-${style}`}>
        {t('legendSampleText')}
      </span>
    </span>
  );
}

function BadgeSample({ colour, count }: { colour: string; count: number }) {
  return (
    <span class="legend-sample" aria-hidden="true">
      <span class="legend-badge" style={{ backgroundColor: colour }}>
        {count}
      </span>
    </span>
  );
}

/**
 * The legend: colours, styles, the badge, and the rule for datasets that disagree. `level` is the
 * heading level of its sections (the page it sits in decides).
 */
export function Legend({ level = 3, idPrefix = 'legend' }: { level?: 2 | 3 | 4; idPrefix?: string }) {
  const H = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <div class="legend">
      <section class="legend-part" aria-labelledby={`${idPrefix}-colour`}>
        <H id={`${idPrefix}-colour`} class="legend-heading">
          {t('legendColourTitle')}
        </H>
        <ul class="legend-list">
          {STATUS_GROUPS.map((group) => (
            <li key={group} class="legend-row" data-group={group}>
              <MarkSample group={group} style="spreads" />
              <span class="legend-words">
                <strong>{groupStatuses(group)}</strong> — {t(GROUP_TEXT[group])}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section class="legend-part" aria-labelledby={`${idPrefix}-style`}>
        <H id={`${idPrefix}-style`} class="legend-heading">
          {t('legendStyleTitle')}
        </H>
        <ul class="legend-list">
          {MARK_STYLES.map((style) => (
            <li key={style} class="legend-row" data-style={style}>
              <MarkSample group={STYLE_SAMPLE_GROUP} style={style} />
              <span class="legend-words">{t(STYLE_TEXT[style])}</span>
            </li>
          ))}
        </ul>
      </section>
      <section class="legend-part" aria-labelledby={`${idPrefix}-badge`}>
        <H id={`${idPrefix}-badge`} class="legend-heading">
          {t('legendBadgeTitle')}
        </H>
        <ul class="legend-list">
          <li class="legend-row">
            <BadgeSample colour={BADGE_COLOURS.alarm} count={2} />
            <span class="legend-words">{t('legendBadgeAlarm')}</span>
          </li>
          <li class="legend-row">
            <BadgeSample colour={BADGE_COLOURS.answered} count={1} />
            <span class="legend-words">{t('legendBadgeAnswered')}</span>
          </li>
        </ul>
        <p class="legend-note">{t('legendDisagree')}</p>
        <p class="legend-note">{t('legendWords')}</p>
      </section>
    </div>
  );
}
