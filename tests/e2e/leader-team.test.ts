// The leader's team overview and what hangs off a row, in Chromium over the whole demo: sort and filter kept
// over a reload, nobody-matches and empty and failing states; a leaver's exit checklist and a new hire's
// onboarding list ticked by keyboard, with the mentor rule and a change made elsewhere; recording and
// withdrawing an exemption; handing a booked conversation to another leader. axe on every view and dialog,
// in nn and en where the texts matter and in the dark and high-contrast themes; screenshots in
// test-results/e2e/team-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/core/kind-names';
import type { Person } from '../../src/core/org';
import type { PersonChecklists } from '../../src/tab/api/checklists';
import { ZPersonaList, type Persona } from '../../src/tab/api/schemas';
import { checklistMessages } from '../../src/tab/checklists/checklist-messages';
import { CATALOGUE } from '../../src/tab/i18n/catalogue';
import { delegationMessages } from '../../src/tab/team/delegation-messages';
import { exemptionMessages } from '../../src/tab/team/exemption-messages';
import { teamMessages } from '../../src/tab/team/team-messages';
import { expectNoAxeViolations } from './axe';
import {
  bookAnnual,
  callApi,
  SHOTS,
  startBrowserDemo,
  stopBrowserDemo,
  type BrowserDemo,
} from './demo-fixture';

const DEMO_HEADING = 'Demoinnlogging – fiktiv kommune, ingen ekte data';
const t = CATALOGUE.nb;
const tm = teamMessages.nb;
const cm = checklistMessages.nb;

let demo: BrowserDemo | undefined;
let secondLeader: Persona;

beforeAll(async () => {
  demo = await startBrowserDemo();
  const { personas } = ZPersonaList.parse(await (await fetch(`${demo.stack.url}/api/demo/personas`)).json());
  secondLeader = personas.filter((p) => p.role === 'leader')[1]!;
});

afterAll(() => stopBrowserDemo(demo));

const d = () => demo!;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
const reportsOf = (leaderId: string) => d().stack.municipality.people.filter((p) => p.managerId === leaderId);

/** A fresh page signed in as the persona; `language` stands in for the person's own (from /api/me). */
async function signedIn(
  persona: Persona,
  options: { language?: 'nn' | 'en'; theme?: 'dark' | 'contrast'; hash?: string } = {},
): Promise<Page> {
  const context = await d().browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nb-NO' });
  const page = await context.newPage();
  if (options.language) {
    const language = options.language;
    await page.route('**/api/me', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, json: { ...(await res.json()), language } });
    });
  }
  await page.goto(
    `${d().stack.url}/tab/${options.theme ? `?theme=${options.theme}` : ''}${options.hash ?? ''}`,
  );
  await page.getByRole('heading', { level: 1, name: DEMO_HEADING }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${persona.displayName}`) }).click();
  return page;
}

async function teamTable(page: Page) {
  await page.getByRole('heading', { level: 1, name: t.teamHeading }).waitFor();
  await page.locator('table tbody tr').first().waitFor();
}

/** the names in the table's order (the first cell also holds the avatar's initials, on a line of their own) */
const rowNames = async (page: Page) =>
  (await page.locator('table').first().locator('tbody tr td:first-child').allInnerTexts()).map((text) =>
    text.split('\n').at(-1)!.trim(),
  );

describe('team overview', () => {
  it('sorts and filters, keeps both over a reload, and says when nobody matches', async () => {
    const page = await signedIn(d().leader);
    await teamTable(page);
    const everyone = reportsOf(d().leader.personId).length;
    await page.getByText(tm.showing(everyone, everyone)).waitFor();
    await page.getByRole('columnheader', { name: tm.colChecklist }).waitFor();
    await page.getByRole('columnheader', { name: tm.colOpenActions }).waitFor();
    await page.screenshot({ path: `${SHOTS}/team-overview.png` });
    await expectNoAxeViolations(page);
    // no header or cell runs into the next column (a long word in a narrow column did)
    const overflowing = await page
      .locator('table th, table td')
      .evaluateAll((cells) =>
        cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => (c as HTMLElement).innerText),
      );
    expect(overflowing).toEqual([]);

    // by name, in Norwegian order
    await page.getByRole('combobox', { name: tm.sort, exact: true }).selectOption('name');
    const names = await rowNames(page);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));

    // only the overdue: each row says so, and a reload keeps the filter and the sort (they are in the hash)
    await page.getByRole('combobox', { name: tm.status, exact: true }).selectOption('overdue');
    const overdue = await rowNames(page);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(everyone);
    expect(page.url()).toContain('status=overdue');
    await page.reload();
    await teamTable(page);
    expect(await rowNames(page)).toEqual(overdue);
    expect(await page.getByRole('combobox', { name: tm.status, exact: true }).inputValue()).toBe('overdue');
    expect(await page.getByRole('combobox', { name: tm.sort, exact: true }).inputValue()).toBe('name');

    // overdue exit conversations: nobody; the way out shows everyone again, still by name
    await page.getByRole('combobox', { name: tm.kind, exact: true }).selectOption('exit');
    await page.getByText(tm.noMatch).waitFor();
    await page.screenshot({ path: `${SHOTS}/team-no-match.png` });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: tm.clear }).first().click();
    expect((await rowNames(page)).length).toBe(everyone);
    expect(await page.getByRole('combobox', { name: tm.sort, exact: true }).inputValue()).toBe('name');

    // the way back from another view (a plain #/) finds the view as it was left
    await page.getByLabel(tm.openChecklist).check();
    const withLists = await rowNames(page);
    await page.goto(`${d().stack.url}/tab/#/hr`);
    await page.goto(`${d().stack.url}/tab/#/`);
    await teamTable(page);
    expect(await rowNames(page)).toEqual(withLists);
    await page.context().close();
  });

  it('shows what failed with a way to try again, and an empty team plainly', async () => {
    const page = await signedIn(d().leader, { hash: '#/' });
    await teamTable(page);
    await page.route('**/api/team', (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'down' } } }),
    );
    await page.reload();
    await page.getByText(t.errorGeneric).waitFor();
    await page.screenshot({ path: `${SHOTS}/team-error.png` });
    await expectNoAxeViolations(page);
    await page.unroute('**/api/team');
    await page.getByRole('button', { name: t.retry }).click();
    await teamTable(page);

    await page.route('**/api/team', (route) =>
      route.fulfill({ json: { members: [], conductingForOthers: [] } }),
    );
    await page.reload();
    await page.getByText(t.teamEmpty).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

