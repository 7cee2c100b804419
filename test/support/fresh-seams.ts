/**
 * Run before each file of every unit project (vitest.config.ts): a test that names its own keys
 * for the bundled default (test/support/default-key-seam.ts) leaves the shipped list behind it, so
 * files sharing a worker cannot see each other's keys.
 */
import { afterEach } from 'vitest';
import { restoreShippedDefaultKeys } from './default-key-seam';

afterEach(restoreShippedDefaultKeys);
