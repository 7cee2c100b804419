/**
 * The one module that touches the extension API. Everything else imports `browser` from here,
 * so tests can replace this seam and lint can forbid webextension-polyfill elsewhere.
 */
import browser from 'webextension-polyfill';

export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
export default browser;
