// Issue 6's done-when, in one test over the demo in Chromium: the leader books a conversation in the tab
// (the confirmation says what is sent to whom), the employee prepares, the leader writes the referat and
// approves it, the employee approves, and the referat shows as archived or waiting for the archive. Every
// step goes through the pages, not the API; each view is screenshotted, asserted on what it shows and
// checked by axe, in each Teams theme (light, dark, high contrast; outside Teams `?theme=` stands in for the
// host's), each on a demo of its own. Screenshots: test-results/e2e/chain-<theme>-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceMessages } from '../../src/tab/conversation/messages';
import { employeeMessages } from '../../src/tab/employee/messages';
import { scheduleMessages } from '../../src/tab/scheduling/schedule-messages';
import { SHOTS, startBrowserDemo, stopBrowserDemo, type BrowserDemo } from './demo-fixture';
import { expectNoAxeViolations } from './axe';

// the demo's leader and employee personas write bokmål (the other e2e tests rely on it too)
const s = scheduleMessages.nb;
const w = workspaceMessages.nb;
const e = employeeMessages.nb;

const THEMES = ['default', 'dark', 'contrast'] as const;
type Theme = (typeof THEMES)[number];

let demo: BrowserDemo | undefined;
let theme: Theme = 'default';

async function signIn(name: string): Promise<Page> {
  const context = await demo!.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${demo!.stack.url}/tab/?theme=${theme}`);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  return page;
}

async function view(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
  await page.screenshot({ path: `${SHOTS}/chain-${theme}-${name}.png`, fullPage: true });
  await expectNoAxeViolations(page);
}

describe.each(THEMES)('the whole chain in the tab (demo), %s theme', (name) => {
  beforeAll(async () => {
    theme = name;
    demo = await startBrowserDemo();
  }, 60_000);

  afterAll(() => stopBrowserDemo(demo));

  it('books, prepares, writes and approves the referat on both sides, and files it', async () => {
    const { leader, employee } = demo!;
    const mail = demo!.stack.municipality.people.find((p) => p.id === employee.personId)!.mail;

    // 1. the leader books from the team page; the confirmation names who gets what before anything is sent
    const lead = await signIn(leader.displayName);
    await lead.getByRole('table').waitFor();
    await view(lead, '1-team');
    await lead.getByRole('button', { name: s.planButtonLabel(employee.displayName) }).click();
    const dialog = lead.getByRole('dialog', { name: s.dialogTitle(employee.displayName) });
    await dialog.getByRole('radio').nth(3).waitFor();
    await dialog.getByRole('textbox', { name: s.topics }).fill('Ansvar for studentene');
    for (let attempt = 0; attempt < 3; attempt++) {
      await dialog.getByRole('button', { name: s.next }).click();
      const confirmation = dialog.getByTestId('booking-confirmation');
      await confirmation.waitFor();
      const text = (await confirmation.textContent()) ?? '';
      expect(text).toContain(`${employee.displayName} (${mail})`);
      expect(text).toContain('Ansvar for studentene');
      if (attempt === 0) await view(lead, '2-confirm');
      await dialog.getByRole('button', { name: s.send, exact: true }).click();
      const outcome = dialog.getByRole('button', { name: s.close }).or(dialog.getByText(s.slotTaken));
      await outcome.first().waitFor();
      if (await dialog.getByRole('button', { name: s.close }).isVisible()) break;
      await dialog.getByText(s.suggestionsLoading).waitFor({ state: 'hidden' });
    }
    await dialog.getByText(s.booked(employee.displayName, '').slice(0, 20)).waitFor();
    await view(lead, '3-booked');
    await dialog.getByRole('button', { name: s.close }).click();
    const row = lead.getByRole('row', { name: new RegExp(employee.displayName) });
    const href = (await row.getByRole('link').getAttribute('href')) ?? '';
    const conversationId = /#\/conversations\/([^/?]+)/.exec(href)?.[1];
    expect(conversationId).toBeTruthy();

    // 2. the employee finds it in "Mine samtaler" and prepares
    const emp = await signIn(employee.displayName);
    await emp.getByRole('heading', { level: 1, name: e.homeTitle }).waitFor();
    const item = emp.getByRole('listitem').filter({ has: emp.locator(`a[href*="${conversationId}"]`) });
    await item.getByText(e.statusInvited).waitFor();
    await view(emp, '4-employee-home');
    await item.getByRole('link').click();
    await emp.getByText('Ansvar for studentene').waitFor();
    await emp.getByRole('button', { name: e.prepare }).click();
    // the form first: filling while it still loads finds no fields and sends an empty preparation
    await emp.locator('textarea').first().waitFor();
    for (const group of await emp.getByRole('radiogroup').all())
      await group.getByRole('radio', { name: 'Ja' }).check();
    for (const [i, area] of (await emp.locator('textarea').all()).entries())
      await area.fill(`Mitt svar ${i + 1}`);
    await expect
      .poll(() => emp.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 })
      .toBe('saved');
    await view(emp, '5-prepare');
    await emp.getByRole('button', { name: 'Send inn' }).click();
    const submit = emp.getByRole('dialog', { name: 'Sende inn forberedelsen?' });
    await submit.getByText(/Lederen din kan se svarene/).waitFor();
    await submit.getByRole('button', { name: 'Send inn' }).click();
    await emp.getByText(/^Sendt inn /).waitFor();

    // 3. the leader sees the employee's answers, writes the referat with an action and approves
    await lead.reload();
    await lead
      .getByRole('row', { name: new RegExp(employee.displayName) })
      .getByRole('link')
      .click();
    await lead.getByRole('heading', { level: 1, name: w.title(employee.displayName) }).waitFor();
    // the leader prepares too; the employee's answers show once both have sent theirs (004)
    const mine = lead.locator('form[aria-labelledby="mine-heading"]');
    await mine.locator('textarea').first().waitFor();
    for (const group of await mine.getByRole('radiogroup').all())
      await group.getByRole('radio', { name: 'Ja' }).check();
    for (const [i, area] of (await mine.locator('textarea').all()).entries())
      await area.fill(`Lederens svar ${i + 1}`);
    await expect
      .poll(() => mine.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 10_000 })
      .toBe('saved');
    await mine.getByRole('button', { name: 'Send inn' }).click();
    await lead.getByRole('dialog').getByRole('button', { name: 'Send inn' }).click();
    await mine.getByText(/^Sendt inn /).waitFor();
    await lead.reload();
    await lead.getByRole('heading', { level: 2, name: `Svarene fra ${employee.displayName}` }).waitFor();
    await lead.screenshot({ path: `${SHOTS}/chain-${theme}-5b-both-prepared.png`, fullPage: true });
    // both have sent theirs: the employee's side is shown, not the "not yet" or "hidden until" line
    expect(
      await lead.getByText(`${employee.displayName} har ikke sendt inn forberedelsen ennå.`).count(),
    ).toBe(0);
    expect(await lead.getByText(new RegExp(`^${employee.displayName} har sendt inn\\.`)).count()).toBe(0);
    // and what the employee wrote, under the employee's questions
    const theirs = lead.locator('section[aria-labelledby="other-heading"]');
    await theirs.getByText('Mitt svar 1', { exact: true }).waitFor();
    expect(await theirs.getByText('Ikke besvart').count()).toBe(0);
    await lead.getByText(w.privateMarker).waitFor();
    const agreed = lead.getByRole('textbox', { name: new RegExp(`${w.agreed}$`) });
    await agreed.first().fill('Trives godt og tar mer ansvar for studentene.');
    await lead.getByRole('textbox', { name: w.what }).fill('Kurs i veiledning');
    // typed the Norwegian way, short year and all
    await lead.getByRole('textbox', { name: w.deadline }).fill('1.3.27');
    await lead.getByRole('button', { name: w.addAction }).click();
    await lead.getByRole('cell', { name: 'Kurs i veiledning', exact: true }).waitFor();
    await expect
      .poll(() => lead.locator('[data-referat-save-state]').getAttribute('data-referat-save-state'), {
        timeout: 10_000,
      })
      .toBe('saved');
    await lead.getByRole('cell', { name: '01.03.2027' }).waitFor();
    await view(lead, '6-referat');
    await lead.getByRole('button', { name: w.approve }).click();
    const approve = lead.getByRole('dialog', { name: w.approveTitle });
    await approve.getByText(w.approveBody(employee.displayName)).waitFor();
    await view(lead, '7-leader-approve');
    await approve.getByRole('button', { name: w.approveConfirm }).click();
    await approve.waitFor({ state: 'detached' });
    await lead.getByText(/^Du godkjente /).waitFor();

    // 4. the employee reads the referat and approves it
    await emp.getByRole('link', { name: 'Tilbake til samtalen' }).click();
    await emp.getByText('Trives godt og tar mer ansvar for studentene.').waitFor({ timeout: 20_000 });
    // and the page says the preparation went in, so nobody wonders whether the leader got it
    await emp.getByText(/^Du sendte inn forberedelsen /).waitFor();
    await emp.getByRole('cell', { name: 'Kurs i veiledning' }).waitFor();
    await emp.getByRole('cell', { name: '01.03.2027' }).waitFor();
    await view(emp, '8-employee-referat');
    await emp.getByRole('button', { name: 'Godkjenn referatet' }).click();
    const sign = emp.getByRole('dialog', { name: 'Godkjenne referatet?' });
    await sign.getByText(/arkiveres i personalmappen din/).waitFor();
    await view(emp, '9-employee-approve');
    await sign.getByRole('button', { name: 'Godkjenn referatet' }).click();
    await sign.waitFor({ state: 'detached' });
    await emp.getByText(/^Signert av begge /).waitFor();

    // 5. filed: archived in the personnel folder, or waiting for the archive with the reason
    await emp.screenshot({ path: `${SHOTS}/chain-${theme}-10a-employee-signed.png`, fullPage: true });
    const filed = new RegExp(`${e.archived('').trim().replace(/\.$/, '')}|${e.archiveWaiting('').trim()}`);
    await expect
      .poll(
        async () => {
          if ((await emp.getByText(filed).count()) > 0) return true;
          await emp.reload();
          await emp.getByText(/^Signert av begge /).waitFor();
          return (await emp.getByText(filed).count()) > 0;
        },
        { timeout: 30_000, interval: 2000 },
      )
      .toBe(true);
    await view(emp, '10-employee-filed');
    await lead.reload();
    await lead
      .getByText(new RegExp(`${w.archived('').trim()} \\d|${w.archiveWaiting('').trim()}`))
      .first()
      .waitFor({ timeout: 30_000 });
    await view(lead, '11-leader-filed');
    await lead.context().close();
    await emp.context().close();
  }, 300_000);
});
