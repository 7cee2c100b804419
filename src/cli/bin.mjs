#!/usr/bin/env node
// The `afterword` command. It runs the TypeScript source through tsx's loader (a devDependency)
// instead of a bundle: the package is private and the CLI is a tool for publishers and developers
// working in this repository, so there is no build step to forget and no stale bundle to ship.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
