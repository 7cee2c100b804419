import browser from './browser';
import type { Reply, RequestOf, RequestType, Responses } from './messages';

/** Sends a typed request to the background and unwraps its reply, throwing the background's error. */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error(`No answer from the background to ${request.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
