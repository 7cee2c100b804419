/**
 * A claim's "Follow" / "Stop following" (the reading memory keeps it, and "Since you read it" tells
 * when its status changes) and "Copy" (a plain-text citation on the clipboard, ui/citation.ts).
 * Both are buttons with the claim in their accessible name; the outcome is announced.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../engine/index';
import type { DatasetSummary } from '../shared/messages';
import { send } from '../shared/send';
import { citationText } from '../ui/citation';
import { t } from '../ui/strings';

interface Props {
  claim: Claim;
  datasetId: string;
  datasetAsOf?: string;
  datasets: readonly DatasetSummary[];
}

/** Words of a claim in a button's accessible name: enough to tell the cards apart. */
const SHORT_CLAIM_CHARS = 80;
const short = (text: string) =>
  text.length > SHORT_CLAIM_CHARS ? `${text.slice(0, SHORT_CLAIM_CHARS - 1)}…` : text;

export function ClaimTools({ claim, datasetId, datasetAsOf, datasets }: Props) {
  const ref = { datasetId, claimId: claim.id };
  const [following, setFollowing] = useState<boolean | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    let alive = true;
    void send({ type: 'memory:following', claims: [ref] })
      .then(({ following: list }) => alive && setFollowing(list.length > 0))
      .catch(() => alive && setFollowing(false));
    return () => {
      alive = false;
    };
  }, [datasetId, claim.id]);

  const toggleFollow = async () => {
    try {
      const { following: now } = await send({ type: 'memory:follow', claim: ref, follow: !following });
      setFollowing(now);
      setSaid(now ? t('followed') : '');
    } catch {
      setSaid('');
    }
  };

  const copy = async () => {
    const meta = datasets.find((d) => d.id === datasetId);
    const dataset = meta ?? { title: datasetId, version: 0, asOf: datasetAsOf ?? '' };
    try {
      await navigator.clipboard.writeText(citationText(claim, dataset));
      setSaid(t('copied'));
    } catch {
      setSaid(t('copyFailed'));
    }
  };

  return (
    <>
      <button
        type="button"
        class="disclosure disclosure--quiet"
        disabled={following === null}
        aria-label={t(following ? 'unfollowLabel' : 'followLabel', short(claim.text))}
        onClick={() => void toggleFollow()}
      >
        {following ? t('unfollow') : t('follow')}
      </button>
      <button
        type="button"
        class="disclosure disclosure--quiet"
        aria-label={t('copyCitationLabel', short(claim.text))}
        onClick={() => void copy()}
      >
        {t('copyCitation')}
      </button>
      <span class="sr-only" role="status">
        {said}
      </span>
    </>
  );
}
