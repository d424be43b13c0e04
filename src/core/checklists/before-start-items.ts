// 000 section 3, "Introduksjonsprogram – sjekkliste før tiltredelse". Bokmål as in the seed.
import type { ChecklistItemDefinition } from './types';

const TWO_WEEKS = -14; // 000 3: "- 2 uker"
const ONE_WEEK = -7; // 000 3: "-1 uke"

export const BEFORE_START_ITEMS: ChecklistItemDefinition[] = [
  {
    id: 'offer-letter',
    phase: 'before-start',
    offsetDays: TWO_WEEKS,
    responsible: 'leader',
    involves: 'hr',
    source: '000 3',
    text: {
      nb: 'Sende tilsettingsbrev med nødvendig informasjon til den nytilsatte',
      nn: 'Sende tilsetjingsbrev med naudsynt informasjon til den nytilsette',
      en: 'Send the letter of appointment with the necessary information to the new employee',
    },
  },
  {
    id: 'notify-introduction',
    phase: 'before-start',
    offsetDays: TWO_WEEKS,
    responsible: 'leader',
    source: '000 3',
    text: {
      nb: 'Sende melding til de som skal delta i introduksjonen',
      nn: 'Sende melding til dei som skal delta i introduksjonen',
      en: 'Notify those who will take part in the introduction',
    },
  },
  {
    id: 'notify-colleagues',
    phase: 'before-start',
    offsetDays: TWO_WEEKS,
    responsible: 'leader',
    source: '000 3',
    text: {
      nb: 'Sende melding til kollegaer m.m. om ny medarbeider',
      nn: 'Sende melding til kollegaer m.m. om ny medarbeidar',
      en: 'Tell colleagues and others about the new employee',
    },
  },
  {
    id: 'notify-front-desk',
    phase: 'before-start',
    offsetDays: TWO_WEEKS,
    responsible: 'leader',
    involves: 'archive',
    source: '000 3',
    text: {
      nb: 'Sende melding til sentralbord/sekretær/servicekontor/arkivtjenesten',
      nn: 'Sende melding til sentralbord/sekretær/servicekontor/arkivtenesta',
      en: 'Notify the switchboard, secretary, service office and archive service',
    },
  },
  {
    id: 'appoint-mentor',
    phase: 'before-start',
    offsetDays: TWO_WEEKS,
    responsible: 'leader',
    source: '000 3',
    text: {
      nb: 'Ev. oppnevne «fadder/personlig veileder» (vurderes i hvert enkelt tilfelle, men lovpålagt for nyutdannede lærere i skole jf. SFS 2213)',
      nn: 'Ev. peike ut «fadder/personleg rettleiar» (vurderast i kvart enkelt tilfelle, men lovpålagt for nyutdanna lærarar i skulen jf. SFS 2213)',
      en: 'If relevant, appoint a mentor (decided case by case, but required for newly qualified teachers in schools, cf. SFS 2213)',
    },
  },
  {
    id: 'training-plan',
    phase: 'before-start',
    offsetDays: TWO_WEEKS,
    responsible: 'leader',
    source: '000 3',
    text: {
      nb: 'Utarbeide opplæringsplan/tiltak',
      nn: 'Utarbeide opplæringsplan/tiltak',
      en: 'Prepare a training plan and measures',
    },
  },
  {
    id: 'name-on-lists',
    phase: 'before-start',
    offsetDays: ONE_WEEK,
    responsible: 'leader',
    source: '000 3',
    text: {
      nb: 'Sørge for at den nytilsatte sitt navn kommer på nødvendige lister m.m. i enheten og ev. andre steder der dette er nødvendig',
      nn: 'Sørgje for at namnet til den nytilsette kjem på naudsynte lister m.m. i eininga og ev. andre stader der det trengst',
      en: "Make sure the new employee's name is on the necessary lists in the unit and elsewhere where needed",
    },
  },
  {
    id: 'prepare-workplace',
    phase: 'before-start',
    offsetDays: ONE_WEEK,
    responsible: 'leader',
    source: '000 3',
    text: {
      nb: 'Klargjøring av arbeidsplass/kontorplass, garderobeplass m.m.',
      nn: 'Klargjering av arbeidsplass/kontorplass, garderobeplass m.m.',
      en: 'Prepare the workplace or office, locker and so on',
    },
  },
  {
    id: 'flowers',
    phase: 'before-start',
    offsetDays: ONE_WEEK,
    responsible: 'leader',
    source: '000 3',
    text: {
      nb: 'Bestill gjerne blomster til den nyansatte på første dag',
      nn: 'Bestill gjerne blomar til den nytilsette på første dag',
      en: 'Consider ordering flowers for the new employee on the first day',
    },
  },
];
