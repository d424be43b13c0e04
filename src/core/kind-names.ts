import type { ConversationKind, Language } from './org';

/** What each kind of conversation is called, as a person reads it in an invitation or a heading. */
export const KIND_NAMES: Record<ConversationKind, Record<Language, string>> = {
  annual: { nb: 'Medarbeidersamtale', nn: 'Medarbeidarsamtale', en: 'Annual employee conversation' },
  start: { nb: 'Startsamtale', nn: 'Startsamtale', en: 'Start conversation' },
  'probation-followup': {
    nb: 'Oppfølgingssamtale i prøvetiden',
    nn: 'Oppfølgingssamtale i prøvetida',
    en: 'Probation follow-up conversation',
  },
  exit: { nb: 'Sluttsamtale', nn: 'Sluttsamtale', en: 'Exit conversation' },
};
