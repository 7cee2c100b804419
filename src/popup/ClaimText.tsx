/**
 * A card's claim as its heading, in the reader's language when the dataset has a paraphrase in it
 * (src/ui/reader-text.ts), with "Original wording (English)" opening the claim as the dataset words it.
 */
import { useState } from 'preact/hooks';
import type { Claim } from '../engine/index';
import { languageName, readerText } from '../ui/reader-text';
import { t } from '../ui/strings';

export function ClaimText({ id, claim }: { id: string; claim: Claim }) {
  const [showOriginal, setShowOriginal] = useState(false);
  const shown = readerText(claim);
  const originalId = `${id}-original`;
  return (
    <>
      <h3 id={id} class="claim-text" lang={shown.language}>
        {shown.text}
      </h3>
      {shown.original ? (
        <div class="claim-original">
          <button
            type="button"
            class="link-button claim-original-toggle"
            aria-expanded={showOriginal}
            aria-controls={originalId}
            onClick={() => setShowOriginal((s) => !s)}
          >
            {t('claimOriginal', languageName(shown.original.language))}
          </button>
          <p
            id={originalId}
            class="claim-original-text"
            lang={shown.original.language}
            hidden={!showOriginal}
          >
            {shown.original.text}
          </p>
        </div>
      ) : null}
    </>
  );
}
