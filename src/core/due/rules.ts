// Every due item and warning names the rule that produced it, so a leader can see why it is on the list.
import type { Language } from '../org';

export type RuleId =
  | 'annual-yearly'
  | 'annual-every-other-year'
  | 'annual-temporary-required'
  | 'annual-offered-part-time'
  | 'annual-offered-temporary'
  | 'start-conversation'
  | 'followup-after-4-weeks'
  | 'followup-spread'
  | 'followup-monthly'
  | 'followup-final'
  | 'exit-conversation'
  | 'probation-evaluation-missing'
  | 'probation-extension-needs-notice';

interface Rule {
  /** the seed file and section, or the law */
  source: string;
  text: Record<Language, string>;
}

export const RULES: Record<RuleId, Rule> = {
  'annual-yearly': {
    source: '002 1; 000 2.3',
    text: {
      nb: 'Årlig medarbeidersamtale for fast ansatte i minst 50 % stilling',
      nn: 'Årleg medarbeidarsamtale for fast tilsette i minst 50 % stilling',
      en: 'Yearly conversation for permanent staff in at least a 50 % position',
    },
  },
  'annual-every-other-year': {
    source: '003',
    text: {
      nb: 'Medarbeidersamtale minst hvert annet år',
      nn: 'Medarbeidarsamtale minst kvart anna år',
      en: 'Conversation at least every other year',
    },
  },
  'annual-temporary-required': {
    source: 'policy; 002 2',
    text: {
      nb: 'Kommunen krever medarbeidersamtale også for midlertidig ansatte',
      nn: 'Kommunen krev medarbeidarsamtale også for mellombels tilsette',
      en: 'The municipality requires the conversation for temporary staff too',
    },
  },
  'annual-offered-part-time': {
    source: '002 2',
    text: {
      nb: 'Under minstegrensen for stillingsprosent: tilbys, ikke påkrevd',
      nn: 'Under minstegrensa for stillingsprosent: blir tilbode, ikkje påkravd',
      en: 'Below the minimum position percentage: offered, not required',
    },
  },
  'annual-offered-temporary': {
    source: '002 2',
    text: {
      nb: 'Midlertidig ansatt: tilbys, ikke påkrevd',
      nn: 'Mellombels tilsett: blir tilbode, ikkje påkravd',
      en: 'Temporary employee: offered, not required',
    },
  },
  'start-conversation': {
    source: '000 4; 001',
    text: {
      nb: 'Startsamtale i løpet av første uke',
      nn: 'Oppstartssamtale i løpet av første veka',
      en: 'Start conversation during the first week',
    },
  },
  'followup-after-4-weeks': {
    source: '000 2.3',
    text: {
      nb: 'Oppfølgingssamtale etter 4 uker',
      nn: 'Oppfølgingssamtale etter 4 veker',
      en: 'Follow-up conversation after 4 weeks',
    },
  },
  'followup-spread': {
    source: '000 2.2',
    text: {
      nb: 'Planlagt oppfølgingsmøte i prøvetiden (to til tre de første 6 månedene)',
      nn: 'Planlagt oppfølgingsmøte i prøvetida (to til tre dei første 6 månadene)',
      en: 'Planned follow-up meeting in probation (two to three in the first 6 months)',
    },
  },
  'followup-monthly': {
    source: '001',
    text: {
      nb: 'Månedlig oppfølgingssamtale i prøvetiden',
      nn: 'Månadleg oppfølgingssamtale i prøvetida',
      en: 'Monthly follow-up conversation in probation',
    },
  },
  'followup-final': {
    source: 'aml. § 15-6; policy',
    text: {
      nb: 'Siste oppfølging i god tid før prøvetiden slutter',
      nn: 'Siste oppfølging i god tid før prøvetida sluttar',
      en: 'Last follow-up well before probation ends',
    },
  },
  'exit-conversation': {
    source: '000 5',
    text: {
      nb: 'Sluttsamtale – hvorfor sluttet vedkommende?',
      nn: 'Sluttsamtale – kvifor slutta vedkommande?',
      en: 'Exit conversation – why is the person leaving?',
    },
  },
  'probation-evaluation-missing': {
    source: 'aml. § 15-6; policy',
    text: {
      nb: 'Prøvetiden slutter snart, og siste oppfølging er verken holdt eller planlagt',
      nn: 'Prøvetida sluttar snart, og siste oppfølging er verken halden eller planlagd',
      en: 'Probation ends soon and the last follow-up is neither held nor planned',
    },
  },
  'probation-extension-needs-notice': {
    source: 'aml. § 15-6 (4)',
    text: {
      nb: 'Fravær i prøvetiden forlenger den ikke: den ansatte fikk ikke skriftlig beskjed ved ansettelsen',
      nn: 'Fråvær i prøvetida forlengjer ho ikkje: den tilsette fekk ikkje skriftleg beskjed ved tilsetjinga',
      en: 'Absence does not extend probation: the employee was not told in writing when hired',
    },
  },
};
