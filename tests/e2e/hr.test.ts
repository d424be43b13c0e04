// The HR view in a real browser against the demo: HR sees follow-up per unit and shared needs (counts, no
// names), downloads the CSV, saves a policy change after a confirmation, and sees a refused value at its
// field; edits a template in nynorsk and saves it as a new version, and is told when another HR person
// saved one first. Every state passes axe; screenshots land in test-results/e2e/ for a human to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/core/policy/defaults';
import { osloToday } from '../../src/server/clock';
import { startDemoStack } from '../../src/server/demo-stack';
import { ZPersonaList, type Persona } from '../../src/tab/api/schemas';
import { hrMessages } from '../../src/tab/hr/hr-messages';
import { policyMessages } from '../../src/tab/hr/policy-messages';
import { templateMessages } from '../../src/tab/hr/template-messages';
import { getTemplate } from '../../src/core/templates/registry';
import type { Template } from '../../src/core/templates/template';
import { draftOf } from '../../src/core/templates/template-draft';
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
  const language = person.preferredLanguage;
  return { m: hrMessages[language], p: policyMessages[language], e: templateMessages[language] };
}

async function signInAsHr(theme?: 'default' | 'dark' | 'contrast'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nb-NO',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${stack.url}/tab/${theme ? `?theme=${theme}` : ''}#/hr`);
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
    const policyNow = () =>
      page.evaluate(async () => {
        const token = JSON.parse(sessionStorage.getItem('samtale.accessToken') ?? '{}') as {
          accessToken?: string;
        };
        const res = await fetch('/api/policy', { headers: { Authorization: `Bearer ${token.accessToken}` } });
        return (await res.json()) as {
          version: number;
          municipality: {
            maxConversationsPerLeaderPerDay: number;
            keepAfterLeavingDays: number;
            workingHours: { from: string };
          };
        };
      });
    await page.getByRole('tab', { name: m.tabSettings }).click();
    const maxPerDay = page.getByRole('spinbutton', { name: p.maxPerDay });
    await maxPerDay.fill('4');
    // how long a leaver's data is kept (002: destroyed when they leave), among the privacy choices
    const keepAfterLeaving = page.getByRole('spinbutton', { name: p.keepAfterLeaving });
    expect(await keepAfterLeaving.inputValue()).toBe(String(DEFAULT_POLICY.keepAfterLeavingDays));
    await keepAfterLeaving.fill('30');
    // the working day's start typed as a Norwegian leader does, read on the 24-hour clock whatever the
    // browser's locale (a time input showed 08:00 AM in an English Chromium)
    const from = page.getByRole('textbox', { name: p.from });
    expect(await from.inputValue()).toBe(DEFAULT_POLICY.workingHours.from);
    await from.fill('830');
    await from.blur();
    expect(await from.inputValue()).toBe('08:30');
    await page.getByRole('button', { name: p.save, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: p.confirmTitle });
    await dialog.waitFor();
    // the confirmation names each changed value, from the one in force to the new one, and nothing else
    const changes = dialog.getByRole('list', { name: p.changesHeading });
    await changes.waitFor();
    expect(await changes.getByRole('listitem').allTextContents()).toEqual([
      p.change(p.from, DEFAULT_POLICY.workingHours.from, '08:30'),
      p.change(p.maxPerDay, String(DEFAULT_POLICY.maxConversationsPerLeaderPerDay), '4'),
      p.change(p.keepAfterLeaving, String(DEFAULT_POLICY.keepAfterLeavingDays), '30'),
    ]);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/hr-settings-confirm.png`, fullPage: true });
    await dialog.getByRole('button', { name: p.confirm }).click();
    await page.getByText(p.saved(1)).waitFor();
    const settings = await policyNow();
    expect(settings.version).toBe(1);
    expect(settings.municipality.maxConversationsPerLeaderPerDay).toBe(4);
    expect(settings.municipality.keepAfterLeavingDays).toBe(30);
    expect(settings.municipality.workingHours.from).toBe('08:30');
    expect(await keepAfterLeaving.inputValue()).toBe('30');
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

    // more than ten years to keep a leaver's data: the server names keepAfterLeavingDays, the form moves
    // the mark to that field, and version 1 stays in force as it was
    await field.fill(String(DEFAULT_POLICY.invitation.minDaysAhead));
    await keepAfterLeaving.fill('3651');
    await page.getByRole('button', { name: p.save, exact: true }).click();
    const again = page.getByRole('dialog', { name: p.confirmTitle });
    const changesAgain = again.getByRole('list', { name: p.changesHeading });
    await changesAgain.waitFor();
    expect(await changesAgain.getByRole('listitem').allTextContents()).toEqual([
      p.change(p.keepAfterLeaving, '30', '3651'),
    ]);
    await again.getByRole('button', { name: p.confirm }).click();
    await expect.poll(() => keepAfterLeaving.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');
    expect(await page.getByText(p.fieldInvalid).count()).toBe(1);
    await page.getByText(p.saveFailed).waitFor();
    const unchanged = await policyNow();
    expect(unchanged.version).toBe(1);
    expect(unchanged.municipality.keepAfterLeavingDays).toBe(30);
    await page.screenshot({ path: `${SHOTS}/hr-settings-error-keep-days.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.context().close();
  });
  it('edits a question in nynorsk, previews it, and saves it as version 2; a stale save is refused', async () => {
    const { m, e } = texts();
    const page = await signInAsHr();
    page.setDefaultTimeout(20_000);
    const apiAs = async <T>(method: string, path: string, body?: unknown) =>
      page.evaluate(
        async ([method, path, body]) => {
          const token = JSON.parse(sessionStorage.getItem('samtale.accessToken') ?? '{}') as {
            accessToken?: string;
          };
          const res = await fetch(`/api${path}`, {
            method,
            headers: { Authorization: `Bearer ${token.accessToken}`, 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          return { status: res.status, body: (await res.json()) as unknown };
        },
        [method, path, body] as const,
      ) as Promise<{ status: number; body: T }>;
    const hrName = hrPersona.displayName;
    await page.getByRole('tab', { name: m.tabTemplates }).click();
    const lang = stack.municipality.people.find((p) => p.id === hrPersona.personId)!.preferredLanguage;
    const annual = getTemplate('medarbeidersamtale', 1);
    await page.getByRole('button', { name: `${annual.title[lang]} · ${m.templateVersion(1)}` }).click();
    await page.getByRole('button', { name: m.editTemplateNamed(annual.title[lang]) }).click();
    await page.getByRole('heading', { name: e.editHeading(annual.title[lang], 1) }).waitFor();

    // write in nynorsk: the first question of part 1 gets new words; bokmål stays as it was
    await page.getByRole('radio', { name: e.langNn }).check();
    const part1 = page.getByRole('group', { name: e.sectionLegend(1, annual.sections.length) });
    const question1 = part1.getByRole('group', { name: new RegExp(`^${e.questionLegend(1)}\\b`) });
    const text = question1.getByRole('textbox', { name: e.questionText(e.langNn) });
    expect(await text.inputValue()).toBe(annual.sections[0]!.questions[0]!.text.nn);
    await text.fill('Kva har hendt sidan sist, kort fortalt?');
    // a new question, written in nynorsk only for now
    await part1.getByRole('button', { name: e.addQuestionIn(1) }).click();
    const added = part1.getByRole('group', { name: new RegExp(`^${e.questionLegend(4)}\\b`) });
    const addedText = added.getByRole('textbox', { name: e.questionText(e.langNn) });
    expect(await addedText.evaluate((el) => el === document.activeElement)).toBe(true);
    await addedText.fill('Kva gir deg energi i arbeidsdagen?');
    await added.getByRole('combobox', { name: e.audience }).selectOption('employee');
    await added.getByRole('checkbox', { name: e.required }).check();

    // the employee's preview shows both texts; the leader's does not show the employee's new question
    await page.getByRole('tab', { name: e.tabPreviewEmployee }).click();
    await page.getByText('Kva har hendt sidan sist, kort fortalt?').waitFor();
    await page.getByText('Kva gir deg energi i arbeidsdagen?').waitFor();
    await page.screenshot({ path: `${SHOTS}/hr-template-preview.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: e.tabPreviewLeader }).click();
    await page.getByText('Kva har hendt sidan sist, kort fortalt?').waitFor();
    expect(await page.getByText('Kva gir deg energi i arbeidsdagen?').count()).toBe(0);
    await page.getByRole('tab', { name: e.tabEdit }).click();

    // saving first lists what is missing; a link shows that language and puts the cursor in the field
    await page.getByRole('button', { name: e.save }).click();
    const missingNb = page.getByRole('button', {
      name: `${e.placeQuestion(1, 4)}: ${e.issueMissing(e.langNb)}`,
    });
    await missingNb.waitFor();
    await page
      .getByRole('button', { name: `${e.placeQuestion(1, 4)}: ${e.issueMissing(e.langEn)}` })
      .waitFor();
    expect(await page.getByRole('radio', { name: e.missingIn(e.langNb, 1) }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/hr-template-missing.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await missingNb.click();
    const nbText = added.getByRole('textbox', { name: e.questionText(e.langNb) });
    await nbText.waitFor();
    expect(await nbText.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await nbText.getAttribute('aria-invalid')).toBe('true');
    await nbText.fill('Hva gir deg energi i arbeidsdagen?');
    await page.getByRole('button', { name: `${e.placeQuestion(1, 4)}: ${e.issueMissing(e.langEn)}` }).click();
    await added
      .getByRole('textbox', { name: e.questionText(e.langEn) })
      .fill('What gives you energy at work?');
    await page
      .getByRole('button', { name: `${e.placeQuestion(1, 4)}: ${e.issueMissing(e.langEn)}` })
      .waitFor({ state: 'detached' });

    // the confirmation says what changed and what it means for conversations
    await page.getByRole('button', { name: e.save }).click();
    const dialog = page.getByRole('dialog', { name: e.confirmTitle(2) });
    await dialog.waitFor();
    await dialog.getByText(e.confirmBody(2)).waitFor();
    await dialog.getByText(e.summaryChanged(1)).waitFor();
    await dialog.getByText(e.summaryAdded(1)).waitFor();
    await page.screenshot({ path: `${SHOTS}/hr-template-confirm.png`, fullPage: true });
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: e.confirmSave }).click();
    await page.getByText(m.savedVersion(annual.title[lang], 2)).waitFor();

    // version 2 is listed with who saved it; version 1 stays readable; the server has the nynorsk text
    const v2Header = page.getByRole('button', { name: `${annual.title[lang]} · ${m.templateVersion(2)}` });
    await v2Header.click();
    await page.getByText(new RegExp(m.savedBy(hrName, '').trim())).waitFor();
    await page.getByRole('button', { name: `${annual.title[lang]} · ${m.templateVersion(1)}` }).waitFor();
    await page.screenshot({ path: `${SHOTS}/hr-template-saved.png`, fullPage: true });
    await expectNoAxeViolations(page);
    const v2 = await apiAs<{ template: Template; savedByName: string }>(
      'GET',
      '/templates/medarbeidersamtale/versions/2',
    );
    expect(v2.body.savedByName).toBe(hrName);
    const first = v2.body.template.sections[0]!;
    expect(first.questions[0]).toMatchObject({
      id: annual.sections[0]!.questions[0]!.id,
      text: { ...annual.sections[0]!.questions[0]!.text, nn: 'Kva har hendt sidan sist, kort fortalt?' },
    });
    expect(first.questions[3]).toMatchObject({
      audience: 'employee',
      required: true,
      text: { nb: 'Hva gir deg energi i arbeidsdagen?', nn: 'Kva gir deg energi i arbeidsdagen?' },
    });

    // another HR person saves version 3 while this page edits version 2: the save is refused, the edit stays
    await page.getByRole('button', { name: m.editTemplateNamed(annual.title[lang]) }).click();
    await page.getByRole('heading', { name: e.editHeading(annual.title[lang], 2) }).waitFor();
    const meanwhile = draftOf(v2.body.template);
    meanwhile.title = { nb: 'Medarbeidersamtale 2027', nn: 'Medarbeidarsamtale 2027', en: 'Annual 2027' };
    expect(
      (
        await apiAs('POST', '/templates/medarbeidersamtale/versions', {
          expectedVersion: 2,
          template: meanwhile,
        })
      ).status,
    ).toBe(201);
    await page.getByRole('radio', { name: e.langNn }).check();
    const title = page.getByRole('textbox', { name: e.templateTitle(e.langNn) });
    await title.fill('Medarbeidarsamtalen');
    await page.getByRole('button', { name: e.save }).click();
    await page
      .getByRole('dialog', { name: e.confirmTitle(3) })
      .getByRole('button', { name: e.confirmSave })
      .click();
    await page.getByText(e.conflict).waitFor();
    expect(await title.inputValue()).toBe('Medarbeidarsamtalen');
    await page.screenshot({ path: `${SHOTS}/hr-template-conflict.png`, fullPage: true });
    await expectNoAxeViolations(page);
    const v3 = await apiAs<{ template: Template }>('GET', '/templates/medarbeidersamtale/versions/3');
    expect(v3.body.template.title.nn).toBe('Medarbeidarsamtale 2027');
    await page.getByRole('button', { name: e.openNewest }).click();
    await page
      .getByRole('button', {
        name: `${meanwhile.title[lang]} · ${m.templateVersion(3)}`,
      })
      .waitFor();
    await page.context().close();
  }, 240_000);

  it.each(['default', 'dark', 'contrast'] as const)(
    'the template view, editor and preview pass axe in the %s theme',
    async (theme) => {
      const { m, e } = texts();
      const page = await signInAsHr(theme);
      const lang = stack.municipality.people.find((p) => p.id === hrPersona.personId)!.preferredLanguage;
      const probation = getTemplate('oppfolging-provetid', 1);
      await page.getByRole('tab', { name: m.tabTemplates }).click();
      // the newest version of each kind is listed (the test above may have saved more of the annual one)
      await page.getByRole('button', { name: `${probation.title[lang]} · ${m.templateVersion(1)}` }).click();
      await page.getByText(probation.sections[0]!.questions[0]!.text[lang]).first().waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: m.editTemplateNamed(probation.title[lang]) }).click();
      await page.getByRole('heading', { name: e.editHeading(probation.title[lang], 1) }).waitFor();
      await page.screenshot({ path: `${SHOTS}/hr-template-edit-${theme}.png`, fullPage: true });
      await expectNoAxeViolations(page);
      await page.getByRole('tab', { name: e.tabPreviewEmployee }).click();
      const forEmployee = probation.sections
        .flatMap((s) => s.questions)
        .find((q) => q.audience !== 'leader' && !q.onlyWhen)!;
      await page.getByText(forEmployee.text[lang]).first().waitFor();
      await expectNoAxeViolations(page);
      await page.context().close();
    },
    120_000,
  );
});
