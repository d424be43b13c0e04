// Every view in every Teams theme: the sign-in page, the leader's team and HR's overview pass axe (colour
// contrast included) in light, dark and high contrast. Outside Teams `?theme=` stands in for the host's theme.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloToday } from '../../src/server/clock';
import { startDemoStack } from '../../src/server/demo-stack';
import { ZPersonaList, type Persona } from '../../src/tab/api/schemas';
import { CATALOGUE } from '../../src/tab/i18n/catalogue';
import { hrMessages } from '../../src/tab/hr/hr-messages';
import { launchChromium } from './browser';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';
const DEMO_HEADING = 'Demoinnlogging – fiktiv kommune, ingen ekte data';
const THEMES = ['default', 'dark', 'contrast'] as const;

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let personas: Persona[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startDemoStack({ port: 0, inMemory: true, today: osloToday(new Date()) });
  browser = await launchChromium();
  const response = await fetch(`${stack.url}/api/demo/personas`);
  personas = ZPersonaList.parse(await response.json()).personas;
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

function persona(role: Persona['role']): { persona: Persona; language: 'nb' | 'nn' | 'en' } {
  const found = personas.find((p) => p.role === role)!;
  const person = stack.municipality.people.find((p) => p.id === found.personId)!;
  return { persona: found, language: person.preferredLanguage };
}

async function openIn(theme: (typeof THEMES)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
  const page = await context.newPage();
  await page.goto(`${stack.url}/tab/?theme=${theme}`);
  await page.getByRole('heading', { level: 1, name: DEMO_HEADING }).waitFor();
  return page;
}

/** the page's own background, to prove the theme really changed */
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);

describe.each(THEMES)('the tab in the %s theme', (theme) => {
  it('passes axe on the sign-in page and the leader overview', async () => {
    const page = await openIn(theme);
    // light is white; dark and high contrast are not, so the query parameter really reached the provider
    expect((await background(page)) === 'rgb(255, 255, 255)').toBe(theme === 'default');
    await expectNoAxeViolations(page);
    const leader = persona('leader');
    await page.getByRole('button', { name: new RegExp(`^${leader.persona.displayName}`) }).click();
    await page.getByRole('heading', { level: 1, name: CATALOGUE[leader.language].teamHeading }).waitFor();
    await page.getByRole('table').waitFor();
    await page.screenshot({ path: `${SHOTS}/theme-${theme}-team.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('passes axe on the HR overview', async () => {
    const page = await openIn(theme);
    const hr = persona('hr');
    await page.getByRole('button', { name: new RegExp(`^${hr.persona.displayName}`) }).click();
    const m = hrMessages[hr.language];
    await page.getByRole('table', { name: m.complianceTable(new Date().getFullYear()) }).waitFor();
    await page.screenshot({ path: `${SHOTS}/theme-${theme}-hr.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: m.tabSettings }).click();
    await page.getByRole('button', { name: /^(Lagre|Save)$/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
