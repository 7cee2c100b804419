/** Firefox ESR for the E2E suite (puppeteer-core over WebDriver BiDi): where it is, and prefs that keep it off the network. */
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
