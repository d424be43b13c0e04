// The Action.Execute verbs the cards send. The bot routes an invoke by verb, and the Action.Submit fallback
// carries the same verb in its data, so one table serves both.
export const CARD_VERBS = {
  refresh: 'card.refresh',
  prepare: 'invitation.prepare',
  accept: 'invitation.accept',
  askOtherTime: 'invitation.ask-other-time',
  saveDraft: 'preparation.save-draft',
  submitPreparation: 'preparation.submit',
  approveReferat: 'referat.approve',
  commentReferat: 'referat.comment',
  openReferat: 'referat.open',
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];
