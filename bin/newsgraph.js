#!/usr/bin/env node
// The CLI as bundled by scripts/bundle-cli.mjs (npm run build).
import { run } from '../dist/bundle/main.js';
process.exitCode = await run(process.argv.slice(2));
