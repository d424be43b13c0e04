// The Teams tab in a real browser against the whole demo (server, Graph emulator, Azurite): a demo leader
// signs in and sees exactly their direct reports from the directory; an employee gets the employee page;
// both pages pass axe. Screenshots land in test-results/e2e/ for a human to look at.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Municipality, Person } from '../../src/core/org';
import { osloToday } from '../../src/server/clock';
import { startDemoStack } from '../../src/server/demo-stack';
import { ZPersonaList, type Persona } from '../../src/tab/api/schemas';
import { employeeMessages } from '../../src/tab/employee/messages';
import { CATALOGUE } from '../../src/tab/i18n/catalogue';
import { createGraphRecorder } from '../contract/recorder';
import { launchChromium } from './browser';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';
const DEMO_HEADING = 'Demoinnlogging – fiktiv kommune, ingen ekte data';

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let personas: Persona[];
// The Graph traffic behind every page is held to Microsoft's metadata, like the contract tests.
const graph = createGraphRecorder();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startDemoStack({
    port: 0,
    inMemory: true,
    // the demo's people are made relative to today, and the due list counts from the real clock
    today: osloToday(new Date()),
    onGraphExchange: graph.record,
  });
  browser = await launchChromium();
  const response = await fetch(`${stack.url}/api/demo/personas`);
  personas = ZPersonaList.parse(await response.json()).personas;
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  graph.assertAllValid();
});

async function openTab(): Promise<Page> {
  // axe needs a page made from a context of its own
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
  const page = await context.newPage();
  await page.goto(`${stack.url}/tab/`);
  await page.getByRole('heading', { level: 1, name: DEMO_HEADING }).waitFor();
  return page;
}

function personaOf(role: Persona['role']): { persona: Persona; person: Person } {
  const persona = personas.find((p) => p.role === role);
  if (!persona) throw new Error(`the demo has no ${role} persona`);
  return { persona, person: personById(stack.municipality, persona.personId) };
}

function personById(municipality: Municipality, id: string): Person {
  const person = municipality.people.find((p) => p.id === id);
  if (!person) throw new Error(`persona ${id} is not a person of the municipality`);
  return person;
}

async function signInAs(page: Page, persona: Persona): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${persona.displayName}`) }).click();
}

describe('Teams tab (demo)', () => {
  it('shows a demo leader their direct reports from the directory', async () => {
    const page = await openTab();
    expect(await page.getByText('Demo', { exact: true }).first().isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/sign-in.png`, fullPage: true });
    await expectNoAxeViolations(page);

    const { persona, person } = personaOf('leader');
    const reports = stack.municipality.people.filter((p) => p.managerId === person.id);
    expect(reports.length).toBeGreaterThan(0);
    await signInAs(page, persona);

    const table = page.getByRole('table');
    await table.waitFor();
    // the page speaks the leader's own language, and says so to screen readers
    const heading = CATALOGUE[person.preferredLanguage].teamHeading;
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(person.preferredLanguage);
    expect(await page.getByRole('banner').textContent()).toContain(person.displayName);
    for (const report of reports) {
      const cell = table.getByRole('cell', { name: report.displayName, exact: true }).first();
      expect(await cell.isVisible(), `${report.displayName} is listed`).toBe(true);
    }
    const nextHeader = CATALOGUE[person.preferredLanguage].colNext;
    expect(await table.getByRole('columnheader', { name: nextHeader }).isVisible()).toBe(true);
    const lastAnnual = CATALOGUE[person.preferredLanguage].colLastAnnual;
    expect(await table.getByRole('columnheader', { name: lastAnnual }).isVisible()).toBe(true);
    // one row per report under the header row: nobody else's people
    expect(await table.getByRole('row').count()).toBe(reports.length + 1);
    await page.screenshot({ path: `${SHOTS}/team.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('gives an employee the employee page, not a team', async () => {
    const page = await openTab();
    const { persona, person } = personaOf('employee');
    await signInAs(page, persona);
    const messages = CATALOGUE[person.preferredLanguage];
    await page.getByRole('heading', { level: 1, name: messages.employeeHeading }).waitFor();
    // the employee's home (issue 6): my conversations, then my actions
    const mine = employeeMessages[person.preferredLanguage];
    await page.getByRole('heading', { level: 2, name: mine.actionsHome }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/employee.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('sends a person with a token the server refuses back to sign-in', async () => {
    const page = await openTab();
    const expiresOn = new Date(Date.now() + 3_600_000).toISOString();
    await page.evaluate(
      (value) => sessionStorage.setItem('samtale.accessToken', value),
      JSON.stringify({ accessToken: 'not-a-real-token', expiresOn }),
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: DEMO_HEADING }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('samtale.accessToken'))).toBeNull();
    await page.context().close();
  });
});
