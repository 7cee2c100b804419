/**
 * Waiting for the page's next frame to be drawn. The marks are laid out from the page's own layout
 * (its computed styles, its line boxes): read right after the page changed (it has just loaded, a
 * script of its own has just run), each read has the browser restyle and lay the page out there
 * and then, inside Afterword's time; read after a frame, they find the work done.
 */

/**
 * A tab in the background draws no frames: past this wait the marks are drawn anyway, so that they
 * are ready when the reader comes to the tab. Several frames at 60 Hz, short beside the wait for
 * the background's answer.
 */
const NO_FRAME_MS = 100;

/** Resolves once the browser has drawn its next frame (a task after the frame's callbacks and painting). */
export function afterNextFrame(doc: Document = document): Promise<void> {
  if (doc.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function')
    return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
