import type { ClaimStatus } from '../engine/index';
import { statusLabel, statusTone } from './labels';

/** The status in words, coloured by tone: the word carries the meaning, the colour only repeats it. */
export function StatusChip({ status }: { status: ClaimStatus }) {
  return (
    <span class={`chip chip--${statusTone(status)}`}>
      <span class="chip-dot" aria-hidden="true" />
      {statusLabel(status)}
    </span>
  );
}
