// The shape of the organisation: units, who leads them and who reports to whom. Spans of control stay
// realistic at any size (a leader with 200 direct reports would make every leader view meaningless),
// so large units get assistant leaders and many units get kommunalsjefer / områdeledere above them.
import type { Random } from './random';
import { ADMINISTRATION, PLACES, UNIT_CYCLE, UNIT_KINDS, type Sector, type UnitKind } from './unit-kinds';

export type Position = 'top' | 'sector' | 'unit-leader' | 'deputy' | 'hr' | 'staff';

/** A person before they get a name: where they sit in the tree. */
export interface Draft {
  unitIndex: number;
  managerIndex: number | null;
  jobTitle: string;
  kind: UnitKind;
  position: Position;
}

export interface DraftUnit {
  name: string;
  leaderIndex: number;
}

export interface OrgTree {
  units: DraftUnit[];
  drafts: Draft[];
}

/** average people per unit: a typical municipal unit of 15-20 */
const PEOPLE_PER_UNIT = 17.5;
/** most direct reports of one group inside a unit before an assistant leader takes some */
const GROUP_SIZE = 18;
/** most unit leaders directly under the kommunedirektør before kommunalsjefer are put between */
const DIRECT_UNIT_LEADERS = 8;
/** most leaders under one kommunalsjef or områdeleder */
const LEADERS_PER_MANAGER = 15;

const kindByKey = new Map(UNIT_KINDS.map((kind) => [kind.key, kind]));

function managersNeeded(leaders: number): number {
  if (leaders <= LEADERS_PER_MANAGER) return 1;
  const groups = Math.ceil(leaders / LEADERS_PER_MANAGER);
  return groups + managersNeeded(groups);
}

/** split total into parts proportional to weights (largest remainder), each at least min */
function apportion(total: number, weights: number[], min: number): number[] {
  const spare = total - min * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = spare - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts.map((p) => p + min);
}

export function buildOrgTree(size: number, random: Random): OrgTree {
  const unitCount = Math.max(4, Math.round(size / PEOPLE_PER_UNIT));
  const kinds = [ADMINISTRATION];
  for (let i = 0; kinds.length < unitCount; i++) {
    const kind = kindByKey.get(UNIT_CYCLE[i % UNIT_CYCLE.length] ?? '');
    if (kind) kinds.push(kind);
  }
  const sectors = new Map<Sector, number>();
  for (const kind of kinds.slice(1)) sectors.set(kind.sector, (sectors.get(kind.sector) ?? 0) + 1);
  const withSectors = unitCount - 1 > DIRECT_UNIT_LEADERS;
  const middle = withSectors
    ? [...sectors.values()].reduce((n, leaders) => n + managersNeeded(leaders), 0)
    : 0;
  // ±15 % per unit, so not every school is the same size
  const sizes = apportion(
    size - middle,
    kinds.map((kind) => kind.weight * (0.85 + 0.3 * random.next())),
    3,
  );

  const tree: OrgTree = { units: [], drafts: [] };
  const placeUse = new Map<string, number>();
  kinds.forEach((kind, i) => {
    const used = placeUse.get(kind.key) ?? 0;
    placeUse.set(kind.key, used + 1);
    const place = PLACES[used % PLACES.length] ?? 'Fjordvik';
    const round = Math.floor(used / PLACES.length);
    addUnit(tree, kind, kind.unitName(place) + (round > 0 ? ` ${round + 1}` : ''), sizes[i] ?? 3, random);
  });

  const unitLeaders = tree.units.slice(1).map((unit) => unit.leaderIndex);
  if (!withSectors) {
    for (const leader of unitLeaders) setManager(tree, leader, 0);
    return tree;
  }
  for (const sector of sectors.keys()) {
    const leaders = unitLeaders.filter((leader) => tree.drafts[leader]?.kind.sector === sector);
    setManager(tree, leadSector(tree, sector, leaders), 0);
  }
  return tree;
}

function setManager(tree: OrgTree, index: number, managerIndex: number): void {
  const draft = tree.drafts[index];
  if (draft) draft.managerIndex = managerIndex;
}

function addPerson(tree: OrgTree, draft: Draft): number {
  tree.drafts.push(draft);
  return tree.drafts.length - 1;
}

/** A unit of `headcount` people: its leader, assistant leaders when it is large, and staff. */
function addUnit(tree: OrgTree, kind: UnitKind, name: string, headcount: number, random: Random): void {
  const unitIndex = tree.units.length;
  const isTop = unitIndex === 0;
  const leader = addPerson(tree, {
    unitIndex,
    managerIndex: null,
    jobTitle: kind.leaderTitle,
    kind,
    position: isTop ? 'top' : 'unit-leader',
  });
  tree.units.push({ name, leaderIndex: leader });
  const groups = Math.ceil((headcount - 1) / GROUP_SIZE);
  const staff = headcount - 1 - (groups - 1);
  for (let g = 0; g < groups; g++) {
    const groupLeader =
      g === 0
        ? leader
        : addPerson(tree, {
            unitIndex,
            managerIndex: leader,
            jobTitle: kind.deputyTitle,
            kind,
            position: 'deputy',
          });
    const groupSize = Math.floor(staff / groups) + (g < staff % groups ? 1 : 0);
    for (let s = 0; s < groupSize; s++) {
      const hr = isTop && g === 0 && s === 0;
      addPerson(tree, {
        unitIndex,
        managerIndex: groupLeader,
        jobTitle: hr ? 'personalsjef' : random.weighted(kind.titles),
        kind,
        position: hr ? 'hr' : 'staff',
      });
    }
  }
}

/** Put kommunalsjef (and områdeledere when there are many units) above a sector's unit leaders. */
function leadSector(tree: OrgTree, sector: Sector, leaders: number[], level = 1): number {
  const sectorName = sector.charAt(0).toUpperCase() + sector.slice(1);
  const addManager = (name: string, jobTitle: string) => {
    const unitIndex = tree.units.length;
    const index = addPerson(tree, {
      unitIndex,
      managerIndex: null,
      jobTitle,
      kind: ADMINISTRATION,
      position: 'sector',
    });
    tree.units.push({ name, leaderIndex: index });
    return index;
  };
  if (leaders.length <= LEADERS_PER_MANAGER) {
    const chief = addManager(`Kommunalområde ${sector}`, `kommunalsjef ${sector}`);
    for (const leader of leaders) setManager(tree, leader, chief);
    return chief;
  }
  const groups = Math.ceil(leaders.length / LEADERS_PER_MANAGER);
  const managers: number[] = [];
  for (let g = 0; g < groups; g++) {
    const manager = addManager(`${sectorName}, område ${level}.${g + 1}`, 'områdeleder');
    leaders.filter((_, i) => i % groups === g).forEach((leader) => setManager(tree, leader, manager));
    managers.push(manager);
  }
  return leadSector(tree, sector, managers, level + 1);
}
