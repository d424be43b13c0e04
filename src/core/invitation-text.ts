// The text of the Outlook meeting that invites the employee. Seed 004's letter and 002: the purpose of the
// conversation, the leader's special topics, and a way to prepare; 000 letter: a way to ask for another time.
import { KIND_NAMES } from './kind-names';
import type { ConversationKind, Language } from './org';

export interface InvitationTextInput {
  language: Language;
  kind: ConversationKind;
  employeeName: string;
  conductorName: string;
  specialTopics: string;
  /** the tab's deep link to this conversation's preparation form */
  preparationUrl: string;
}

const TEXTS: Record<
  Language,
  { purpose: Record<ConversationKind, string>; topics: string; prepare: string; other: string }
> = {
  nb: {
    purpose: {
      // 004: "planlagt, forberedt, periodisk tilbakevendende, forpliktende og fortrolig"
      annual:
        'Medarbeidersamtalen er en planlagt, forberedt, forpliktende og fortrolig samtale mellom deg og lederen din om arbeidssituasjon, utvikling og samarbeid.',
      start: 'En samtale i starten av arbeidsforholdet om forventninger, opplæring og hvordan du har det.',
      'probation-followup':
        'En oppfølgingssamtale i prøvetiden: hvordan oppstarten har vært, og hva som trengs videre.',
      exit: 'En samtale før du slutter, om erfaringene dine og hva vi kan lære av dem.',
    },
    topics: 'Tema lederen vil ta opp',
    prepare: 'Forbered deg i Samtale',
    other: 'Passer ikke tidspunktet? Be om et annet tidspunkt i Samtale.',
  },
  nn: {
    purpose: {
      annual:
        'Medarbeidarsamtalen er ein planlagd, førebudd, forpliktande og fortruleg samtale mellom deg og leiaren din om arbeidssituasjon, utvikling og samarbeid.',
      start: 'Ein samtale i starten av arbeidsforholdet om forventningar, opplæring og korleis du har det.',
      'probation-followup':
        'Ein oppfølgingssamtale i prøvetida: korleis oppstarten har vore, og kva som trengst vidare.',
      exit: 'Ein samtale før du sluttar, om erfaringane dine og kva vi kan lære av dei.',
    },
    topics: 'Tema leiaren vil ta opp',
    prepare: 'Førebu deg i Samtale',
    other: 'Passar ikkje tidspunktet? Be om eit anna tidspunkt i Samtale.',
  },
  en: {
    purpose: {
      annual:
        'The annual conversation is a planned, prepared, binding and confidential conversation between you and your leader about your work, development and cooperation.',
      start:
        'A conversation at the start of your employment about expectations, training and how you are doing.',
      'probation-followup': 'A probation follow-up: how the start has gone, and what is needed next.',
      exit: 'A conversation before you leave, about your experience and what we can learn from it.',
    },
    topics: 'Topics your leader wants to raise',
    prepare: 'Prepare in Samtale',
    other: 'Does the time not suit you? Ask for another time in Samtale.',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function invitationText(input: InvitationTextInput): { subject: string; bodyHtml: string } {
  const t = TEXTS[input.language];
  const kind = KIND_NAMES[input.kind][input.language];
  const topics = input.specialTopics.trim();
  const parts = [
    `<p>${escapeHtml(t.purpose[input.kind])}</p>`,
    topics ? `<p><b>${escapeHtml(t.topics)}:</b><br>${escapeHtml(topics).replace(/\n/g, '<br>')}</p>` : '',
    `<p><a href="${escapeHtml(input.preparationUrl)}">${escapeHtml(t.prepare)}</a></p>`,
    `<p>${escapeHtml(t.other)}</p>`,
  ];
  return {
    subject: `${kind}: ${input.employeeName} ${input.language === 'en' ? 'and' : 'og'} ${input.conductorName}`,
    bodyHtml: parts.filter(Boolean).join('\n'),
  };
}
