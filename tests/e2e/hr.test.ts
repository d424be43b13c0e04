// The HR view in a real browser against the demo: HR sees follow-up per unit and shared needs (counts, no
// names), downloads the CSV, saves a policy change after a confirmation, and sees a refused value at its
// field. Every state passes axe; screenshots land in test-results/e2e/ for a human to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloToday } from '../../src/server/clock';
import { startDemoStack } from '../../src/server/demo-stack';
import { ZPersonaList, type Persona } from '../../src/tab/api/schemas';
import { hrMessages } from '../../src/tab/hr/hr-messages';
import { policyMessages } from '../../src/tab/hr/policy-messages';
import { launchChromium } from './browser';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';
const DEMO_HEADING = 'Demoinnlogging – fiktiv kommune, ingen ekte data';

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let hrPersona: Persona;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startDemoStack({ port: 0, inMemory: true, today: osloToday(new Date()) });
  browser = await launchChromium();
  const response = await fetch(`${stack.url}/api/demo/personas`);
  const persona = ZPersonaList.parse(await response.json()).personas.find((p) => p.role === 'hr');
  if (!persona) throw new Error('the demo has no HR persona');
  hrPersona = persona;
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** the HR persona's language decides the texts */
function texts() {
  const person = stack.municipality.people.find((p) => p.id === hrPersona.personId)!;
  return { m: hrMessages[person.preferredLanguage], p: policyMessages[person.preferredLanguage] };
}

async function signInAsHr(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${stack.url}/tab/#/hr`);
  await page.getByRole('heading', { level: 1, name: DEMO_HEADING }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${hrPersona.displayName}`) }).click();
  await page.getByRole('heading', { level: 1, name: texts().m.heading }).waitFor();
  return page;
}

describe('HR view (demo)', () => {
  it('can be used with the keyboard alone: tabs by arrow keys, the save dialog by Enter and Escape', async () => {
    const { m, p } = texts();
    const page = await signInAsHr();
    await page.getByRole('table', { name: m.complianceTable(new Date().getFullYear()) }).waitFor();
    const selectedTab = page.getByRole('tab', { name: m.tabCompliance });
    for (let i = 0; i < 20 && !(await selectedTab.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await selectedTab.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const save = page.getByRole('button', { name: p.save, exact: true });
    await save.waitFor();
    await save.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: p.confirmTitle });
    await dialog.waitFor();
    // focus moves into the dialog, and Escape closes it without saving
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByText(p.saved(1)).count()).toBe(0);
    await page.context().close();
  });

  it('shows follow-up per unit and shared needs, and downloads the CSV', async () => {
    const { m } = texts();
    const page = await signInAsHr();
    const year = new Date().getFullYear();
    const table = page.getByRole('table', { name: m.complianceTable(year) });
    await table.waitFor();
    const units = new Set(stack.municipality.units.map((u) => u.name));
    const rowNames = await table.getByRole('row').locator('td:first-child').allTextContents();
    // one row per unit the directory shows, plus the whole municipality; no person's name anywhere
    expect(rowNames.at(-1)).toBe(m.total);
    expect(rowNames.slice(0, -1).every((name) => units.has(name) || name === 'Uten enhet')).toBe(true);
    expect(await page.getByRole('status').first().textContent()).toMatch(/\d+ (av|of) \d+/);
    await page.screenshot({ path: `${SHOTS}/hr-compliance.png`, fullPage: true });
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: m.downloadCsv }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`samtaler-${year}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFEnhet;Fra;Til;Påkrevd;Har hatt samtale')).toBe(true);

    await page.getByRole('tab', { name: m.tabNeeds }).click();
    await page.getByText(m.needsIntro).waitFor();
    await page
      .getByRole('table', { name: m.needsTable(year) })
      .or(page.getByText(m.needsEmpty))
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/hr-needs.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByRole('tab', { name: m.tabTemplates }).click();
    await page.getByText(m.templatesIntro).waitFor();
    await page.getByRole('button', { name: /1$/ }).first().click();
    await page.screenshot({ path: `${SHOTS}/hr-templates.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('saves a policy change after a confirmation, and shows a refused value at its field', async () => {
    const { m, p } = texts();
    const page = await signInAsHr();
    await page.getByRole('tab', { name: m.tabSettings }).click();
    const maxPerDay = page.getByRole('spinbutton', { name: p.maxPerDay });
    await maxPerDay.fill('4');
    await page.getByRole('button', { name: p.save, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: p.confirmTitle });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/hr-settings-confirm.png`, fullPage: true });
    await dialog.getByRole('button', { name: p.confirm }).click();
    await page.getByText(p.saved(1)).waitFor();
    const settings = await page.evaluate(async () => {
      const token = JSON.parse(sessionStorage.getItem('samtale.accessToken') ?? '{}') as {
        accessToken?: string;
      };
      const res = await fetch('/api/policy', { headers: { Authorization: `Bearer ${token.accessToken}` } });
      return (await res.json()) as {
        version: number;
        municipality: { maxConversationsPerLeaderPerDay: number };
      };
    });
    expect(settings.version).toBe(1);
    expect(settings.municipality.maxConversationsPerLeaderPerDay).toBe(4);
    // the new version is listed with who saved it
    const versions = page.getByRole('table', { name: p.versionsTable });
    await versions.getByRole('cell', { name: hrPersona.displayName }).waitFor();
    expect(await versions.getByRole('row').count()).toBe(2);
    await page.screenshot({ path: `${SHOTS}/hr-settings-saved.png`, fullPage: true });

    // more days at least than at most: the server names invitation.minDaysAhead, the form marks that field
    await page.getByRole('spinbutton', { name: p.minDays }).fill('30');
    await page.getByRole('button', { name: p.save, exact: true }).click();
    await page.getByRole('dialog', { name: p.confirmTitle }).getByRole('button', { name: p.confirm }).click();
    await page.getByText(p.saveFailed).waitFor();
    const field = page.getByRole('spinbutton', { name: p.minDays });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(p.fieldInvalid).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/hr-settings-error.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
