// The employee in the tab against the whole demo (issue 6): the leader books a conversation, writes the
// referat with an action for the employee and approves it, all through the API; then the employee signs in,
// finds the conversation in "Mine samtaler", prepares and submits, reads and approves the referat with a
// confirmation, sees it signed, and ticks the action off with a comment that is still there after a reload.
// axe on every view, and in the dark and high-contrast themes too; screenshots in
// test-results/e2e/employee-*.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { startDemoStack } from '../../src/server/demo-stack';
import type { Persona } from '../../src/tab/api/schemas';
import { bookAnnual, callApi, startBrowserDemo, stopBrowserDemo, type BrowserDemo } from './demo-fixture';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let employee: Persona;
let leader: Persona;
let conversationId: string;
/** the start conversation the second test asks another time for */
let startId = '';
let demo: BrowserDemo | undefined;

async function api<T>(personId: string, method: string, path: string, body?: unknown, ifMatch?: string) {
  return callApi<T>(stack.url, personId, method, path, body, ifMatch);
}

type Referat = { etag: string; contentHash: string; referat: { sections: { sectionId: string }[] } };

beforeAll(async () => {
  demo = await startBrowserDemo();
  ({ stack, browser, leader, employee } = demo);
  conversationId = await bookAnnual(demo);
  const path = `/conversations/${conversationId}/referat`;
  let referat = await api<Referat>(leader.personId, 'GET', path);
  referat = await api<Referat>(
    leader.personId,
    'PATCH',
    path,
    {
      type: 'section',
      sectionId: referat.referat.sections[0]!.sectionId,
      agreedText: 'Trives godt i teamet og ønsker mer ansvar for studentene.',
    },
    referat.etag,
  );
  referat = await api<Referat>(
    leader.personId,
    'PATCH',
    path,
    {
      type: 'add-action',
      action: {
        id: 'veiledningskurs',
        what: 'Kurs i veiledning av studenter',
        responsibleId: employee.personId,
        responsibleName: employee.displayName,
        deadline: '2027-03-01',
        sharedNeed: false,
      },
    },
    referat.etag,
  );
  await api(leader.personId, 'POST', `${path}/approve`, { contentHash: referat.contentHash });
  // a start conversation ahead, for asking another time
  const { slots } = await api<{ slots: { start: string }[] }>(
    leader.personId,
    'POST',
    '/conversations/suggestions',
    { employeeId: employee.personId, kind: 'start' },
  );
  const start = slots.at(-1)!.start;
  const { conversation } = await api<{ conversation: { id: string } }>(
    leader.personId,
    'POST',
    '/conversations',
    { employeeId: employee.personId, kind: 'start', start, location: null, online: true },
  );
  startId = conversation.id;
});

afterAll(() => stopBrowserDemo(demo));

