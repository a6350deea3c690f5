import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (apt-get install chromium); NEWSGRAPH_CHROMIUM overrides the path. */
export const CHROMIUM_PATH = process.env.NEWSGRAPH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser tests run: always in CI (where a missing or broken chromium must fail them),
 * elsewhere only when chromium is installed.
 */
export function browserTestsRun(): boolean {
  if (process.env.CI || existsSync(CHROMIUM_PATH)) return true;
  console.warn(`skipping the browser tests: no chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set NEWSGRAPH_CHROMIUM)`);
  return false;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless chromium with a fresh user-data folder, removed again on close. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no chromium at ${CHROMIUM_PATH}: CI must install it (apt-get install -y chromium)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'ru-RU',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
