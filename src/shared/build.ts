/**
 * What differs between the release build and the test build (vite.config.ts, `npm run build:test`).
 * Vite replaces __AFTERWORD_LOOPBACK_SOURCES__ in both; outside a Vite build (the unit tests) it is
 * not defined, and the code that reads it takes the flag as a parameter so both rules are tested.
 */
declare const __AFTERWORD_LOOPBACK_SOURCES__: boolean | undefined;

/**
 * Whether a dataset source may be downloaded over http from this computer (127.0.0.1, localhost).
 * Only the test build allows it, for the local servers of the E2E suite and the benchmarks; the
 * release build's CSP and host permissions leave loopback out, and its check refuses such a source
 * as not https before anything is fetched.
 */
export const LOOPBACK_SOURCES: boolean =
  typeof __AFTERWORD_LOOPBACK_SOURCES__ === 'boolean' ? __AFTERWORD_LOOPBACK_SOURCES__ : true;
