/** The popup's Outlets view: the shared list (src/ui/outlets.tsx) with a way back to the page's results. */
import { useEffect, useRef } from 'preact/hooks';
import type { Claim } from '../engine/index';
import { OutletsList } from '../ui/outlets';
import { t } from '../ui/strings';

export function OutletsPanel({
  onBack,
  openClaim,
}: {
  onBack: () => void;
  openClaim: (claim: Claim) => void;
}) {
  const back = useRef<HTMLButtonElement>(null);
  // The view replaces the page's results: focus moves to it, as it would on a new page.
  useEffect(() => back.current?.focus(), []);
  return (
    <div class="outlets-panel">
      <button ref={back} type="button" class="link-button outlets-back" onClick={onBack}>
        {t('outletsBack')}
      </button>
      <OutletsList openClaim={openClaim} level={2} />
    </div>
  );
}
