// The HTML edition's search box in a real browser (Debian's chromium through
// playwright-core), on the sample manuals: typing hides the sections without
// the words, shows and marks those with them, ignoring accents. Skipped,
// saying why, where no chromium is installed.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildHtml } from '../../src/html/build-html.js';
import { loadProject } from '../../src/model/load-project.js';
import { EPOCH, REPO } from './samples.js';

const CHROMIUM = process.env.PROMOKIT_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(`tests/html/search.test.ts skipped: no chromium at ${CHROMIUM} (install it with "apt-get install -y chromium", or set PROMOKIT_CHROMIUM)`);
}
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };

describe.skipIf(!HAVE_CHROMIUM)('the search box in chromium', () => {
  let out: string;
  let shots: string;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'promokit-search-'));
    await buildHtml(loadProject(REPO).project, { out, manuals: ['salud-mental'], sourceDateEpoch: EPOCH });
    shots = mkdtempSync(join(tmpdir(), 'promokit-search-shots-'));
    console.log(`screenshots: ${shots}`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, size: { width: number; height: number }, javaScript = true): Promise<Page> {
    const context = await browser.newContext({ viewport: size, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(out, 'salud-mental', name)).href, { waitUntil: 'load' });
    return page;
  }

  /** The text of the visible section titles (h3) of the page. */
  const visibleSections = (page: Page): Promise<string[]> => page.locator('main h3:visible').allTextContents();

  it('on a phone: "informacion" keeps only the sections with "información", marks it, and the box clears', async () => {
    const page = await open('salud-mental.es.html', PHONE);
    const input = page.getByRole('searchbox', { name: 'Buscar' });
    expect(await input.isVisible()).toBe(true);
    expect((await input.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const all = await visibleSections(page);
    expect(all.length).toBeGreaterThan(8);

    await input.fill('informacion');
    const found = await visibleSections(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.length);
    // Every section left holds the word (accents aside), and some mark shows it as written.
    const texts = await page.locator('main section.pk-section:visible').allTextContents();
    for (const t of texts) expect(t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).toContain('informacion');
    const marks = await page.locator('mark.pk-mark:visible').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('información');
    expect(await page.getByRole('status').innerText()).toBe(`Secciones encontradas: ${texts.length}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: join(shots, 'search-360.png') });
    await page.locator('mark.pk-mark:visible').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'search-360-mark.png') });

    await input.fill('palabraquenoexiste');
    expect(await visibleSections(page)).toEqual([]);
    expect(await page.getByRole('status').innerText()).toBe('Ninguna sección tiene estas palabras');

    await input.press('Escape');
    expect(await visibleSections(page)).toEqual(all);
    expect(await page.locator('mark.pk-mark').count()).toBe(0);
    await page.close();
  });

  it('on a wide screen with both languages: a row stays when either language holds the word', async () => {
    const page = await open('salud-mental.html', LAPTOP);
    const input = page.locator('#pk-search-input');
    expect(await page.locator('label[for="pk-search-input"]').textContent()).toBe('BuscarSearch');
    await input.fill('información');
    const rows = page.locator('main .pk-module > .pk-row:not(.pk-module-head):visible');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(await page.locator('main section.pk-section[lang="en"]:visible').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'search-1280.png') });
    await page.close();
  });

  it('on a phone with both languages: only the language shown is searched, in its own words', async () => {
    const page = await open('salud-mental.html', PHONE);
    const input = page.getByRole('searchbox', { name: 'Buscar' });
    await input.fill('information');
    // "information" is English: the Spanish sections shown hold none of it (accents aside, "información" differs).
    expect(await page.getByRole('status').innerText()).toBe('Ninguna sección tiene estas palabras');
    await page.locator('label[for="pk-lang-en"]').click();
    expect(await page.getByRole('searchbox', { name: 'Search' }).isVisible()).toBe(true);
    expect(await page.locator('main section.pk-section[lang="en"]:visible').count()).toBeGreaterThan(0);
    expect(await page.getByRole('status').innerText()).toMatch(/^Sections found: \d+$/);
    await page.close();
  });

  it('without JavaScript the box is hidden and every section shows', async () => {
    const page = await open('salud-mental.es.html', PHONE, false);
    expect(await page.locator('.pk-search').isVisible()).toBe(false);
    expect((await visibleSections(page)).length).toBeGreaterThan(8);
    await page.close();
  });

  it('the page file holds the box hidden, and stays under the size budget', () => {
    const html = readFileSync(join(out, 'salud-mental', 'salud-mental.es.html'), 'utf8');
    expect(html).toContain('<div class="pk-search" role="search" hidden>');
    expect(Buffer.byteLength(html)).toBeLessThan(600 * 1024);
  });
});
