// The cards' texts in English.
import type { CardTexts } from './texts';

export const en: CardTexts = {
  when: 'When',
  duration: 'Duration',
  where: 'Where',
  teamsMeeting: 'Teams meeting',
  joinTeams: 'Join the Teams meeting',
  leader: 'Leader',
  employee: 'Employee',
  openInSamtale: 'Open in Samtale',
  purpose: {
    annual:
      'The annual conversation is a planned, prepared, binding and confidential conversation between you and your leader about your work, development and cooperation.',
    start:
      'A conversation at the start of your employment about expectations, training and how you are doing.',
    'probation-followup': 'A probation follow-up: how the start has gone, and what is needed next.',
    exit: 'A conversation before you leave, about your experience and what we can learn from it.',
  },
  invitation: {
    title: (kind) => `Invitation: ${kind}`,
    topics: 'Topics your leader wants to raise',
    prepare: 'Prepare',
    accept: 'Accept',
    otherTime: 'Ask for another time',
    reason: 'Why does the time not suit you?',
    reasonError: 'Write why the time does not suit you.',
    preferred: 'When would suit you? (optional)',
    preferredPlaceholder: 'For example "Tuesdays after 12:00"',
    send: 'Send to your leader',
    shortNotice: (days, minDays) =>
      `Short notice: the conversation is in ${days} ${days === 1 ? 'day' : 'days'}. The municipality's routine is to invite at least ${minDays} days ahead.`,
    accepted: (when) => `You accepted on ${when}.`,
    otherTimeAsked: (when) =>
      `You asked for another time on ${when}. Your leader will find a new time, and you will get a new invitation.`,
    cancelled: 'The conversation is cancelled.',
  },
  preparation: {
    title: (kind) => `Preparation: ${kind}`,
    intro:
      'Your answers are a starting point for the conversation. Your leader sees them when both of you have submitted, or when the conversation starts.',
    yes: 'Yes',
    no: 'No',
    notRelevant: 'Not relevant',
    requiredError: 'This question must be answered before you submit.',
    saveDraft: 'Save draft',
    submit: 'Submit',
    sentTitle: 'Your preparation is submitted',
    sentAt: (when) => `You submitted on ${when}. These are your answers:`,
    hidden: 'Your leader sees the answers when both of you have submitted, or when the conversation starts.',
    unanswered: 'Not answered',
    changedElsewhere:
      'Your preparation was changed elsewhere (in the tab or Outlook) after this card arrived. These are the latest answers; look them over and send again.',
    leaderPrepares: 'Your own preparation as the leader is in the Samtale tab.',
  },
  referat: {
    title: (kind) => `Minutes to approve: ${kind}`,
    heldOn: (date) => `The conversation was held on ${date}.`,
    changed: (when) =>
      `The minutes were changed on ${when}, after you last received them. Read them again before you approve.`,
    actionsTitle: 'Action plan',
    noSpecialActions: 'Leader and employee agree that no special actions are needed.',
    who: 'Responsible',
    deadline: 'Deadline',
    sharedNeed: 'Shared need',
    approve: 'Approve',
    approveNote: 'When you approve, the minutes are stored in your personnel file.',
    comment: 'Comment',
    commentLabel: 'What would you like to change or add?',
    commentError: 'Write your comment.',
    send: 'Send the comment',
    approvedByYou: (when) => `You approved the minutes on ${when}.`,
    waitingForLeader:
      'Your leader has not approved the minutes yet. You will get them to approve once your leader has.',
    commentSent: (when) => `Your comment was sent to your leader on ${when}.`,
  },
  reminder: {
    title: 'Reminder',
    preparationMissing: 'You have not submitted your preparation yet.',
    referatToApprove: 'The minutes are waiting for your approval.',
    actionDeadlineNear: (what, deadline) => `The deadline for the action "${what}" is ${deadline}.`,
    checklistItemDue: (item, due) => `The checklist item "${item}" is due ${due}.`,
    prepare: 'Prepare',
    readReferat: 'Read the minutes',
  },
  notification: {
    preparationSubmitted: (name) => `${name} has submitted the preparation.`,
    otherTimeRequested: (name) => `${name} asks for another time.`,
    referatApproved: (name) => `${name} has approved the minutes.`,
    referatCommented: (name) => `${name} has commented on the minutes.`,
    conductorAssigned: (employee, by) =>
      `${by} has given you the conversation with ${employee}: you conduct it, see the preparations and write the minutes.`,
    comment: 'Comment',
    reason: 'Reason',
    preferred: 'Would suit better',
  },
  refused: {
    notPartyTitle: 'Not your conversation',
    notParty: 'Only the employee and the leader of this conversation can use this card. Nothing was changed.',
    staleTitle: 'This card is out of date',
    stale:
      'The conversation has been updated since this card was sent, so nothing was changed. Use the newest card in the chat, or open the conversation in Samtale.',
  },
};
