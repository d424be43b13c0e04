// samtale remind --dry-run: the reminders the sweep would find due on a day, from the example org and state
// (examples/reminder-state.json), on Friday 27 November 2026 unless a test says otherwise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { noticeKey } from '../../../src/core/notices';
import { fakeIo } from './fake-io';

const org = JSON.parse(readFileSync('examples/org.json', 'utf8')) as Record<string, unknown>;
const state = JSON.parse(readFileSync('examples/reminder-state.json', 'utf8')) as {
  conversations: Record<string, unknown>[];
  checklistItems: Record<string, unknown>[];
};
const ARGS = ['remind', '--dry-run', '--org', 'org.json', '--state', 'state.json', '--today', '2026-11-27'];
const KARI = '00000000-0000-4000-8000-000000000002';
const OLA = '00000000-0000-4000-8000-000000000003';
const NINA = '00000000-0000-4000-8000-000000000010';
const MONA = '00000000-0000-4000-8000-000000000008';

interface JsonOut {
  today: string;
  sendingDay: boolean;
  reminders: {
    rule: string;
    as: string;
    key: string;
    dueOn: string;
    recipient: { id: string; name: string };
  }[];
}

async function run(
  args: string[],
  files: Record<string, unknown> = { 'org.json': org, 'state.json': state },
) {
  const io = fakeIo(files);
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('samtale remind --dry-run', () => {
  it('lists who gets what and why, per recipient, in bokmål', async () => {
    const { code, out, err } = await run(ARGS);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('Påminnelser fredag 27.11.2026 – Eksempel kommune');
    expect(out).toContain('9 påminnelser til 4 personer');
    expect(out).toContain('ingenting er lagret eller sendt');
    // Monday's meeting is reminded on Friday, to both sides (neither has prepared)
    expect(out).toMatch(
      /Ola Hansen <ola\.hansen@eksempel\.kommune\.no>\n {2}Forberedelse mangler: Medarbeidersamtale med Ola Hansen 30\.11\.2026 kl\. 10:00\n {4}den ansattes forberedelse/,
    );
    expect(out).toContain('lederens forberedelse er ikke sendt inn');
    // Siri's meeting was Tuesday: three days after, the leader has not approved
    expect(out).toContain('Referat til godkjenning: Medarbeidersamtale med Siri Lie 24.11.2026 kl. 13:00');
    // Per's leader approved on Tuesday, so it is Per's turn three days later
    expect(out).toMatch(
      /Per Dahl <[^>]+>\n {2}Referat til godkjenning: .*\n {4}lederen godkjente 24\.11\.2026/,
    );
    // the action Tor carries goes to Tor; the one HR carries to the conductor; the done one to nobody
    expect(out).toMatch(
      /Tor Vik <[^>]+>\n {2}Frist for tiltak nærmer seg: Fullføre kurs i forflytningsteknikk, frist 04\.12\.2026/,
    );
    expect(out).toContain('HR oppdaterer stillingsbeskrivelsen, frist 04.12.2026');
    expect(out).not.toContain('Sette av tid i turnusen');
    // Nina starts on 7 December: the items due a week before go to her leader, first due yesterday
    expect(out).toContain(
      'Klargjøring av arbeidsplass/kontorplass, garderobeplass m.m., frist 30.11.2026 (for Nina Aas)',
    );
    expect(out).toContain('forfalt første gang 26.11.2026 (000 3-5)');
    // Lars's follow-up was cancelled
    expect(out).not.toContain('Lars Berg');
  });

  it('gives every reminder with its key as JSON, the keys the sweep stores', async () => {
    const { code, out } = await run([...ARGS, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as JsonOut;
    expect(json).toMatchObject({ today: '2026-11-27', sendingDay: true });
    const rules = json.reminders.map((r) => r.rule);
    expect(rules.filter((r) => r === 'preparation-missing')).toHaveLength(2);
    expect(rules.filter((r) => r === 'referat-to-approve')).toHaveLength(2);
    expect(rules.filter((r) => r === 'action-deadline-near')).toHaveLength(2);
    expect(rules.filter((r) => r === 'checklist-item-due')).toHaveLength(3);
    const ola = json.reminders.find((r) => r.recipient.id === OLA);
    const notice = {
      type: 'reminder',
      reminder: 'preparation-missing',
      conversationId: 'c-ola-2026',
    } as const;
    expect(ola).toMatchObject({
      as: 'employee',
      dueOn: '2026-11-27',
      key: noticeKey(OLA, notice, '2026-11-30'),
    });
    expect(new Set(json.reminders.map((r) => r.key)).size).toBe(json.reminders.length);
  });

  it('says a Saturday sends nothing, and when reminders go out', async () => {
    const today = ['--today', '2026-11-28'];
    const { code, out } = await run([...ARGS.slice(0, -2), ...today]);
    expect(code).toBe(0);
    expect(out).toContain(
      'lørdag 28.11.2026 er ingen sendedag: påminnelser går ut på arbeidsdager kl. 08:00–15:30',
    );
    const json = JSON.parse((await run([...ARGS.slice(0, -2), ...today, '--json'])).out) as JsonOut;
    expect(json).toMatchObject({ sendingDay: false, reminders: [] });
  });

  it('speaks nynorsk and English when asked', async () => {
    const nn = (await run([...ARGS, '--lang', 'nn'])).out;
    expect(nn).toContain('Påminningar fredag 27.11.2026');
    expect(nn).toContain('Førebuing manglar: Medarbeidarsamtale med Ola Hansen 30.11.2026 kl. 10:00');
    const en = (await run([...ARGS, '--lang', 'en'])).out;
    expect(en).toContain('Reminders Friday 27 Nov 2026 – Eksempel kommune');
    expect(en).toContain(
      'Preparation missing: Annual employee conversation with Ola Hansen 30 Nov 2026 at 10:00',
    );
    expect(en).toContain('Prepare the workplace');
  });

  it("takes a person's checklist from the state file instead of the org's dates: done items and a fadder", async () => {
    const items = [
      {
        personId: NINA,
        itemId: 'prepare-workplace',
        deadline: '2026-11-30',
        responsible: 'leader',
        assigneeId: null,
        leaderId: KARI,
        done: true,
      },
      {
        personId: NINA,
        itemId: 'flowers',
        deadline: '2026-11-30',
        responsible: 'mentor',
        assigneeId: MONA,
        leaderId: KARI,
        done: false,
      },
    ];
    const { out } = await run([...ARGS, '--json'], {
      'org.json': org,
      'state.json': { ...state, checklistItems: items },
    });
    const checklist = (JSON.parse(out) as JsonOut).reminders.filter((r) => r.rule === 'checklist-item-due');
    expect(checklist.map((r) => [r.recipient.name, r.key.split(':')[3]])).toEqual([
      ['Mona Strand', 'flowers'],
    ]);
  });

  it('works from the state file alone, naming people by id', async () => {
    const { code, out } = await run(
      ['remind', '--dry-run', '--state', 'state.json', '--today', '2026-11-27'],
      {
        'state.json': state,
      },
    );
    expect(code).toBe(0);
    expect(out).toContain('6 påminnelser til 4 personer');
    expect(out).toContain(`${OLA}\n  Forberedelse mangler`);
  });

  it('sends nothing without --dry-run, and --help says the server sends', async () => {
    const bare = await run(ARGS.filter((a) => a !== '--dry-run'));
    expect(bare).toMatchObject({ code: 2, out: '' });
    expect(bare.err).toContain('only --dry-run: the server sends the reminders');
    const help = await run(['remind', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain("the server's reminder sweep does\nthat every 15 minutes");
  });

  it('publishes the state format as JSON Schema', async () => {
    const { code, out } = await run(['schema', 'reminder-state']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { properties: Record<string, unknown> };
    expect(Object.keys(json.properties)).toEqual(['conversations', 'checklistItems']);
  });

  it('names the field path of bad input and exits 2', async () => {
    const bad = structuredClone(state);
    (bad.conversations[1] as Record<string, unknown>).start = '2026-11-24 13:00';
    const badDate = await run(ARGS, { 'org.json': org, 'state.json': bad });
    expect(badDate).toMatchObject({ code: 2, out: '' });
    expect(badDate.err).toContain('state.json: conversations[1].start:');
    const stranger = structuredClone(state);
    (stranger.conversations[0] as Record<string, unknown>).employeeId =
      '00000000-0000-4000-8000-000000000099';
    const unknown = await run(ARGS, { 'org.json': org, 'state.json': stranger });
    expect(unknown).toMatchObject({ code: 2, out: '' });
    expect(unknown.err).toContain(
      'state.json: conversations[0].employeeId: no person with this id in org.json',
    );
    expect((await run(['remind', '--dry-run', '--today', '2026-11-27'])).code).toBe(2);
  });
});
