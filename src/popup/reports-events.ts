/** A popup-wide signal that the stored wrong-match reports changed, so the footer's count follows. */
const listeners = new Set<() => void>();

export function onReportsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyReportsChanged(): void {
  for (const l of listeners) l();
}
