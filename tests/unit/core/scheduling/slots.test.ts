import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/core/policy/defaults';
import type { BusyTime } from '../../../../src/core/scheduling/busy';
import { findFreeSlots, type FreeSlotInput } from '../../../../src/core/scheduling/slots';

// 000: "innkalling 1-2 uker i forveien"; the default policy: 08:00-15:30 on weekdays, 90-minute annual.
function input(today: string, extra: Partial<FreeSlotInput> = {}): FreeSlotInput {
  return {
    today,
    lead: DEFAULT_POLICY.invitation,
    workingHours: DEFAULT_POLICY.workingHours,
    durationMinutes: 90,
    bufferMinutes: 15,
    busy: [],
    booked: [],
    maxPerDay: DEFAULT_POLICY.maxConversationsPerLeaderPerDay,
    ...extra,
  };
}

const firstStartOn = (slots: { date: string; start: string }[], date: string) =>
  slots.filter((s) => s.date === date).sort((a, b) => a.start.localeCompare(b.start))[0]?.start;

const busy = (start: string, end: string, showAs: BusyTime['showAs'] = 'busy'): BusyTime => ({
  start,
  end,
  showAs,
});

describe('findFreeSlots', () => {
  it('offers working days 7 to 14 days ahead (000), from 08:00 to a last start of 14:00 Oslo time', () => {
    // Monday 23 November 2026: the window is Monday 30 November to Monday 7 December (winter: UTC+1)
    const slots = findFreeSlots(input('2026-11-23'));
    const dates = [...new Set(slots.map((s) => s.date))].sort();
    expect(dates).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
    ]);
    const monday = slots.filter((s) => s.date === '2026-11-30').map((s) => s.start);
    expect(monday[0]).toBe('2026-11-30T07:00:00Z');
    // a 90-minute slot must end by 15:30, so 14:00 (13:00Z) is the last start; 25 starts on a 15-minute grid
    expect(monday.at(-1)).toBe('2026-11-30T13:00:00Z');
    expect(monday).toHaveLength(25);
  });

  it('opens at 08:00 Oslo on both sides of the March DST change (07:00Z before, 06:00Z after)', () => {
    // clocks go forward on Sunday 29 March 2026; the window is Monday 23 to Monday 30 March
    const slots = findFreeSlots(input('2026-03-16'));
    expect(firstStartOn(slots, '2026-03-27')).toBe('2026-03-27T07:00:00Z');
    expect(firstStartOn(slots, '2026-03-30')).toBe('2026-03-30T06:00:00Z');
    expect(slots.find((s) => s.start === '2026-03-30T06:00:00Z')?.end).toBe('2026-03-30T07:30:00Z');
  });

  it('opens at 08:00 Oslo on both sides of the October DST change (06:00Z before, 07:00Z after)', () => {
    // clocks go back on Sunday 25 October 2026
    const slots = findFreeSlots(input('2026-10-16'));
    expect(firstStartOn(slots, '2026-10-23')).toBe('2026-10-23T06:00:00Z');
    expect(firstStartOn(slots, '2026-10-26')).toBe('2026-10-26T07:00:00Z');
  });

  it('skips Easter 2026: skjærtorsdag 2 April, langfredag 3 April and 2. påskedag 6 April', () => {
    const slots = findFreeSlots(input('2026-03-23'));
    expect([...new Set(slots.map((s) => s.date))].sort()).toEqual(['2026-03-30', '2026-03-31', '2026-04-01']);
  });

  it('ends julaften and nyttårsaften at noon: a 90-minute conversation starts by 10:30 (aml § 10-10, SPH 3.1.2)', () => {
    // Monday 14 December 2026: the window is 21 to 28 December; 25 and 26 December are holidays
    const christmas = findFreeSlots(input('2026-12-14'));
    expect([...new Set(christmas.map((s) => s.date))].sort()).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-28',
    ]);
    const eve = christmas.filter((s) => s.date === '2026-12-24').map((s) => s.start);
    expect(eve[0]).toBe('2026-12-24T07:00:00Z');
    expect(eve.at(-1)).toBe('2026-12-24T09:30:00Z'); // 10:30 Oslo, ending at 12:00
    // the day before is a whole working day, to a last start of 14:00
    expect(christmas.filter((s) => s.date === '2026-12-23').at(-1)?.start).toBe('2026-12-23T13:00:00Z');
    const newYear = findFreeSlots(input('2026-12-21')).filter((s) => s.date === '2026-12-31');
    expect(newYear.at(-1)?.start).toBe('2026-12-31T09:30:00Z');
  });

  it('leaves out slots that touch a busy or tentative block widened by the buffer', () => {
    const day = '2026-12-01';
    const slots = findFreeSlots(
      input('2026-11-23', {
        // the conductor busy 10:00-11:00 Oslo (09:00-10:00Z), the employee tentative 13:00-14:00 (12:00-13:00Z)
        busy: [
          busy(`${day}T09:00:00Z`, `${day}T10:00:00Z`),
          busy(`${day}T12:00:00Z`, `${day}T13:00:00Z`, 'tentative'),
        ],
      }),
    ).filter((s) => s.date === day);
    const oslo = slots.map((s) => `${Number(s.start.slice(11, 13)) + 1}:${s.start.slice(14, 16)}`);
    // the morning slot must end by 09:45, a buffer before the meeting: 08:15 is the last start
    expect(oslo.slice(0, 2)).toEqual(['8:00', '8:15']);
    // then 11:15 (11:00 plus the buffer), which ends 12:45, a buffer before the tentative block
    expect(oslo.slice(2)).toEqual(['11:15']);
    // nothing after 14:00 + 15 minutes: a slot from 14:15 would end 15:45, past closing at 15:30
  });

  it('does not let free or workingElsewhere block, and an oof day removes the whole day', () => {
    const slots = findFreeSlots(
      input('2026-11-23', {
        busy: [
          busy('2026-11-30T07:00:00Z', '2026-11-30T14:30:00Z', 'workingElsewhere'),
          busy('2026-12-01T07:00:00Z', '2026-12-01T14:30:00Z', 'free'),
          busy('2026-12-02T07:00:00Z', '2026-12-02T14:30:00Z', 'oof'),
        ],
      }),
    );
    const perDay = (date: string) => slots.filter((s) => s.date === date).length;
    expect([perDay('2026-11-30'), perDay('2026-12-01'), perDay('2026-12-02')]).toEqual([25, 25, 0]);
  });

  it("respects the conductor's max per day, counting conversations already booked that day", () => {
    const booked = ['07', '09', '11'].map((h) => ({
      start: `2026-12-03T${h}:00:00Z`,
      end: `2026-12-03T${h}:45:00Z`,
    }));
    const full = findFreeSlots(input('2026-11-23', { booked, maxPerDay: 3 }));
    expect(full.some((s) => s.date === '2026-12-03')).toBe(false);
    expect(full.some((s) => s.date === '2026-12-04')).toBe(true);
    const one = findFreeSlots(input('2026-11-23', { booked: booked.slice(0, 1), maxPerDay: 3 }));
    expect(one.find((s) => s.date === '2026-12-03')?.conductorLoad).toBe(1);
    // the booked conversation blocks its own time too: 08:00-08:45 Oslo plus the buffer
    expect(one.filter((s) => s.date === '2026-12-03')[0]?.start).toBe('2026-12-03T08:00:00Z');
  });

  it('ranks preferred times first, then days where the conductor has fewer conversations, then the earliest', () => {
    const slots = findFreeSlots(
      input('2026-11-23', {
        // one conversation already on Monday 30 November 07:00-08:00Z
        booked: [{ start: '2026-11-30T07:00:00Z', end: '2026-11-30T08:00:00Z' }],
        preferred: [{ from: '12:00', to: '13:30' }],
      }),
    );
    // 12:00-13:30 Oslo is the only preferred 90-minute slot each day; Monday has a booking, so it comes last
    expect(slots.slice(0, 6).map((s) => s.start)).toEqual([
      '2026-12-01T11:00:00Z',
      '2026-12-02T11:00:00Z',
      '2026-12-03T11:00:00Z',
      '2026-12-04T11:00:00Z',
      '2026-12-07T11:00:00Z',
      '2026-11-30T11:00:00Z',
    ]);
    expect(slots[6]).toMatchObject({ start: '2026-12-01T07:00:00Z', preferred: false, conductorLoad: 0 });
    expect(slots.at(-1)).toMatchObject({ date: '2026-11-30', conductorLoad: 1, preferred: false });
  });
});
