// A demo leader schedules in a real browser against the whole demo (server, Graph emulator): one
// conversation through the "Planlegg" dialog, then a round for the rest of the team shared with a leader near
// them (003), with axe on the dialog, the settings, the preview and the result. Screenshots land in
// test-results/e2e/ for a human to look at.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/org';
import { osloToday } from '../../src/server/clock';
import { startDemoStack } from '../../src/server/demo-stack';
import { z } from 'zod';
import { listNoticesOf } from '../../src/app/notice-outbox';
import { ZNearLeader } from '../../src/tab/api/scheduling';
import { ZAccessToken, ZPersonaList, ZTeam, type TeamMember } from '../../src/tab/api/schemas';
import { CATALOGUE } from '../../src/tab/i18n/catalogue';
import { messagesIn } from '../../src/tab/i18n/feature-messages';
import { roundMessages } from '../../src/tab/scheduling/round-messages';
import { scheduleMessages } from '../../src/tab/scheduling/schedule-messages';
import { createGraphRecorder } from '../contract/recorder';
import { launchChromium } from './browser';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';
const DEMO_HEADING = 'Demoinnlogging – fiktiv kommune, ingen ekte data';

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;
let page: Page;
let leader: Person;
const graph = createGraphRecorder();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // the browser checks the token's expiry against the real clock, so the demo runs on it too
  stack = await startDemoStack({
    port: 0,
    inMemory: true,
    today: osloToday(new Date()),
    onGraphExchange: graph.record,
  });
  browser = await launchChromium();
  const response = await fetch(`${stack.url}/api/demo/personas`);
  const persona = ZPersonaList.parse(await response.json()).personas.find((p) => p.role === 'leader');
  if (!persona) throw new Error('the demo has no leader persona');
  const person = stack.municipality.people.find((p) => p.id === persona.personId);
  if (!person) throw new Error('the leader persona is not a person of the municipality');
  leader = person;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  page = await context.newPage();
  await page.goto(`${stack.url}/tab/`);
  await page.getByRole('heading', { level: 1, name: DEMO_HEADING }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${persona.displayName}`) }).click();
  await page.getByRole('table').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  graph.assertAllValid();
});

const ZCoConductors = z.object({ coConductors: z.array(ZNearLeader) });
const ZConducting = z.object({
  conducting: z.array(
    z.object({ id: z.string(), kind: z.string(), employeeId: z.string(), conductorId: z.string() }),
  ),
});

const reports = () => stack.municipality.people.filter((p) => p.managerId === leader.id);
let bookedName = '';

/** GET on the API as a demo person */
async function getAs(personId: string, path: string): Promise<unknown> {
  const signIn = await fetch(`${stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  const { accessToken } = ZAccessToken.parse(await signIn.json());
  const res = await fetch(`${stack.url}/api${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
}

async function firstDueAnnual(): Promise<TeamMember> {
  const member = ZTeam.parse(await getAs(leader.id, '/team')).members.find(
    (m) => m.nextDue?.kind === 'annual' && !m.nextBooked,
  );
  if (!member) throw new Error("nobody in the leader's team is due an annual conversation");
  return member;
}

describe('leader scheduling (demo)', () => {
  it('books one conversation through the dialog, after a confirmation that names the person and the time', async () => {
    const m = messagesIn(scheduleMessages, leader.preferredLanguage);
    // someone due an annual conversation, so that the annual round afterwards is for "the rest"
    const employee = await firstDueAnnual();
    bookedName = employee.displayName;
    await page.getByRole('button', { name: m.planButtonLabel(employee.displayName) }).click();
    const dialog = page.getByRole('dialog', { name: m.dialogTitle(employee.displayName) });
    await dialog.waitFor();
    // the three suggestions come a moment after the dialog; "another time" is there from the start
    await dialog.getByRole('radio').nth(3).waitFor();
    // the three suggestions and "another time"
    expect(await dialog.getByRole('radio').count()).toBe(4);
    // 002: not the leader's own office; the town hall's conversation room, from GET /api/rooms
    const roomSelect = dialog.getByRole('combobox', { name: m.room });
    const room = roomSelect.locator('option', { hasText: 'Samtalerommet' });
    await room.waitFor({ state: 'attached' });
    await roomSelect.selectOption((await room.getAttribute('value')) ?? '');
    await dialog.getByRole('textbox', { name: m.topics }).fill('Kompetanseplan for neste år');
    // another time is typed the Norwegian way, 1430 is 14:30 whatever the browser's locale; then back to
    // the first suggestion
    await dialog.getByRole('radio', { name: m.otherTime }).check();
    const time = dialog.getByRole('textbox', { name: new RegExp(`^${m.time}`) });
    await time.fill('1430');
    await time.blur();
    expect(await time.inputValue()).toBe('14:30');
    await dialog.getByRole('radio').first().check();
    await page.screenshot({ path: `${SHOTS}/schedule-dialog.png` });
    await expectNoAxeViolations(page);

    // The suggestions come from the two people's calendars; the room may be busy at a suggested time, and
    // then the dialog says so and offers the others: the leader tries the next one.
    for (let attempt = 0; attempt < 3; attempt++) {
      const first = dialog.getByRole('radio').first();
      expect(await first.isChecked()).toBe(true);
      const when = (await page.locator(`label[for="${await first.getAttribute('id')}"]`).textContent()) ?? '';
      expect(when).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/);
      await dialog.getByRole('button', { name: m.next }).click();
      const text = (await dialog.getByTestId('booking-confirmation').textContent()) ?? '';
      expect(text).toContain(`${employee.displayName} (${employee.mail})`);
      expect(text).toContain(when);
      expect(text).toContain('Samtalerommet');
      expect(text).toContain('Kompetanseplan for neste år');
      if (attempt === 0) {
        await page.screenshot({ path: `${SHOTS}/schedule-confirm.png` });
        await expectNoAxeViolations(page);
      }
      await dialog.getByRole('button', { name: m.send, exact: true }).click();
      const outcome = dialog.getByRole('button', { name: m.close }).or(dialog.getByText(m.slotTaken));
      await outcome.first().waitFor();
      if (await dialog.getByRole('button', { name: m.close }).isVisible()) break;
      await dialog.getByText(m.suggestionsLoading).waitFor({ state: 'hidden' });
    }
    expect(await dialog.getByText(m.booked(employee.displayName, '').slice(0, 15)).isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/schedule-booked.png` });
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: m.close }).click();

    const bookedWord = CATALOGUE[leader.preferredLanguage].bookedAt('').trim();
    const row = page.locator('tr', { hasText: employee.displayName });
    await row.getByText(bookedWord).waitFor();
    await page.screenshot({ path: `${SHOTS}/schedule-row-booked.png` });
  });

  // the round's page, preview and send confirmation in the other two themes, sending nothing
  it.each(['dark', 'contrast'] as const)(
    'the round planner, its preview and its confirmation pass axe in the %s theme',
    async (theme) => {
      const m = messagesIn(roundMessages, leader.preferredLanguage);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
      const themed = await context.newPage();
      await themed.goto(`${stack.url}/tab/?theme=${theme}`);
      await themed.getByRole('button', { name: new RegExp(`^${leader.displayName}`) }).click();
      await themed.getByRole('button', { name: m.planRound }).click();
      await themed.getByRole('heading', { level: 1, name: m.heading }).waitFor();
      // with a co-conductor, so the split's selects are judged in the theme too
      await themed.getByRole('checkbox').first().check();
      await themed.getByRole('group', { name: m.splitHeading }).waitFor();
      await expectNoAxeViolations(themed);
      await themed.getByRole('button', { name: m.makePreview }).click();
      await themed.getByRole('region', { name: m.previewHeading }).waitFor();
      await themed.screenshot({ path: `${SHOTS}/round-preview-${theme}.png`, fullPage: true });
      await expectNoAxeViolations(themed);
      await themed.getByRole('button', { name: m.sendInvitations }).click();
      const dialog = themed.getByRole('dialog', { name: m.confirmTitle });
      await dialog.waitFor();
      await expectNoAxeViolations(themed);
      // after axe, which waits for the dialog's fade-in
      await themed.screenshot({ path: `${SHOTS}/round-confirm-${theme}.png` });
      await dialog.getByRole('button', { name: m.back, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await context.close();
    },
    60_000,
  );

  it('plans a round for the rest over three weeks from next Monday, shared with a leader near them (003), previews it and sends it', async () => {
    const m = messagesIn(roundMessages, leader.preferredLanguage);
    const rest = reports().filter((p) => p.displayName !== bookedName);
    // a leader beside the planner in the directory (Kari Kvåle's: the other unit leaders under Hilde Bøe)
    const { coConductors } = ZCoConductors.parse(await getAs(leader.id, '/rounds/co-conductors'));
    const co = coConductors.find((c) => c.relation === 'peer');
    if (!co) throw new Error('the demo leader has no leader beside them to share the round with');
    await page.getByRole('button', { name: m.planRound }).click();
    await page.getByRole('heading', { level: 1, name: m.heading }).waitFor();

    // chosen from the keyboard: the leader's own leader and the leaders beside them are offered
    const conductors = page.getByRole('group', { name: m.conductorsHeading });
    const box = conductors.getByRole('checkbox', { name: new RegExp(`^${co.displayName}`) });
    await box.waitFor();
    expect(await conductors.getByRole('checkbox').count()).toBe(coConductors.length);
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    // everyone split evenly in name order, the planner taking the one left over
    const split = page.getByRole('group', { name: m.splitHeading });
    await split.waitFor();
    const holderOf = async () => {
      const holders = new Map<string, string>();
      for (const person of rest)
        holders.set(
          person.id,
          await split.getByRole('combobox', { name: person.displayName, exact: true }).inputValue(),
        );
      return holders;
    };
    let holders = await holderOf();
    const theirs = () => rest.filter((p) => holders.get(p.id) === co.id);
    // the split is made once the team is there, which may come after the tick
    await expect
      .poll(async () => {
        holders = await holderOf();
        return theirs().length;
      })
      .toBe(Math.floor(rest.length / 2));
    expect(rest.filter((p) => holders.get(p.id) === leader.id)).toHaveLength(Math.ceil(rest.length / 2));
    // and one row changed by hand: someone of the planner's goes to the co-conductor
    const moved = rest.find((p) => holders.get(p.id) === leader.id)!;
    await split.getByRole('combobox', { name: moved.displayName, exact: true }).selectOption(co.id);
    holders = await holderOf();
    expect(holders.get(moved.id)).toBe(co.id);
    await page.screenshot({ path: `${SHOTS}/round-settings-shared.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: m.makePreview }).click();
    const preview = page.getByRole('region', { name: m.previewHeading });
    await preview.waitFor();
    const previewText = (await preview.textContent()) ?? '';
    for (const person of rest)
      expect(previewText, `${person.displayName} is planned`).toContain(person.displayName);
    // the one booked through the dialog is not planned twice
    expect(previewText).not.toContain(bookedName);
    // the co-conductor's conversations say who holds them
    for (const person of theirs()) {
      // the person's own line, inside their day's
      const item = preview.getByRole('listitem').filter({ hasText: person.displayName }).last();
      expect(await item.textContent()).toContain(m.heldBy(co.displayName));
    }
    await page.screenshot({ path: `${SHOTS}/round-preview.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: m.sendInvitations }).click();
    const dialog = page.getByRole('dialog', { name: m.confirmTitle });
    const confirmText = (await dialog.textContent()) ?? '';
    expect(confirmText).toContain(m.fromYours(rest.length - theirs().length));
    expect(confirmText).toContain(m.fromTheirs(theirs().length, co.displayName));
    expect(confirmText).toContain(m.coConductorsTold);
    for (const person of rest) expect(confirmText).toContain(person.mail);
    await expectNoAxeViolations(page);
    // after axe, which waits for the dialog's fade-in
    await page.screenshot({ path: `${SHOTS}/round-confirm.png` });
    await dialog.getByRole('button', { name: m.send, exact: true }).click();

    await page.getByText(m.allSent(rest.length)).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/round-result.png`, fullPage: true });
    await expectNoAxeViolations(page);

    // the co-conductor holds exactly the conversations the split gave them, in their own calendar, and is
    // told of each; the planner holds the rest
    const held = ZConducting.parse(await getAs(co.id, '/conversations')).conducting.filter(
      (c) => c.kind === 'annual' && rest.some((p) => p.id === c.employeeId),
    );
    expect(held.map((c) => c.employeeId).sort()).toEqual(
      theirs()
        .map((p) => p.id)
        .sort(),
    );
    const theirCalendar = stack.graph.calendar.list(stack.graph.calendar.mailbox(co.id)!);
    for (const c of held) {
      expect(c.conductorId).toBe(co.id);
      expect(theirCalendar.filter((e) => [...e.extended.values()].includes(c.id))).toHaveLength(1);
    }
    const told = (await listNoticesOf(stack.store, co.id)).filter(
      (n) => n.notice.type === 'leader-notification' && n.notice.event === 'conductor-assigned',
    );
    expect(told).toHaveLength(held.length);
    const planners = ZConducting.parse(await getAs(leader.id, '/conversations')).conducting;
    for (const person of rest.filter((p) => holders.get(p.id) === leader.id))
      expect(planners.some((c) => c.employeeId === person.id && c.conductorId === leader.id)).toBe(true);
  }, 90_000);
});
