/**
 * Cleaning a query before ranking. Tweets arrive as pasted: links, "pic.twitter.com/…", @handles,
 * #CamelCaseTags and an embed signature "— Name (@handle) January 14, 2020". The signature's name
 * and date are kept apart (the author is often the claim's subject; the date is evidence), the
 * rest of the noise goes.
 */
import { readDay } from './when';

export interface CleanQuery {
  text: string;
  author: string;
  day: number;
}

const SIGNATURE = /\s*[—–]\s*([^—–()\n]{0,80}?)\s*\(@(\w{1,30})\)\s*([A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$/;
const URL = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi;
const HASHTAG = /#(\w+)/g;
const HANDLE = /@(\w+)/g;

/** "AustralianFires" → "Australian Fires", "COVID19" → "COVID 19". */
export function splitCamel(word: string): string {
  return word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .replaceAll('_', ' ');
}

export function cleanQuery(raw: string, date?: string): CleanQuery {
  let text = raw;
  let author = '';
  let day = readDay(date);
  const sig = SIGNATURE.exec(text);
  if (sig) {
    author = sig[1]!.trim();
    if (Number.isNaN(day)) day = readDay(sig[3]);
    text = text.slice(0, sig.index);
  }
  text = text
    .replace(URL, ' ')
    .replace(HASHTAG, (_, tag: string) => splitCamel(tag))
    .replace(HANDLE, (_, handle: string) => splitCamel(handle));
  return { text, author, day };
}
