// 000 section 5, "Sjekkliste ved avslutting". The seed gives no deadlines; ours: hand-over and the payroll
// stop two weeks before the last day (payroll closes before the month ends), the archive one week before,
// the rest by the last day. Bokmål as in the seed.
import type { ChecklistItemDefinition } from './types';

type Extra = Partial<Pick<ChecklistItemDefinition, 'involves'>>;

function item(id: string, offsetDays: number, nb: string, nn: string, en: string, extra: Extra = {}) {
  const definition: ChecklistItemDefinition = {
    id,
    phase: 'exit',
    offsetDays,
    responsible: 'leader',
    source: '000 5',
    text: { nb, nn, en },
    ...extra,
  };
  return definition;
}

export const EXIT_ITEMS: ChecklistItemDefinition[] = [
  item(
    'hand-over',
    -14,
    'Sjekke restanselister, ev. overføring av saker/oppgaver til andre',
    'Sjekke restanselister, ev. overføring av saker/oppgåver til andre',
    'Check outstanding cases and hand over cases and tasks to others',
  ),
  item(
    'payroll-stop',
    -14,
    'Stoppmelding for lønn – er dette i orden?',
    'Stoppmelding for løn – er dette i orden?',
    'Stop notice to payroll – is it in order?',
    { involves: 'hr' },
  ),
  item(
    'archive-tasks',
    -7,
    'Melde fra til arkivtjenesten om arkivrelaterte oppgaver',
    'Melde frå til arkivtenesta om arkivrelaterte oppgåver',
    'Tell the archive service about archive-related tasks',
    { involves: 'archive' },
  ),
  item(
    'exit-conversation',
    0,
    'Sluttsamtale – hvorfor sluttet vedkommende?',
    'Sluttsamtale – kvifor slutta vedkommande?',
    'Exit conversation – why is the person leaving?',
  ),
  item(
    'clear-pc',
    0,
    'Gjennomgå og ev. slette innhold på PC',
    'Gå gjennom og ev. slette innhald på PC',
    'Go through and if needed delete the contents of the PC',
    { involves: 'it' },
  ),
  item(
    'clear-office',
    0,
    'Rydding av kontoret/arbeidsplassen m.m.',
    'Rydding av kontoret/arbeidsplassen m.m.',
    'Clear the office or workplace',
  ),
  item(
    'return-keys',
    0,
    'Innlevering av nøkler, ev. andre ting',
    'Innlevering av nøklar, ev. andre ting',
    'Return keys and any other equipment',
  ),
  item(
    'block-access',
    0,
    'Melde fra til IT om at ID for datatilgang sperres',
    'Melde frå til IT om at ID for datatilgang blir sperra',
    'Tell IT to block the user ID',
    { involves: 'it' },
  ),
  item(
    'reference',
    0,
    'Sluttattest, enhetsleder skal skrive under',
    'Sluttattest, einingsleiaren skal skrive under',
    'Certificate of employment, signed by the head of unit',
  ),
];
