/**
 * The UI strings as the extension gives them: catalogue.ts with browser.i18n as its message source,
 * installed when this module is first imported. Every part of the extension (popup, options, the
 * content script's card, the badge) imports its words from here, so the source is in place before
 * any of them renders a word; Node code imports catalogue.ts instead (this module needs the
 * extension API).
 */
import browser from '../shared/browser';
import { type MessageSource, useMessages } from './catalogue';

export * from './catalogue';

/** browser.i18n: the extension's _locales in the browser's language, '' for a key they lack. */
export const browserMessages: MessageSource = {
  message: (key, subs) => browser.i18n.getMessage(key, subs),
  uiLanguage: () => browser.i18n.getUILanguage(),
};

useMessages(browserMessages);
