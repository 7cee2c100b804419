/**
 * "What the colours mean": the legend of the first-run page (src/ui/legend.tsx), one click away in
 * the popup's footer. Opening it scrolls it into view, since the footer sits below the results.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import '../ui/legend.css';
import { Legend } from '../ui/legend';
import { t } from '../ui/strings';

const PANEL_ID = 'popup-legend';

export function LegendDisclosure() {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  return (
    <div class="legend-disclosure">
      <button
        type="button"
        class="link-button legend-toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen((o) => !o)}
      >
        {t('legendToggle')}
      </button>
      <div id={PANEL_ID} ref={panel} class="legend-panel" hidden={!open}>
        {open ? <Legend level={3} idPrefix={PANEL_ID} /> : null}
      </div>
    </div>
  );
}
