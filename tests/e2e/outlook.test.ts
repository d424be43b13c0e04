// The Outlook task pane in a real browser against the whole demo: a leader books a conversation through the
// API; the employee signs in on the pane (demo), chooses the meeting, fills and submits the preparation and
// finds it saved after a reload; the leader sees their own form, the employee's answers hidden until they
// submit their own (DESIGN §2.4), then shown, and a link to the workspace. axe on every view; screenshots in
// test-results/e2e/outlook-*.png, at a desktop width and at a task pane's ~350 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { startDemoStack } from '../../src/server/demo-stack';
import type { Persona } from '../../src/tab/api/schemas';
import { bookAnnual, startBrowserDemo, stopBrowserDemo, type BrowserDemo } from './demo-fixture';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';
const PANE = { width: 350, height: 900 };

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let leader: Persona;
let employee: Persona;
let conversationId: string;
let demo: BrowserDemo | undefined;

beforeAll(async () => {
  demo = await startBrowserDemo();
  ({ stack, browser, leader, employee } = demo);
  conversationId = await bookAnnual(demo);
});

afterAll(() => stopBrowserDemo(demo));

async function openPane(size = { width: 1024, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'nb-NO' });
  // the demo runs in a plain browser without office.js; the CDN is out of reach here anyway, so say so at once
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${stack.url}/outlook/`);
  return page;
}

async function signInAndChoose(page: Page, persona: Persona): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${persona.displayName}`) }).click();
  await page.getByRole('heading', { level: 1, name: 'Velg en avtale' }).waitFor();
  await page.getByRole('button', { name: /^Medarbeidersamtale/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Din forberedelse' }).waitFor();
}

async function fillEverything(page: Page, text: string): Promise<void> {
  for (const group of await page.getByRole('radiogroup').all())
    await group.getByRole('radio', { name: 'Ja' }).check();
  const areas = await page.locator('textarea').all();
  for (const [i, area] of areas.entries()) await area.fill(`${text} ${i + 1}`);
}

async function expectSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('saved');
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Lagret');
}

async function submit(page: Page, confirmation: string): Promise<void> {
  await page.getByRole('button', { name: 'Send inn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sende inn forberedelsen?' });
  await dialog.getByText(confirmation).waitFor();
  // axe would judge the colours half-way through the dialog's fade-in
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Send inn' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(/^Sendt inn /).waitFor();
}

describe('Outlook task pane (demo)', () => {
  it('the employee chooses the meeting, fills the preparation (autosaved) and submits it', async () => {
    const page = await openPane();
    await page.getByRole('heading', { level: 1, name: /^Demoinnlogging/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: new RegExp(`^${employee.displayName}`) }).click();
    await page.getByRole('heading', { level: 1, name: 'Velg en avtale' }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/outlook-choose-meeting.png`, fullPage: true });
    await page.getByRole('button', { name: /^Medarbeidersamtale/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Din forberedelse' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Medarbeidersamtale');

    await fillEverything(page, 'Svar fra medarbeideren');
    await expectSaved(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/outlook-employee-form.png`, fullPage: true });

    // what was saved is what the server has: a fresh pane shows it
    await page.reload();
    await page.getByRole('button', { name: /^Medarbeidersamtale/ }).click();
    await expect.poll(() => page.locator('textarea').first().inputValue()).toBe('Svar fra medarbeideren 1');

    await submit(
      page,
      'Lederen din kan se svarene når dere begge har sendt inn, eller når samtalen begynner.',
    );
    await page.getByText(`${leader.displayName} har ikke sendt inn forberedelsen ennå.`).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/outlook-employee-submitted.png`, fullPage: true });
    await page.context().close();
  });

  it('the leader sees their own form, the employee’s answers only once both have submitted, and the workspace link', async () => {
    const page = await openPane(PANE);
    await signInAndChoose(page, leader);
    await page
      .getByText(`${employee.displayName} har sendt inn. Du ser svarene når du har sendt inn`)
      .waitFor();
    expect(await page.getByText('Svar fra medarbeideren 1').count()).toBe(0);
    const link = page.getByRole('link', { name: 'Åpne samtalen i Samtale' });
    expect(await link.getAttribute('href')).toBe(`${stack.url}/tab/#/conversations/${conversationId}`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send inn' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/outlook-leader-hidden-350.png` });

    await fillEverything(page, 'Lederens svar');
    await expectSaved(page);
    await submit(
      page,
      'Medarbeideren kan se svarene dine når dere begge har sendt inn, eller når samtalen begynner.',
    );
    await page.getByRole('heading', { level: 2, name: `Svarene fra ${employee.displayName}` }).waitFor();
    await page.getByText('Svar fra medarbeideren 1', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/outlook-leader-both-350.png`, fullPage: true });
    // the full page is long; these are what a person sees at the top and at the end of the form
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/outlook-leader-top-350.png` });
    await page
      .getByRole('heading', { level: 2, name: `Svarene fra ${employee.displayName}` })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/outlook-leader-answers-350.png` });
    // nothing is wider than the pane: no sideways scrolling at 350 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
    await page.context().close();
  });
});
