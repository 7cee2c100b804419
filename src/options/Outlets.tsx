/**
 * The options page's Outlets: every outlet of the enabled datasets with its record (the view the
 * popup opens too, src/ui/outlets.tsx). A claim opens in the popup's look-up, in a new tab, where
 * its card has the timeline and sources.
 */
import { useCallback } from 'preact/hooks';
import type { Claim } from '../engine/index';
import browser from '../shared/browser';
import { OutletsList } from '../ui/outlets';

/** The popup's page, as the build lays it out (vite-plugin-web-extension keeps the source path). */
const POPUP_PAGE = 'src/popup/index.html';

export function Outlets() {
  const openClaim = useCallback((claim: Claim) => {
    const url = `${browser.runtime.getURL(POPUP_PAGE)}?lookup=${encodeURIComponent(claim.text)}`;
    window.open(url, '_blank', 'noopener');
  }, []);
  return (
    <div class="panel" id="outlets">
      <OutletsList openClaim={openClaim} level={2} />
    </div>
  );
}
