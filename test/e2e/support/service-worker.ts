/** Stopping the extension's service worker from outside, as the browser does to an idle worker. */
import type { BrowserContext, Page } from 'playwright-core';

/** Stops every service worker through CDP (on any page's session) and waits until one reports stopped. */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve) => {
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v: { runningStatus: string }) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await session.detach();
  }
}
