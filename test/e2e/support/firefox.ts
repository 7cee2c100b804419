/** Firefox ESR for the E2E suite (puppeteer-core over WebDriver BiDi): where it is, and prefs that keep it off the network. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './server';

export const FIREFOX = process.env.AFTERWORD_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = resolve(REPO_ROOT, process.env.AFTERWORD_FIREFOX_DIR ?? 'dist/firefox');

/** Quiet Firefox: no update, telemetry, safe-browsing or captive-portal traffic on a closed network. */
export const QUIET_PREFS = {
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

/** Whether Firefox ESR and the Firefox build are here (the Firefox suites skip without them). */
export const FIREFOX_AVAILABLE = existsSync(FIREFOX) && existsSync(resolve(FIREFOX_DIST, 'manifest.json'));

/** The add-on's id, from the Firefox build's manifest ('' without a build). */
export function addonId(): string {
  if (!FIREFOX_AVAILABLE) return '';
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_DIST, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Prefs that give the add-on the moz-extension:// host `uuid` (Firefox picks a random one per
 * installation), so a test can tell the extension's pages by their address.
 */
export function fixedHostPrefs(uuid: string): Record<string, string> {
  return { 'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: uuid }) };
}
