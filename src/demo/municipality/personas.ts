// Who you can be on the demo sign-in page: enough people to walk every flow of DESIGN.md §2 —
// a leader with a full team, a second leader, an employee, a new hire in probation, and HR.
import { z } from 'zod';
import { ZRole, type Municipality, type Person } from '../../core/org';

export const ZDemoPersona = z.object({
  personId: z.string().uuid(),
  displayName: z.string(),
  jobTitle: z.string(),
  unitName: z.string(),
  role: ZRole,
});
export type DemoPersona = z.infer<typeof ZDemoPersona>;

export function demoPersonas(m: Municipality): DemoPersona[] {
  const unitName = new Map(m.units.map((unit) => [unit.id, unit.name]));
  const reports = new Map<string, Person[]>();
  for (const person of m.people) {
    if (person.managerId === null) continue;
    reports.set(person.managerId, [...(reports.get(person.managerId) ?? []), person]);
  }
  const teamSize = (p: Person) => reports.get(p.id)?.length ?? 0;
  // the top of the tree leads leaders, not a team: the demo wants someone with ordinary employees
  const leaders = m.people
    .filter((p) => p.roles.includes('leader') && p.managerId !== null)
    .sort((a, b) => teamSize(b) - teamSize(a));
  const [first, second] = leaders;
  const plain = (p: Person) => p.roles.length === 1 && p.roles[0] === 'employee';
  const team = first ? (reports.get(first.id) ?? []).filter(plain) : [];
  const heldStart = new Set(m.history.filter((h) => h.kind === 'start').map((h) => h.personId));
  const hadAnnual = new Set(m.history.filter((h) => h.kind === 'annual').map((h) => h.personId));
  const byLatestStart = (a: Person, b: Person) =>
    a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0;
  // in probation: has started (held a start conversation), latest start first; prefer the first leader's team
  const newHires = m.people.filter((p) => plain(p) && heldStart.has(p.id)).sort(byLatestStart);
  const newHire = newHires.find((p) => team.includes(p)) ?? newHires[0];
  // an ordinary year: permanent, not leaving, with last year's conversation to build on
  const settled = (p: Person) =>
    p.employmentType === 'permanent' && p.positionPercent >= 50 && p.endDate === null && hadAnnual.has(p.id);
  const employee = team.find(settled) ?? team[0];
  const hr = m.people.find((p) => p.roles.includes('hr'));
  const chosen: [Person | undefined, DemoPersona['role']][] = [
    [first, 'leader'],
    [second, 'leader'],
    [employee, 'employee'],
    [newHire, 'employee'],
    [hr, 'hr'],
  ];
  return chosen.flatMap(([p, role]) =>
    p
      ? [
          {
            personId: p.id,
            displayName: p.displayName,
            jobTitle: p.jobTitle,
            unitName: unitName.get(p.unitId) ?? '',
            role,
          },
        ]
      : [],
  );
}
