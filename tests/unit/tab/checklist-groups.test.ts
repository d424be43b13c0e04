// The checklist page's layout rules: items under their phase in the list's order, and the mentor item that
// cannot be ticked while a newly qualified teacher has no mentor (000 3 / SFS 2213).
import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../src/tab/api/checklists';
import { groupByPhase, mustNameMentorFirst } from '../../../src/tab/checklists/checklist-groups';

const item = (id: string, phase: ChecklistItem['phase'], deadline: string): ChecklistItem => ({
  id,
  phase,
  responsible: 'leader',
  deadline,
  text: { nb: id, nn: id, en: id },
  source: '000 3',
  done: null,
  overdue: false,
  etag: 'e',
});

describe('groupByPhase', () => {
  it('keeps the list’s order and puts each item under its phase, phases in the order they first come', () => {
    const groups = groupByPhase([
      item('offer', 'before-start', '2026-11-20'),
      item('pc', 'before-start', '2026-11-27'),
      item('welcome', 'day-1', '2026-12-04'),
      item('tour', 'week-1', '2026-12-08'),
    ]);
    expect(groups.map((g) => [g.phase, g.items.map((i) => i.id)])).toEqual([
      ['before-start', ['offer', 'pc']],
      ['day-1', ['welcome']],
      ['week-1', ['tour']],
    ]);
    expect(groupByPhase([])).toEqual([]);
  });
});

describe('mustNameMentorFirst', () => {
  it('holds back ticking the mentor item only while the mentor is missing, and never holds back an untick', () => {
    const mentorItem = { id: 'appoint-mentor' };
    expect(mustNameMentorFirst({ mentorMissing: true }, mentorItem, true)).toBe(true);
    expect(mustNameMentorFirst({ mentorMissing: true }, mentorItem, false)).toBe(false);
    expect(mustNameMentorFirst({ mentorMissing: false }, mentorItem, true)).toBe(false);
    expect(mustNameMentorFirst({ mentorMissing: true }, { id: 'offer' }, true)).toBe(false);
  });
});
