/** The shape of a request handler, and the tab a content-script request comes from. */
import type { Runtime } from '../shared/browser';
import type { Request, Responses } from '../shared/messages';

export type Handler<T extends Request['type']> = (
  request: Extract<Request, { type: T }>,
  sender: Runtime.MessageSender,
) => Promise<Responses[T]>;

/** The sender's tab: content-script requests are attributed to it, never to a tab id they claim. */
export function senderTab(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (id === undefined || id < 0) throw new Error('This request must come from a page');
  return id;
}
