/**
 * Where a claim came from, under its verdict: "First reported by @yellow_folder (Telegram channel)
 * on 14 September 2022; then by Euro Weekly News (news outlet) on 14 September 2022." Asked of the
 * background once per claim while the popup is open (the cards of a page and of a look-up share it).
 */
import { useEffect, useState } from 'preact/hooks';
import type { OriginStep } from '../engine/index';
import { send } from '../shared/send';
import { originSentence } from '../ui/outlets';

const asked = new Map<string, Promise<OriginStep[]>>();

function originOf(datasetId: string, claimId: string): Promise<OriginStep[]> {
  const key = `${datasetId}\n${claimId}`;
  let found = asked.get(key);
  if (!found) {
    found = send({ type: 'outlets:origins', claims: [{ datasetId, claimId }] }).then(
      (r) => r.origins[0]?.steps ?? [],
    );
    // A failed question is asked again by the next card that needs it.
    void found.catch(() => asked.delete(key));
    asked.set(key, found);
  }
  return found;
}

export function OriginLine({ datasetId, claimId }: { datasetId: string; claimId: string }) {
  const [sentence, setSentence] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    originOf(datasetId, claimId)
      .then((steps) => alive && setSentence(originSentence(steps)))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [datasetId, claimId]);
  return sentence ? <p class="origin-line">{sentence}</p> : null;
}
