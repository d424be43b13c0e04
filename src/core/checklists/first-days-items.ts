// 000 section 4, "Introduksjonsprogram – sjekkliste 1. dag, og 1.-2. uke". Bokmål as in the seed; the
// seed's headings (Presentasjon, Informer om, Orientere om) are folded into each item's text.
import type { ChecklistItemDefinition, ChecklistPhase } from './types';

type Extra = Partial<
  Pick<ChecklistItemDefinition, 'responsible' | 'involves' | 'mentorMayTake' | 'onlyForNewLeader'>
>;

function item(id: string, phase: ChecklistPhase, nb: string, nn: string, en: string, extra: Extra = {}) {
  const definition: ChecklistItemDefinition = {
    id,
    phase,
    responsible: 'leader',
    source: '000 4',
    text: { nb, nn, en },
    ...extra,
  };
  return definition;
}

export const FIRST_DAYS_ITEMS: ChecklistItemDefinition[] = [
  // Presentasjon
  item(
    'present-unit',
    'day-1',
    'Presentasjon for medarbeiderne i enheten/avdelingen',
    'Presentasjon for medarbeidarane i eininga/avdelinga',
    'Introduce the new employee to the people in the unit',
    { mentorMayTake: true },
  ),
  item(
    'present-contacts',
    'week-1',
    'Ev. avtaler med andre sentrale kontaktpersoner for stillingen',
    'Ev. avtalar med andre sentrale kontaktpersonar for stillinga',
    'If relevant, meetings with other key contacts for the position',
  ),
  item(
    'present-other-units',
    'week-1',
    'Ev. presentasjon for andre avdelinger/enheter',
    'Ev. presentasjon for andre avdelingar/einingar',
    'If relevant, introductions to other departments or units',
    { mentorMayTake: true },
  ),
  item(
    'meet-hr',
    'week-1',
    'Ev. møte med personalsjef for nye ledere',
    'Ev. møte med personalsjef for nye leiarar',
    'For new leaders: meeting with the head of HR',
    { responsible: 'hr', onlyForNewLeader: true },
  ),
  item('meet-it', 'week-1', 'Ev. møte med IT', 'Ev. møte med IT', 'If relevant, meeting with IT', {
    responsible: 'it',
  }),
  // Informer om
  item(
    'inform-handbooks',
    'week-1',
    'Informer om nødvendige personalreglement/personalhåndboken/HMS-håndboken',
    'Informer om naudsynte personalreglement/personalhandboka/HMS-handboka',
    'Explain the staff regulations, the staff handbook and the HSE handbook',
  ),
  item(
    'inform-practical',
    'week-1',
    'Informer om interne praktiske forhold (arbeidstid, ev. fleksitidsordning, nøkler, melding om fravær, annet lønnet arbeid m.m.)',
    'Informer om interne praktiske forhold (arbeidstid, ev. fleksitidsordning, nøklar, melding om fråvær, anna lønt arbeid m.m.)',
    'Explain practical matters (working hours, flexitime, keys, reporting absence, other paid work and so on)',
    { mentorMayTake: true },
  ),
  item(
    'inform-routines',
    'week-1',
    'Informer om telefon, postrutiner, arkivrutiner, journalføring m.m.',
    'Informer om telefon, postrutinar, arkivrutinar, journalføring m.m.',
    'Explain telephone, post and archive routines, record keeping and so on',
    { mentorMayTake: true, involves: 'archive' },
  ),
  item(
    'inform-payroll',
    'week-1',
    'Informer om lønnssystem/forhandlingssystemet',
    'Informer om lønssystemet/forhandlingssystemet',
    'Explain the pay system and pay negotiations',
    { involves: 'hr' },
  ),
  item(
    'inform-pension',
    'week-1',
    'Informer om låne- og forsikringsordninger (KLP/SPK)',
    'Informer om låne- og forsikringsordningar (KLP/SPK)',
    'Explain the loan and insurance schemes (KLP/SPK)',
    { involves: 'hr' },
  ),
  item(
    'inform-unions',
    'week-1',
    'Informer om arbeidstakerorganisasjonene',
    'Informer om arbeidstakarorganisasjonane',
    'Explain the trade unions',
  ),
  item(
    'inform-safety-bodies',
    'week-1',
    'Informer om arbeidsmiljøutvalg, verneombud, AKAN',
    'Informer om arbeidsmiljøutval, verneombod, AKAN',
    'Explain the working environment committee, the safety representative and AKAN',
  ),
  item(
    'inform-occupational-health',
    'week-1',
    'Informer om bedriftshelsetjenesten for denne stillingen',
    'Informer om bedriftshelsetenesta for denne stillinga',
    'Explain the occupational health service for this position',
  ),
  // Orientere om
  item(
    'orient-organisation',
    'week-1',
    'Orientere om organisasjonsstruktur (politisk/administrativt)',
    'Orientere om organisasjonsstrukturen (politisk/administrativt)',
    'Describe the organisation (political and administrative)',
  ),
  item(
    'orient-unit',
    'week-1',
    'Orientere om avdelingen og dens rolle i organisasjonen (overordnede mål, oppgaver, viktige samarbeidsparter)',
    'Orientere om avdelinga og rolla hennar i organisasjonen (overordna mål, oppgåver, viktige samarbeidspartar)',
    "Describe the department's role (overall goals, tasks, important partners)",
  ),
  item(
    'orient-budget',
    'week-1',
    'Orientere om enhetens økonomi, fullmakter m.m.',
    'Orientere om økonomien i eininga, fullmakter m.m.',
    "Describe the unit's budget, delegated authority and so on",
  ),
  item(
    'orient-plans',
    'week-1',
    'Orientere om årsplaner/styringsdokumenter/internkontrollhåndbøker',
    'Orientere om årsplanar/styringsdokument/internkontrollhandbøker',
    'Describe annual plans, governing documents and internal control handbooks',
  ),
  item(
    'orient-follow-up',
    'week-1',
    'Orientere om oppfølging i prøvetid og medarbeidersamtaler, og andre faste møter og opplæringstiltak',
    'Orientere om oppfølging i prøvetida og medarbeidarsamtalar, og andre faste møte og opplæringstiltak',
    'Describe the probation follow-up, the annual conversations, and other regular meetings and training',
  ),
  // Gjennomføre
  item(
    'payroll-start',
    'day-1',
    'Sende melding om start i lønn (lønnskontonummer og ev. politiattest)',
    'Sende melding om start i løn (lønskontonummer og ev. politiattest)',
    'Report the start to payroll (bank account number and police certificate if required)',
    { involves: 'hr' },
  ),
  item(
    'welcome-meeting',
    'day-1',
    'Velkomstmøte første dag',
    'Velkomstmøte første dag',
    'Welcome meeting on the first day',
  ),
  item(
    'confidentiality',
    'day-1',
    'Bli gjort kjent med/underskrive taushetsplikt og ev. særregler for stillingen',
    'Bli gjort kjend med/skrive under teieplikt og ev. særreglar for stillinga',
    'Go through and sign the duty of confidentiality and any special rules for the position',
  ),
  item(
    'information-security',
    'week-1',
    'Bli gjort kjent med retningslinjer for data- og informasjonssikkerhet',
    'Bli gjort kjend med retningslinjer for data- og informasjonstryggleik',
    'Go through the guidelines for data and information security',
    { involves: 'it' },
  ),
  item(
    'fire-safety',
    'week-1',
    'Gjennomgang av brann- og sikkerhetsrutiner (informer om kommunens beredskapsplan og kriseteam)',
    'Gjennomgang av brann- og tryggleiksrutinar (informer om beredskapsplanen og kriseteamet til kommunen)',
    "Go through fire and safety routines (the municipality's emergency plan and crisis team)",
  ),
  item(
    'main-tasks',
    'week-1',
    'Gå igjennom stillingens hovedarbeidsoppgaver og avklar forventninger rundt stillingsinnhold og arbeidsutførelse',
    'Gå gjennom hovudarbeidsoppgåvene i stillinga og avklar forventningar til stillingsinnhald og arbeidsutføring',
    'Go through the main tasks of the position and agree on expectations',
  ),
  item(
    'first-tasks',
    'week-1',
    'Planlegg de første oppgavene og forventninger til resultat (behov for opplæring avklares)',
    'Planlegg dei første oppgåvene og forventningar til resultat (behov for opplæring blir avklart)',
    'Plan the first tasks and the expected results (training needs are clarified)',
  ),
];
