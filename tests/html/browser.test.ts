// The HTML edition of the sample manuals in a real browser: Debian's chromium
// (/usr/bin/chromium) driven by playwright-core, at a phone's size (360×740)
// and a laptop's (1280×800). Skipped, saying why, where no chromium is installed.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSamples } from './samples.js';

const CHROMIUM = process.env.PROMOKIT_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(`tests/html/browser.test.ts skipped: no chromium at ${CHROMIUM} (install it with "apt-get install -y chromium", or set PROMOKIT_CHROMIUM)`);
}

/** As this machine needs them: no sandbox as root, no background connections to a closed network. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const MANUALS = ['salud-mental', 'sistemas-de-salud', 'trabajo-agricola'];

const axeSource = (): string => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe.skipIf(!HAVE_CHROMIUM)('the HTML edition in chromium', () => {
  let out: string;
  let shots: string;
  let context: BrowserContext;
  /** Every request a page made, and those that were blocked. */
  const requests: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    ({ out } = await buildSamples());
    shots = mkdtempSync(join(tmpdir(), 'promokit-html-shots-'));
    console.log(`screenshots: ${shots}`);
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'promokit-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: PHONE,
    });
    // Only the page's own file may load; anything else is counted and refused.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file://') && url.endsWith('.html')) await route.continue();
      else {
        blocked.push(url);
        await route.abort();
      }
    });
    context.on('request', (r) => void requests.push(r.url()));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
  });

  const url = (manual: string, name: string): string => pathToFileURL(join(out, manual, name)).href;

  async function open(manual: string, name: string, size: { width: number; height: number }): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(url(manual, name), { waitUntil: 'load' });
    return page;
  }

  const noHorizontalScroll = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  /** Whether the first module's heading in a language is shown. */
  const headingShown = (page: Page, lang: string): Promise<boolean> => page.locator(`.pk-module-head header[lang="${lang}"] h2`).first().isVisible();

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource() });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }

  it('on a phone: one language at a time, the switch shows the other, the choice is remembered', async () => {
    const page = await open('salud-mental', 'salud-mental.html', PHONE);
    expect(await noHorizontalScroll(page)).toBe(true);
    // The inlined font subsets load (a browser refuses a broken font file silently).
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.style} ${f.status}`);
    });
    expect(fonts).toContain('Atkinson Hyperlegible 400 normal loaded');
    expect(fonts).toContain('Atkinson Hyperlegible 700 normal loaded');
    expect(fonts.filter((f) => f.endsWith('error'))).toEqual([]);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);
    expect(await page.locator('.pk-switch').isVisible()).toBe(true);
    expect(await headingShown(page, 'es')).toBe(true);
    expect(await headingShown(page, 'en')).toBe(false);
    await page.screenshot({ path: join(shots, 'salud-mental-360-es.png') });

    // Touch targets of the switch are at least 44 px high.
    const box = await page.locator('label[for="pk-lang-en"]').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.locator('label[for="pk-lang-en"]').click();
    expect(await headingShown(page, 'en')).toBe(true);
    expect(await headingShown(page, 'es')).toBe(false);
    expect(await page.locator('h1:visible').first().textContent()).toBe('Mental health and migration');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: join(shots, 'salud-mental-360-en.png') });
    await page.screenshot({ path: join(shots, 'salud-mental-360-en-full.png'), fullPage: true });

    await page.reload({ waitUntil: 'load' });
    expect(await headingShown(page, 'en')).toBe(true);
    expect(await headingShown(page, 'es')).toBe(false);
    // Back to Spanish, so the next pages start from the default again.
    await page.locator('label[for="pk-lang-es"]').click();
    await page.close();
  });

  it('on a wide screen: both languages side by side, no switch', async () => {
    const page = await open('salud-mental', 'salud-mental.html', LAPTOP);
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await page.locator('.pk-switch').isVisible()).toBe(false);
    expect(await headingShown(page, 'es')).toBe(true);
    expect(await headingShown(page, 'en')).toBe(true);
    const es = await page.locator('.pk-module-head header[lang="es"]').first().boundingBox();
    const en = await page.locator('.pk-module-head header[lang="en"]').first().boundingBox();
    expect(Math.abs(es!.y - en!.y)).toBeLessThan(2);
    expect(en!.x).toBeGreaterThan(es!.x + es!.width);
    await page.screenshot({ path: join(shots, 'salud-mental-1280.png') });
    await page.close();
  });

  it('hides facilitator notes until opened, and the contents until asked', async () => {
    const page = await open('salud-mental', 'salud-mental.es.html', PHONE);
    const note = page.locator('details.pk-facilitator').first();
    expect(await note.locator('ol').first().isVisible()).toBe(false);
    await note.locator('summary').click();
    expect(await note.locator('ol').first().isVisible()).toBe(true);
    const contents = page.locator('details.pk-contents').first();
    expect(await contents.locator('a').first().isVisible()).toBe(false);
    await contents.locator('summary').click();
    const link = contents.locator('a').first();
    expect(await link.isVisible()).toBe(true);
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  for (const manual of MANUALS) {
    for (const name of [`${manual}.html`, `${manual}.es.html`, `${manual}.en.html`]) {
      it(`${name}: no horizontal scroll, no serious accessibility violation, at both sizes`, async () => {
        for (const size of [PHONE, LAPTOP]) {
          const page = await open(manual, name, size);
          expect(await noHorizontalScroll(page), `${name} at ${size.width} px`).toBe(true);
          expect(await seriousViolations(page), `${name} at ${size.width} px`).toEqual([]);
          await page.close();
        }
      });
    }
  }

  it('a module page works alone', async () => {
    const page = await open('salud-mental', 'modules/02-duelo-migratorio.html', PHONE);
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('no page made a request besides its own file', () => {
    expect(blocked).toEqual([]);
    const others = requests.filter((r) => !(r.startsWith('file://') && r.endsWith('.html')) && !r.startsWith('data:'));
    expect(others).toEqual([]);
    expect(requests.filter((r) => r.startsWith('file://')).length).toBeGreaterThan(0);
  });
});
