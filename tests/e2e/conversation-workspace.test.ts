// The leader's conversation workspace in a real browser against the whole demo: a conversation booked and
// both preparations submitted through the API; the leader opens it from the team page, sees both preparations,
// writes the referat (autosaved, kept over a reload, even one made before the save), adds an action, meets a
// stale save (another writer saved in between: told, nothing lost) and approves after a confirmation that
// says who gets it. axe on every view; screenshots in test-results/e2e/workspace-*.png.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferatView } from '../../src/app/open-referat';
import type { PreparationView } from '../../src/app/open-preparation';
import { listTemplates } from '../../src/core/templates/registry';
import type { startDemoStack } from '../../src/server/demo-stack';
import type { Persona } from '../../src/tab/api/schemas';
import { workspaceMessages } from '../../src/tab/conversation/messages';
import { bookAnnual, callApi, startBrowserDemo, stopBrowserDemo, type BrowserDemo } from './demo-fixture';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';
const m = workspaceMessages.nb;

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let leader: Persona;
let employee: Persona;
let conversationId: string;
let sectionTitles: string[];
let demo: BrowserDemo | undefined;

async function api<T>(personId: string, method: string, path: string, body?: unknown, ifMatch?: string) {
  return callApi<T>(stack.url, personId, method, path, body, ifMatch);
}

/** Answers every question of the person's side and submits, as the form or the card would. */
async function submitPreparation(personId: string, text: string): Promise<void> {
  const path = `/conversations/${conversationId}/preparation`;
  const view = await api<PreparationView>(personId, 'GET', path);
  const answers = Object.fromEntries(
    view.template.sections
      .flatMap((s) => s.questions)
      .map((q) => [q.id, q.type === 'check' ? 'yes' : `${text} (${q.id})`]),
  );
  await api(personId, 'POST', `${path}/submit`, { answers }, view.etag);
}

beforeAll(async () => {
  demo = await startBrowserDemo();
  ({ stack, browser, leader, employee } = demo);
  conversationId = await bookAnnual(demo);
  await submitPreparation(employee.personId, 'Medarbeiderens svar');
  await submitPreparation(leader.personId, 'Lederens svar');
  const { referat } = await api<ReferatView>(
    leader.personId,
    'GET',
    `/conversations/${conversationId}/referat`,
  );
  const template = listTemplates().find(
    (t) => t.id === referat.templateId && t.version === referat.templateVersion,
  )!;
  sectionTitles = referat.sections.map((s) => template.sections.find((t) => t.id === s.sectionId)!.title.nb);
});

afterAll(() => stopBrowserDemo(demo));

const agreed = (page: Page, i: number) =>
  page.getByRole('textbox', { name: `${sectionTitles[i]!} ${m.agreed}`, exact: true });
const saveState = (page: Page) =>
  page.locator('[data-referat-save-state]').getAttribute('data-referat-save-state');
const serverReferat = async () => {
  const view = await api<ReferatView>(leader.personId, 'GET', `/conversations/${conversationId}/referat`);
  if (view.role !== 'conductor') throw new Error('the leader should see the conductor view');
  return view.referat;
};

