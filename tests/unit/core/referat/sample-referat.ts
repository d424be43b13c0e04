// Signed medarbeidersamtale referats with Norwegian names and text, for the document and PDF tests and the
// PDF benchmark. Variant 3 is the one in examples/referat.json (three actions, bokmål); other variants vary names, language,
// length of the texts and the action plan, so a benchmark over many is not one document 1,000 times.
import type { Person } from '../../../../src/core/org';
import { approve } from '../../../../src/core/referat/approval';
import { edit } from '../../../../src/core/referat/edit';
import type { Referat } from '../../../../src/core/referat/referat';
import type { ReferatDocumentContext } from '../../../../src/core/referat/referat-document';
import { startReferat } from '../../../../src/core/referat/referat';
import { getTemplate } from '../../../../src/core/templates/registry';

/** Text that must never reach the PDF or the employee: the conductor's own notes. */
export const PRIVATE_NOTE = 'PRIVAT-NOTAT: vurderer omplassering, ta opp med personalsjefen';

const NAMES = [
  ['Åse', 'Ødegård'],
  ['Bjørn', 'Ærøy'],
  ['Ståle', 'Løvås'],
  ['Synnøve', 'Bø'],
  ['Kari', 'Nordmann'],
  ['Håkon', 'Grønstøl'],
] as const;

const SENTENCES = [
  'Medarbeideren trives godt i enheten og opplever at arbeidsmengden er håndterbar i perioder med full bemanning.',
  'Vi er enige om at vaktplanen for helgene skal drøftes på neste personalmøte før sommerferien.',
  'Samarbeidet med kollegene på nattevakt fungerer bra; overlappingen på morgenen kan bli tydeligere.',
  'Ønsker mer ansvar for opplæring av nyansatte og å være fadder for lærlinger fra høsten.',
  'Leder gir tilbakemelding på at dokumentasjonen er grundig og i tråd med rutinene våre.',
  'Ergonomien på kontorplassen er ikke god nok: bordet kan ikke heves og stolen må byttes.',
];

const ACTIONS = [
  ['Kurs i journalføring (DIPS) for hele avdelingen', 'Per Hansen'],
  ['Nytt hev-senk-bord og ny kontorstol', 'Driftsavdelingen'],
  ['Fadder for to lærlinger fra august', 'Åse Ødegård'],
  ['Drøfte helgevaktplanen på personalmøtet', 'Per Hansen'],
  ['Veiledning i vanskelige samtaler med pårørende', 'HR, Bjørg Sæther'],
] as const;

export const EMPLOYEE_ID = '6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
export const CONDUCTOR_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

function person(id: string, [given, surname]: readonly [string, string], extra: Partial<Person>): Person {
  return {
    id,
    employeeNumber: '10042',
    givenName: given,
    surname,
    displayName: `${given} ${surname}`,
    mail: `${id.slice(0, 8)}@fjordvik.kommune.no`,
    jobTitle: 'Sykepleier',
    unitId: 'u-helse',
    managerId: CONDUCTOR_ID,
    positionPercent: 80,
    employmentType: 'permanent',
    startDate: '2019-08-15',
    endDate: null,
    preferredLanguage: 'nb',
    roles: ['employee'],
    ...extra,
  };
}

/** A referat approved by both, with private notes, and the context to make its document. */
export function sampleReferat(variant = 0): { referat: Referat; context: ReferatDocumentContext } {
  const template = getTemplate('medarbeidersamtale', 1);
  const names = NAMES[variant % NAMES.length] ?? NAMES[0];
  const employee = person(EMPLOYEE_ID, names, { employeeNumber: String(10042 + variant) });
  const conductor = person(CONDUCTOR_ID, ['Per', 'Hansen'], {
    employeeNumber: '10007',
    jobTitle: 'Avdelingsleder',
    managerId: null,
    roles: ['leader', 'employee'],
  });
  let referat = startReferat({
    conversationId: `conv-2026-${String(42 + variant).padStart(4, '0')}`,
    employeeId: employee.id,
    conductorId: conductor.id,
    template,
    conditions: [],
    heldOn: '2026-03-30',
  });
  template.sections.forEach((section, i) => {
    const count = 1 + ((variant + i) % 3);
    const text = Array.from({ length: count }, (_, k) => SENTENCES[(variant + i + k) % SENTENCES.length]);
    referat = edit(referat, { type: 'section', sectionId: section.id, agreedText: text.join(' ') });
  });
  for (const [i, check] of referat.checks.entries()) {
    const answer = (['yes', 'not-relevant', 'no'] as const)[(variant + i) % 3] ?? 'yes';
    referat = edit(referat, { type: 'check', questionId: check.questionId, answer });
  }
  const actionCount = variant % 6;
  if (actionCount === 0) referat = edit(referat, { type: 'no-special-actions', value: true });
  for (let a = 0; a < actionCount; a++) {
    const [what, responsibleName] = ACTIONS[(variant + a) % ACTIONS.length] ?? ACTIONS[0];
    referat = edit(referat, {
      type: 'add-action',
      action: {
        id: `a${a + 1}`,
        what,
        responsibleId: null,
        responsibleName,
        deadline: `2026-${String(4 + a).padStart(2, '0')}-15`,
        sharedNeed: a === 0,
      },
    });
  }
  referat = edit(referat, { type: 'private-notes', notes: { text: PRIVATE_NOTE } });
  referat = approve(referat, { by: conductor.id, role: 'leader', at: '2026-03-30T12:00:00Z' });
  referat = approve(referat, { by: employee.id, role: 'employee', at: '2026-03-31T06:15:00Z' });
  const languages = ['nb', 'nn', 'en'] as const;
  return {
    referat,
    context: {
      municipality: 'Fjordvik kommune',
      language: languages[variant % 3] ?? 'nb',
      template,
      employee,
      unitName: 'Helse og omsorg, Sjøgløtt sykehjem',
      conductor,
      createdAt: '2026-03-31T06:20:00Z',
    },
  };
}
