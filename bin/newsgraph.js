#!/usr/bin/env node
// The CLI as bundled by scripts/bundle-cli.mjs (npm run build).
let cli;
try {
  cli = await import('../dist/bundle/main.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/bundle/main.js')) throw e;
  process.stderr.write('newsgraph: the CLI is not built (dist/bundle/main.js is missing): run npm run build\n');
  process.exit(1);
}
process.exitCode = await cli.run(process.argv.slice(2));
