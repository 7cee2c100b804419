/**
 * One remembered claim, then → now, as the popup's "Since you read it" and the "Your claims" page
 * show it: the claim, what the reader was shown and where, and how it stands now in words (never by
 * colour alone), with any dataset in use that says otherwise. Every piece of dataset and page text
 * is a text node.
 */
import type { ComponentChildren } from 'preact';
import type { MemoryEntry } from '../shared/messages';
import { sinceSentence, thenSentence } from './since-read';
import { statusLabel, statusTone } from './status';
import { t } from './strings';

export function MemoryItem({ entry, children }: { entry: MemoryEntry; children?: ComponentChildren }) {
  const titleId = `memory-${entry.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const tone = entry.now === 'unavailable' ? 'unconfirmed' : statusTone(entry.now);
  return (
    <li class={`memory-item tone--${tone}`} aria-labelledby={titleId} data-memory={entry.key}>
      <p class="memory-claim" id={titleId}>
        {entry.unseen ? <span class="memory-new">{t('sinceNew')}</span> : null}
        {entry.claimText}
      </p>
      <p class="memory-then">{thenSentence(entry)}</p>
      <p class="memory-now">
        <span class={`chip chip--${tone}`}>
          <span class="chip-dot" aria-hidden="true" />
          {entry.now === 'unavailable' ? t('claimsGone') : statusLabel(entry.now)}
        </span>{' '}
        <span>{entry.changed || entry.now === 'unavailable' ? sinceSentence(entry) : null}</span>
      </p>
      {entry.disagreeing.length > 0 ? (
        <ul class="memory-disagree">
          {entry.disagreeing.map((d) => (
            <li key={d.datasetId}>{t('claimsDisagree', d.datasetTitle, statusLabel(d.status))}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </li>
  );
}