describe('the employee in the tab (demo)', () => {
  it('prepares, approves the referat and follows up the action', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/tab/`);
    await page.getByRole('button', { name: new RegExp(`^${employee.displayName}`) }).click();

    // home: the conversation under "Kommende", waiting for the employee's approval
    await page.getByRole('heading', { level: 1, name: 'Mine samtaler' }).waitFor();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^Medarbeidersamtale/ }) });
    await item.getByText('Referat til godkjenning').waitFor();
    await page.getByText('Du har ingen tiltak fra signerte referater.').waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/employee-home.png`, fullPage: true });

    // the conversation's page, then the preparation form (the task pane's)
    await item.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Medarbeidersamtale' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Referat' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Forbered deg' }).click();
    await page.getByRole('heading', { level: 2, name: 'Din forberedelse' }).waitFor();
    for (const group of await page.getByRole('radiogroup').all())
      await group.getByRole('radio', { name: 'Ja' }).check();
    for (const [i, area] of (await page.locator('textarea').all()).entries())
      await area.fill(`Mitt svar ${i + 1}`);
    await expect
      .poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 5000 })
      .toBe('saved');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/employee-prepare.png`, fullPage: true });
    await page.getByRole('button', { name: 'Send inn' }).click();
    const submitDialog = page.getByRole('dialog', { name: 'Sende inn forberedelsen?' });
    await submitDialog.getByText(/Lederen din kan se svarene/).waitFor();
    await submitDialog.getByRole('button', { name: 'Send inn' }).click();
    await page.getByText(/^Sendt inn /).waitFor();

    // back on the conversation: the referat, read-only, and its approval with a confirmation
    await page.getByRole('link', { name: 'Tilbake til samtalen' }).click();
    await page.getByText('Trives godt i teamet og ønsker mer ansvar for studentene.').waitFor();
    await page.getByRole('cell', { name: 'Kurs i veiledning av studenter' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/employee-referat.png`, fullPage: true });
    await page.getByRole('button', { name: 'Godkjenn referatet' }).click();
    const approveDialog = page.getByRole('dialog', { name: 'Godkjenne referatet?' });
    await approveDialog.getByText(/arkiveres i personalmappen din/).waitFor();
    await expectNoAxeViolations(page, { within: '[role="dialog"]' });
    await page.screenshot({ path: `${SHOTS}/employee-approve-dialog.png` });
    await approveDialog.getByRole('button', { name: 'Godkjenn referatet' }).click();
    await approveDialog.waitFor({ state: 'detached' });
    await page.getByText(/^Signert av begge /).waitFor();
    expect(await page.getByRole('button', { name: 'Godkjenn referatet' }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/employee-signed.png`, fullPage: true });

    // home again: signed, and the action to follow up
    await page.getByRole('link', { name: 'Tilbake til mine samtaler' }).click();
    await item.getByText(/^(Signert|Arkivert)$/).waitFor();
    const action = page.getByRole('listitem').filter({ hasText: 'Kurs i veiledning av studenter' });
    await action.getByRole('checkbox', { name: 'Utført' }).check();
    await action.getByRole('textbox', { name: 'Kommentar' }).fill('Meldt på kurset i mars');
    // the comment is saved once typing pauses (800 ms), after the tick's own save
    await expect
      .poll(() => action.locator('[data-save-state]').getAttribute('data-save-state'), { timeout: 5000 })
      .toBe('saved');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/employee-actions.png`, fullPage: true });

    await page.reload();
    const again = page.getByRole('listitem').filter({ hasText: 'Kurs i veiledning av studenter' });
    const done = again.getByRole('checkbox', { name: 'Utført' });
    await done.waitFor();
    expect(await done.isChecked()).toBe(true);
    expect(await again.getByRole('textbox', { name: 'Kommentar' }).inputValue()).toBe(
      'Meldt på kurset i mars',
    );
    await context.close();
  });

  // the views in the other two themes: home with the signed conversation and the action ticked off,
  // a conversation ahead and its "another time" confirmation (cancelled, so nothing is sent twice)
  it.each(['dark', 'contrast'] as const)(
    'passes axe on home, a conversation and its dialog in the %s theme',
    async (theme) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      const page = await context.newPage();
      await page.goto(`${stack.url}/tab/?theme=${theme}`);
      await page.getByRole('button', { name: new RegExp(`^${employee.displayName}`) }).click();
      const action = page.getByRole('listitem').filter({ hasText: 'Kurs i veiledning av studenter' });
      await action.getByRole('checkbox', { name: 'Utført' }).waitFor();
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/employee-home-${theme}.png`, fullPage: true });
      await page.goto(`${stack.url}/tab/?theme=${theme}#/conversations/${startId}`);
      await page.getByRole('heading', { level: 1, name: 'Startsamtale' }).waitFor();
      await page.getByText('Lederen har ikke skrevet ferdig referatet ennå.', { exact: false }).waitFor();
      await expectNoAxeViolations(page);
      await page
        .getByRole('textbox', { name: /Hvorfor passer ikke tidspunktet/ })
        .fill('Likevel ikke den dagen');
      await page.getByRole('button', { name: 'Be om et annet tidspunkt' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sende forespørselen til lederen?' });
      await dialog.getByText('Likevel ikke den dagen').waitFor();
      await expectNoAxeViolations(page, { within: '[role="dialog"]' });
      await page.screenshot({ path: `${SHOTS}/employee-new-time-dialog-${theme}.png` });
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('asks for another time with what is sent shown first, and says the leader is told', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/tab/#/conversations/${startId}`);
    await page.getByRole('button', { name: new RegExp(`^${employee.displayName}`) }).click();
    await page.getByRole('heading', { level: 1, name: 'Startsamtale' }).waitFor();
    await page.getByText('Lederen har ikke skrevet ferdig referatet ennå.', { exact: false }).waitFor();

    // nothing is sent without a reason, and the field says why
    const ask = page.getByRole('button', { name: 'Be om et annet tidspunkt' });
    await ask.click();
    await page.getByText('Skriv hvorfor tidspunktet ikke passer.').waitFor();
    await expectNoAxeViolations(page);
    await page
      .getByRole('textbox', { name: /Hvorfor passer ikke tidspunktet/ })
      .fill('Jeg har vakt den dagen');
    await page.getByRole('textbox', { name: /Når passer det for deg/ }).fill('Tirsdager etter kl. 12');
    await ask.click();
    const dialog = page.getByRole('dialog', { name: 'Sende forespørselen til lederen?' });
    await dialog.getByText('Jeg har vakt den dagen').waitFor();
    await dialog.getByText('Tirsdager etter kl. 12').waitFor();
    await expectNoAxeViolations(page, { within: '[role="dialog"]' });
    await page.screenshot({ path: `${SHOTS}/employee-new-time-dialog.png` });
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Lederen din har fått beskjed\./).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/employee-new-time-sent.png`, fullPage: true });

    const lists = await api<{ conducting: { id: string; newTimeRequest: { reason: string } | null }[] }>(
      leader.personId,
      'GET',
      '/conversations',
    );
    const asked = lists.conducting.find((c) => c.id === startId);
    expect(asked?.newTimeRequest?.reason).toBe('Jeg har vakt den dagen');
    await context.close();
  });
});