function leaver(): Person {
  const found = reportsOf(d().leader.personId).find((p) => p.endDate !== null && p.endDate >= today());
  if (!found) throw new Error('the demo leader has no leaver');
  return found;
}

describe('checklists', () => {
  it('a leaver’s exit list: opened from the row, ticked with the keyboard, kept over a reload', async () => {
    const person = leaver();
    const page = await signedIn(d().leader);
    await teamTable(page);
    const row = page.getByRole('row', { name: new RegExp(person.displayName) });
    await row.getByText(tm.lastDay(''), { exact: false }).waitFor();
    await row.getByRole('link', { name: new RegExp(tm.checklistLink(person.displayName)) }).click();
    await page.getByRole('heading', { level: 1, name: cm.heading(person.displayName) }).waitFor();
    expect(page.url()).toContain(`#/people/${person.id}/checklist`);
    const section = page.getByTestId('checklist-exit');
    await section.getByRole('heading', { level: 2, name: cm.exitTitle }).waitFor();
    const boxes = section.getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBeGreaterThan(3);
    await section.getByText(cm.progress(0, total)).waitFor();

    // Tab to the first item and tick it with Space, as someone without a mouse would
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await section.getByText(cm.progress(1, total)).waitFor();
    await section
      .getByText(/^Gjort av /)
      .first()
      .waitFor();
    await page.reload();
    await section.getByText(cm.progress(1, total)).waitFor();
    expect(await boxes.first().isChecked()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/team-checklist-exit.png`, fullPage: true });
    await expectNoAxeViolations(page);

    // someone else ticks the second item in between: this window is told, and shows their tick
    const path = `/people/${person.id}/checklist`;
    const lists = await callApi<PersonChecklists>(d().stack.url, d().leader.personId, 'GET', path);
    const second = lists.checklists.find((l) => l.kind === 'exit')!.items[1]!;
    await callApi(
      d().stack.url,
      d().leader.personId,
      'PATCH',
      `${path}/exit/items/${second.id}`,
      { done: true },
      second.etag,
    );
    await boxes.nth(1).click();
    await page.getByText(cm.changedElsewhere).waitFor();
    await section.getByText(cm.progress(2, total)).waitFor();
    expect(await boxes.nth(1).isChecked()).toBe(true);

    // the row on the team page shows the progress
    await page.getByRole('link', { name: cm.backToTeam }).click();
    await teamTable(page);
    await page
      .getByRole('row', { name: new RegExp(person.displayName) })
      .getByText(`${tm.checklistKind('exit')}: ${tm.checklistDone(2, total)}`)
      .waitFor();
    await page.context().close();
  });

  it('reads in nynorsk and English, items included, and passes axe in the dark and high-contrast themes', async () => {
    const person = leaver();
    const lists = await callApi<PersonChecklists>(
      d().stack.url,
      d().leader.personId,
      'GET',
      `/people/${person.id}/checklist`,
    );
    const first = lists.checklists.find((l) => l.kind === 'exit')!.items[0]!;
    for (const language of ['nn', 'en'] as const) {
      const m = checklistMessages[language];
      const page = await signedIn(d().leader, { language, hash: `#/people/${person.id}/checklist` });
      await page.getByRole('heading', { level: 1, name: m.heading(person.displayName) }).waitFor();
      await page.getByRole('heading', { level: 2, name: m.exitTitle }).waitFor();
      await page.getByRole('checkbox', { name: first.text[language] }).waitFor();
      await page.getByText(m.phase('exit')).first().waitFor();
      await page.screenshot({ path: `${SHOTS}/team-checklist-${language}.png` });
      await expectNoAxeViolations(page);
      await page.context().close();
    }
    for (const theme of ['dark', 'contrast'] as const) {
      const page = await signedIn(d().leader, { theme, hash: `#/people/${person.id}/checklist` });
      await page.getByRole('heading', { level: 2, name: cm.exitTitle }).waitFor();
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });

  it('a new hire’s onboarding list appears by itself; a newly qualified teacher needs a mentor first', async () => {
    const hire = reportsOf(secondLeader.personId).find((p) => p.startDate > today());
    if (!hire) throw new Error('the second demo leader has no new hire who has yet to start');
    const page = await signedIn(secondLeader, { hash: `#/people/${hire.id}/checklist` });
    const section = page.getByTestId('checklist-onboarding');
    await section.getByRole('heading', { level: 2, name: cm.onboardingTitle }).waitFor();
    // saved at once; the box shows what the server has
    await section.getByRole('checkbox', { name: cm.newlyQualifiedTeacher }).click();
    await section.getByText(cm.mentorMissing).waitFor();
    const mentorItem = section.getByRole('checkbox', { name: /fadder\/personlig veileder/ });
    await mentorItem.click();
    await page.getByText(cm.mentorFirst).waitFor();
    expect(await mentorItem.isChecked()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/team-checklist-mentor.png`, fullPage: true });
    await expectNoAxeViolations(page);

    const mentor = reportsOf(secondLeader.personId).find((p) => p.id !== hire.id)!;
    await section.getByRole('combobox', { name: cm.mentor, exact: true }).selectOption(mentor.id);
    // waits as long as a locator does (expect.poll gives up after a second, too soon on a busy machine)
    await section.getByText(cm.mentorMissing).waitFor({ state: 'detached' });
    // the items a mentor may take are now the mentor's (000 2)
    await section
      .getByText(cm.responsible(cm.role('mentor')))
      .first()
      .waitFor();
    // naming the mentor is what the item asks for, so the server ticks it (replan-checklist); a click here
    // would untick it (an earlier version of this test clicked and passed only when it looked in time)
    await section.getByRole('checkbox', { name: /fadder\/personlig veileder/, checked: true }).waitFor();
    await section
      .getByText(new RegExp(`^${cm.doneBy(secondLeader.displayName, '')}`))
      .first()
      .waitFor();

    // a leaving list started by hand: the last day typed the Norwegian way, whatever the browser's locale
    await page.getByRole('textbox', { name: new RegExp(cm.startExitNoDate) }).fill('1.3.27');
    await page.getByRole('button', { name: cm.startExit }).click();
    await page.getByText(cm.started).waitFor();
    const exit = page.getByTestId('checklist-exit');
    await exit.getByText(cm.exitUntil('1. mars 2027')).waitFor();
    await exit.getByText(new RegExp(cm.fromLeader)).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('row dialogs', () => {
  // the employee persona's annual conversation, booked by the leader, is the one handed over
  beforeAll(() => bookAnnual(d()));

  // one theme a test: each is half a minute on a busy machine
  it.each(['dark', 'contrast'] as const)(
    'the overview and a booked row’s dialogs pass axe in the %s theme',
    (theme) => axeInTheme(theme, d().employee.displayName),
  );

  it('records an exemption only with a reason, confirms exactly what is recorded, and withdraws it', async () => {
    const em = exemptionMessages.nb;
    const page = await signedIn(d().leader);
    await teamTable(page);
    // the most urgent row (overdue first), who is not the employee persona the delegation test uses
    const name = (await rowNames(page)).find((n) => n !== d().employee.displayName)!;
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: tm.exemptButtonLabel(name) }).click();
    const dialog = page.getByRole('dialog', { name: em.title(name) });
    await dialog.getByText(em.none).waitFor();
    await dialog.getByRole('button', { name: em.next }).click();
    await dialog.getByText(em.reasonMissing).waitFor();
    await expectNoAxeViolations(page, { within: '[role="dialog"]' });

    const reason = 'Lang sykmelding, avtalt ny samtale etter tilbakekomst';
    await dialog.getByRole('textbox', { name: new RegExp(em.reason) }).fill(reason);
    const year = Number(await dialog.getByRole('combobox', { name: em.year, exact: true }).inputValue());
    await dialog.getByRole('button', { name: em.next }).click();
    const confirmation = dialog.getByTestId('exemption-confirmation');
    expect(await confirmation.innerText()).toBe(
      em.confirmation(name, KIND_NAMES.annual.nb, year, true, reason),
    );
    await page.screenshot({ path: `${SHOTS}/team-exemption-confirm.png` });
    await expectNoAxeViolations(page, { within: '[role="dialog"]' });
    await dialog.getByRole('button', { name: em.save }).click();
    await dialog.getByText(em.saved(name, year)).waitFor();
    await dialog.getByRole('button', { name: em.close }).click();
    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByText(tm.exempt(year, true))
      .waitFor();
    await expectNoAxeViolations(page);

    // withdrawn after a confirmation; the record stays with who withdrew it
    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('button', { name: tm.exemptButtonLabel(name) })
      .click();
    const again = page.getByRole('dialog', { name: em.title(name) });
    await again.getByRole('button', { name: new RegExp(`^${em.withdrawLabel('')}`) }).click();
    await again.getByRole('button', { name: em.withdrawYes }).click();
    await again.getByText(em.withdrawn).waitFor();
    await again.getByText(new RegExp(`^${em.withdrawnBy(d().leader.displayName, '')}`)).waitFor();
    await again.getByRole('button', { name: em.close }).click();
    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByText(tm.exempt(year, true))
      .waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('hands a booked conversation to another leader after saying who is told what; it then shows as theirs', async () => {
    const dm = delegationMessages.nb;
    const employee = d().employee;
    const page = await signedIn(d().leader);
    await teamTable(page);
    const row = page.getByRole('row', { name: new RegExp(employee.displayName) });
    await row.getByRole('button', { name: tm.delegateButtonLabel(employee.displayName) }).click();
    const dialog = page.getByRole('dialog', { name: dm.title(employee.displayName) });
    // the second demo leader, a persona who can sign in and find it afterwards
    const first = dialog.getByRole('radio', { name: new RegExp(`^${secondLeader.displayName} – `) });
    await first.waitFor();
    await expectNoAxeViolations(page, { within: '[role="dialog"]' });
    const label = (
      await first.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.innerText ?? '')
    ).trim();
    const toName = label.split(' – ')[0]!;
    await first.check();
    await dialog.getByRole('button', { name: dm.next }).click();
    await dialog.getByRole('textbox').waitFor();
    await dialog.getByRole('textbox').fill('Jeg er på kurs den uka.');
    await dialog.getByRole('button', { name: dm.next }).click();
    const summary = dialog.getByTestId('delegation-confirmation');
    const employeeMail = d().stack.municipality.people.find((p) => p.id === employee.personId)!.mail;
    await summary.getByText(new RegExp(employeeMail)).waitFor();
    await summary.getByText(/Jeg er på kurs den uka\./).waitFor();
    const newConductor = d().stack.municipality.people.find((p) => p.displayName === toName)!;
    await summary.getByText(dm.toLeader(toName, newConductor.mail)).waitFor();
    await summary.getByText(dm.toYou).waitFor();
    // each recipient's sentence on a line of its own (inline paragraphs once ran together)
    expect(await summary.innerText()).toContain(`${dm.toLeader(toName, newConductor.mail)}\n`);
    await page.screenshot({ path: `${SHOTS}/team-delegate-confirm.png` });
    await expectNoAxeViolations(page, { within: '[role="dialog"]' });
    await dialog.getByRole('button', { name: dm.send }).click();
    await dialog.getByText(dm.done(employee.displayName, toName)).waitFor();
    await dialog.getByRole('button', { name: dm.close }).click();
    await page
      .getByRole('row', { name: new RegExp(employee.displayName) })
      .getByText(new RegExp(`^${tm.bookedWith(toName, '')}`))
      .waitFor();
    expect(
      await page
        .getByRole('row', { name: new RegExp(employee.displayName) })
        .getByRole('button', { name: tm.delegateButtonLabel(employee.displayName) })
        .count(),
    ).toBe(0);
    await page.screenshot({ path: `${SHOTS}/team-delegated.png` });
    // the new conductor finds it among the conversations they hold for other leaders' people
    const theirs = await callApi<{ conductingForOthers: { employee: { id: string } }[] }>(
      d().stack.url,
      newConductor.id,
      'GET',
      '/team',
    );
    expect(theirs.conductingForOthers.map((c) => c.employee.id)).toContain(employee.personId);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('the new conductor finds it among those held for others, and errors and an empty team read, in nn and en', async () => {
    const employee = d().employee;
    for (const language of ['nn', 'en'] as const) {
      const m = teamMessages[language];
      const tl = CATALOGUE[language];
      const page = await signedIn(secondLeader, { language });
      await page.getByRole('heading', { level: 1, name: tl.teamHeading }).waitFor();
      const held = page.getByRole('table', { name: m.forOthersLabel });
      await page.getByRole('heading', { level: 2, name: m.forOthersHeading }).waitFor();
      await held.getByRole('link', { name: m.openConversation(employee.displayName) }).waitFor();
      await held
        .getByRole('row', { name: new RegExp(employee.displayName) })
        .getByText(KIND_NAMES.annual[language])
        .waitFor();
      await page.screenshot({ path: `${SHOTS}/team-for-others-${language}.png`, fullPage: true });
      await expectNoAxeViolations(page);

      await page.route('**/api/team', (route) =>
        route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'down' } } }),
      );
      await page.reload();
      await page.getByText(tl.errorGeneric).waitFor();
      await page.getByRole('button', { name: tl.retry }).waitFor();
      await page.screenshot({ path: `${SHOTS}/team-error-${language}.png` });
      await expectNoAxeViolations(page);
      await page.unroute('**/api/team');
      await page.route('**/api/team', (route) =>
        route.fulfill({ json: { members: [], conductingForOthers: [] } }),
      );
      await page.reload();
      await page.getByText(tl.teamEmpty).waitFor();
      await page.screenshot({ path: `${SHOTS}/team-empty-${language}.png` });
      await expectNoAxeViolations(page);
      await page.context().close();
    }
  });
});

/** The overview and a booked row's dialogs (exemption, delegation) in a theme. */
async function axeInTheme(theme: 'dark' | 'contrast', name: string) {
  const page = await signedIn(d().leader, { theme });
  await teamTable(page);
  await expectNoAxeViolations(page);
  const row = page.getByRole('row', { name: new RegExp(name) });
  for (const [which, button, title] of [
    ['exemption', tm.exemptButtonLabel(name), exemptionMessages.nb.title(name)],
    ['delegate', tm.delegateButtonLabel(name), delegationMessages.nb.title(name)],
  ] as const) {
    await row.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name: title });
    // the dialog's own content, loaded when it opens (the candidates, the exemptions so far)
    await dialog
      .getByRole(which === 'delegate' ? 'radio' : 'button', {
        name: which === 'delegate' ? undefined : exemptionMessages.nb.next,
      })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, { within: '[role="dialog"]' });
    await page.screenshot({ path: `${SHOTS}/team-dialog-${theme}-${which}.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }
  await page.context().close();
}