describe('conversation workspace (demo)', () => {
  it('opens from the team page with both preparations, keeps every keystroke, handles a stale save, and approves', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/tab/`);
    await page.getByRole('button', { name: new RegExp(`^${leader.displayName}`) }).click();
    const row = page.getByRole('row', { name: new RegExp(employee.displayName) });
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: m.title(employee.displayName) }).waitFor();
    expect(page.url()).toContain(`#/conversations/${conversationId}`);

    // both preparations, side by side
    await page.getByRole('heading', { level: 2, name: 'Din forberedelse' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Svarene fra ${employee.displayName}` }).waitFor();
    expect(await page.getByText(/^Medarbeiderens svar/).count()).toBeGreaterThan(0);
    await page.getByRole('heading', { level: 2, name: m.previousHeading }).waitFor();
    await page.getByText(m.previousNone).waitFor();
    await page.getByText(m.privateMarker).waitFor();
    await page.screenshot({ path: `${SHOTS}/workspace-top.png` });
    await expectNoAxeViolations(page);

    // two sections written and saved; a reload shows them
    await agreed(page, 0).fill('Vi er enige om at målene for året er nådd.');
    await agreed(page, 1).fill('Trives godt i teamet.');
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    await page.reload();
    await expect
      .poll(() => agreed(page, 0).inputValue(), { timeout: 10_000 })
      .toBe('Vi er enige om at målene for året er nådd.');
    expect(await agreed(page, 1).inputValue()).toBe('Trives godt i teamet.');

    // typed and reloaded before the autosave ran: kept in the window and saved after the reload
    await agreed(page, 2).fill('Skrevet rett før omlasting');
    await page.reload();
    await expect
      .poll(() => agreed(page, 2).inputValue(), { timeout: 10_000 })
      .toBe('Skrevet rett før omlasting');
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    expect((await serverReferat()).sections[2]!.agreedText).toBe('Skrevet rett før omlasting');

    // another window saves in between; this window's next save is stale: told, and nothing is lost
    const other = await api<ReferatView>(leader.personId, 'GET', `/conversations/${conversationId}/referat`);
    await api(
      leader.personId,
      'PATCH',
      `/conversations/${conversationId}/referat`,
      { type: 'private-notes', notes: { text: 'Notat fra den andre fanen' } },
      other.etag,
    );
    await agreed(page, 0).fill('Målene er nådd, og ett nytt er satt.');
    await page.getByText(m.conflict).waitFor();
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    const merged = await serverReferat();
    expect(merged.sections[0]!.agreedText).toBe('Målene er nådd, og ett nytt er satt.');
    expect(merged.privateNotes.text).toBe('Notat fra den andre fanen');
    expect(await page.getByRole('textbox', { name: m.privateLabel }).inputValue()).toBe(
      'Notat fra den andre fanen',
    );
    await page.screenshot({ path: `${SHOTS}/workspace-conflict.png` });

    // an action in the plan
    await page.getByRole('textbox', { name: m.what }).fill('Kurs i journalføring');
    await page.getByLabel(m.deadline).fill('2027-03-01');
    await page.getByRole('button', { name: m.addAction }).click();
    await page.getByRole('cell', { name: 'Kurs i journalføring', exact: true }).waitFor();
    await expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('saved');
    expect((await serverReferat()).actions.map((a) => a.what)).toEqual(['Kurs i journalføring']);
    await expectNoAxeViolations(page);
    await page.locator('#action-plan').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/workspace-actions.png` });
    await page.screenshot({ path: `${SHOTS}/workspace-full.png`, fullPage: true });

    // the bar on top jumps back to the preparations and down to the plan, and the focus goes along
    const nav = page.getByRole('navigation', { name: m.navLabel });
    await nav.getByRole('button', { name: m.navPreparations }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('mine-heading');
    await nav.getByRole('button', { name: m.navActions }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('actions-heading');
    // the heading shows below the bar, which stays at the top of the page
    const [bar, heading] = [await nav.boundingBox(), await page.locator('#actions-heading').boundingBox()];
    expect(bar!.y).toBeLessThan(1);
    expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    expect(heading!.y).toBeLessThan(900);

    // approve: the confirmation says what goes to whom
    await page.getByRole('button', { name: m.approve }).click();
    const dialog = page.getByRole('dialog', { name: m.approveTitle });
    await dialog.getByText(m.approveBody(employee.displayName)).waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
    await page.screenshot({ path: `${SHOTS}/workspace-approve-dialog.png` });
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: m.approveConfirm }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^Du godkjente /).waitFor();
    const approved = await serverReferat();
    expect(approved.approvals.map((a) => a.role)).toEqual(['leader']);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('stacks the two preparations on a narrow screen', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/tab/#/conversations/${conversationId}`);
    await page.getByRole('button', { name: new RegExp(`^${leader.displayName}`) }).click();
    const mine = page.getByRole('heading', { level: 2, name: 'Din forberedelse' });
    const theirs = page.getByRole('heading', { level: 2, name: `Svarene fra ${employee.displayName}` });
    await theirs.waitFor();
    const [a, b] = [await mine.boundingBox(), await theirs.boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(Math.abs(b!.x - a!.x)).toBeLessThan(5);
    await page.screenshot({ path: `${SHOTS}/workspace-narrow.png` });
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows the employee nothing of the leader’s on the same address', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/tab/#/conversations/${conversationId}`);
    await page.getByRole('button', { name: new RegExp(`^${employee.displayName}`) }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(m.privateMarker).count()).toBe(0);
    expect(await page.getByText('Notat fra den andre fanen').count()).toBe(0);
    expect(await page.getByRole('button', { name: m.approve }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/workspace-as-employee.png` });
    await expectNoAxeViolations(page);
    await context.close();
  });
});
