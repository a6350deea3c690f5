import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser } from 'n3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintIris } from '../../src/graph/iri.js';
import { indexEntryOf, writeIndexPage } from '../../src/serialize/index-page.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { browserTestsRun, launchChromium, type LaunchedBrowser } from './helpers/launch-chromium.js';
import { activeElement, fitsWidth, focusFirstMention, jsonLdTexts, lowestMarkContrast, readMarks, tableLinks, type MarkInfo } from './helpers/page-probes.js';
import { serveFolder, type StaticServer } from './helpers/static-server.js';
import { canonicalQuads, compareWebWithFull } from './helpers/web-projection.js';

const OUTPUT = resolve(PROJECT_ROOT, 'tests/browser/output');
const SEED = 'input/000_5b0c01de365d3c73.txt';

/** The pages under test: the seed as `export` writes it today, and the hand-made complete model rendered. */
const PAGES = [
  { name: 'seed', folder: 'seed', stem: '000_5b0c01de365d3c73' },
  { name: 'fixture', folder: 'fixture', stem: 'model' },
] as const;

interface ModelMention {
  start: number;
  end: number;
  text: string;
  kind: string;
  ref: string;
}

describe.skipIf(!browserTestsRun())('the article page in a real browser (chromium)', () => {
  let root: string;
  let server: StaticServer;
  let browser: LaunchedBrowser;
  const requests: string[] = [];

  beforeAll(async () => {
    root = tempDir('newsgraph-browser-');
    const exported = await runCli('export', resolve(PROJECT_ROOT, SEED), '--out', join(root, 'seed'), '--format', 'all', '--quiet');
    expect(exported.code, exported.stderr).toBe(0);
    const rendered = await runCli('render', resolve(PROJECT_ROOT, 'tests/fixtures/seed/model.json'), '--out', join(root, 'fixture'), '--format', 'all');
    expect(rendered.code, rendered.stderr).toBe(0);
    const entries = PAGES.map((p) => indexEntryOf(new Parser({ format: 'N-Quads' }).parse(readFileSync(join(root, p.folder, `${p.stem}.nq`), 'utf8')), `${p.folder}/${p.stem}.html`));
    writeFileSync(join(root, 'index.html'), writeIndexPage(entries));
    mkdirSync(OUTPUT, { recursive: true });
    server = await serveFolder(root);
    browser = await launchChromium();
    browser.context.on('request', (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path: string, width = 1280, height = 900): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return page;
  };

  describe.each(PAGES)('$name page', ({ folder, stem, name }) => {
    const path = `${folder}/${stem}.html`;
    const model = () => JSON.parse(readFileSync(join(root, folder, `${stem}.model.json`), 'utf8')) as { iri: string; base: string; mentions: ModelMention[]; entities: { id: string; name: string }[] };

    it('embeds JSON-LD that is the documented projection of the .jsonld graph', async () => {
      const page = await open(path);
      const texts = await jsonLdTexts(page);
      await page.close();
      expect(texts).toHaveLength(1);
      const web = await canonicalQuads(JSON.parse(texts[0] as string));
      const full = await canonicalQuads(JSON.parse(readFileSync(join(root, folder, `${stem}.jsonld`), 'utf8')));
      expect(web.length).toBeGreaterThan(20);
      expect(compareWebWithFull(web, full, model().iri)).toEqual({ missingFromWeb: [], notInFull: [] });
    });

    it('highlights every mention of the model, with its text', async () => {
      const page = await open(path);
      const marks: MarkInfo[] = await readMarks(page);
      await page.close();
      const { iri, base, mentions } = model();
      const iris = mintIris({ iri, base });
      const keyOf = (m: { start: number; end: number; kind: string; iri: string }) => `${m.start}|${m.end}|${m.kind}|${m.iri}`;
      const expected = new Map(mentions.map((m) => [keyOf({ ...m, iri: iris.ref(m.ref as never).value }), m.text]));
      const found = new Map<string, MarkInfo[]>();
      for (const m of marks) found.set(keyOf(m), [...(found.get(keyOf(m)) ?? []), m]);
      expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, pieces] of found) if (pieces.length === 1) expect(pieces[0]?.text, key).toBe(expected.get(key));
      expect(marks.every((m) => m.type !== 'thing' && m.describedBy)).toBe(true);
    });

    it('lets the keyboard reach a mention, shows its popover and closes it with Escape', async () => {
      const page = await open(path);
      await page.keyboard.press('Tab');
      expect((await activeElement(page)).className).toBe('skip');
      const focused = await focusFirstMention(page);
      expect(focused, 'a mention takes keyboard focus').toBeDefined();
      const tip = page.locator(`#${focused?.describedBy}`);
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.getAttribute('role')).toBe('tooltip');
      const entity = model().entities.find((e) => mintIris(model()).entity(e.id as never).value === focused?.iri);
      if (entity) expect(await tip.locator('.tip-title').textContent()).toBe(entity.name);
      await page.screenshot({ path: join(OUTPUT, `${name}-popover.png`) });
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      expect((await activeElement(page)).id).toBe(focused?.describedBy?.replace('tip-', 'thing-'));
      await page.close();
    });

    it('shows a popover on hover', async () => {
      const page = await open(path);
      const mark = page.locator('mark.m.c-person').first();
      await mark.hover();
      const tip = page.locator(`#${await mark.getAttribute('aria-describedby')}`);
      await expect.poll(() => tip.isVisible()).toBe(true);
      await page.close();
    });

    it('keeps highlighted text readable (contrast ≥ 4.5:1) and fits a phone screen', async () => {
      const page = await open(path);
      expect(await lowestMarkContrast(page)).toBeGreaterThanOrEqual(4.5);
      await page.screenshot({ path: join(OUTPUT, `${name}-desktop.png`), fullPage: true });
      await page.setViewportSize({ width: 375, height: 812 });
      expect(await fitsWidth(page)).toBe(true);
      await page.screenshot({ path: join(OUTPUT, `${name}-phone.png`) });
      await page.close();
    });
  });

  it('lists both pages in index.html, with working links', async () => {
    const page = await open('index.html');
    const links = await tableLinks(page);
    expect(links.map((l) => l.replace(server.origin, '')).sort()).toEqual(PAGES.map((p) => `${p.folder}/${p.stem}.html`).sort());
    await page.screenshot({ path: join(OUTPUT, 'index.png') });
    await page.click('tbody a >> nth=0');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
  });

  it('made no request that left 127.0.0.1', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
  });
});
