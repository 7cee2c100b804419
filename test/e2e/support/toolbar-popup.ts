/**
 * The toolbar popup the extension opens itself (action.openPopup) is a page target Playwright does
 * not list among the context's pages. These helpers find it through the browser's DevTools session
 * and read its text, so a test can see what the reader sees in it.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';
import { pollUntil } from './waits';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Waits for a popup page target of the extension (src/popup/index.html without ?tab=) and returns its id. */
export async function waitForToolbarPopup(
  context: BrowserContext,
  extensionId: string,
  timeoutMs = 10_000,
): Promise<string | null> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser for this context');
  const session = await browser.newBrowserCDPSession();
  try {
    const popup = await pollUntil(
      async () => {
        const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
        return targetInfos.find(
          (t) =>
            t.type === 'page' &&
            t.url.startsWith(`chrome-extension://${extensionId}/src/popup/index.html`) &&
            !t.url.includes('tab='),
        );
      },
      (found) => found !== undefined,
      timeoutMs,
    );
    return popup?.targetId ?? null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Evaluates an expression in a target through the browser session (non-flat attach). */
async function evaluateIn(session: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  try {
    const id = Math.floor(Math.random() * 1e9);
    const answer = new Promise<unknown>((resolve) => {
      session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: unknown } };
        };
        if (message.id === id) resolve(message.result?.result?.value);
      });
    });
    await session.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true, awaitPromise: true },
      }),
    });
    return await answer;
  } finally {
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

/** The popup's visible text once it holds `wanted` (or after `timeoutMs`). */
export async function toolbarPopupText(
  context: BrowserContext,
  targetId: string,
  wanted: string,
  timeoutMs = 10_000,
): Promise<string> {
  const session = await context.browser()!.newBrowserCDPSession();
  try {
    return await pollUntil(
      async () =>
        String((await evaluateIn(session, targetId, 'document.body ? document.body.innerText : ""')) ?? ''),
      (text) => text.includes(wanted),
      timeoutMs,
    );
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Evaluates an expression in the toolbar popup (e.g. which timeline is open). */
export async function inToolbarPopup(
  context: BrowserContext,
  targetId: string,
  expression: string,
): Promise<unknown> {
  const session = await context.browser()!.newBrowserCDPSession();
  try {
    return await evaluateIn(session, targetId, expression);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export async function closeTarget(context: BrowserContext, targetId: string): Promise<void> {
  const session = await context.browser()!.newBrowserCDPSession();
  try {
    await session.send('Target.closeTarget', { targetId });
  } finally {
    await session.detach().catch(() => undefined);
  }
}
