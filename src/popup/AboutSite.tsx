/**
 * "About this site": the outlet the page in front of the reader belongs to, found by the background
 * from the page's address alone (its registrable domain, or its handle on a social platform), with
 * its record. Nothing shows for a site the datasets do not know, nor for a page whose metadata
 * merely names a known outlet.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../engine/index';
import type { OutletView } from '../shared/messages';
import { send } from '../shared/send';
import { OutletRecord } from '../ui/outlets';
import { t } from '../ui/strings';

export function AboutSite({ url, openClaim }: { url: string; openClaim: (claim: Claim) => void }) {
  const [outlet, setOutlet] = useState<OutletView | null>(null);

  useEffect(() => {
    let alive = true;
    setOutlet(null);
    send({ type: 'outlets:site', url })
      .then((r) => alive && setOutlet(r.outlet))
      // Without an answer the section is left out: the rest of the popup does not depend on it.
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [url]);

  if (!outlet) return null;
  return (
    <section class="section about-site" aria-labelledby="about-site-heading">
      <h2 id="about-site-heading" class="section-title">
        {t('siteSection')}
      </h2>
      <OutletRecord outlet={outlet} id="about-site" level={3} openClaim={openClaim} />
    </section>
  );
}
