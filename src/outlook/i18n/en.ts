// English: the same keys as nb.ts.
import type { OutlookMessages } from './outlook-messages';

const CHECK: Record<string, string> = { yes: 'Yes', no: 'No', 'not-relevant': 'Not relevant' };

export const en: OutlookMessages = {
  paneLabel: 'Samtale for Outlook',
  lookingUp: 'Finding the conversation …',
  notSamtaleTitle: 'This is not a Samtale meeting',
  notSamtaleBody:
    'Open the meeting of an annual, start or probation follow-up conversation booked in Samtale to see its preparation here.',
  notAMeeting: 'Open a meeting in your calendar to use Samtale.',
  saveFirstTitle: 'Save the meeting first',
  saveFirstBody: 'Samtale can only find a meeting that is saved in the calendar.',
  saveMeeting: 'Save the meeting',
  savingMeeting: 'Saving the meeting …',
  saveMeetingFailed: 'Outlook did not save the meeting. Please try again.',
  chooseHeading: 'Choose a meeting',
  chooseIntro:
    'In Outlook the add-in opens on the meeting you selected. In the demo, choose one of your booked conversations here.',
  chooseEmpty: 'You have no booked conversations yet.',
  roleConductor: 'You lead this conversation',
  roleEmployee: 'Your conversation',
  chooseOther: 'Choose another meeting',
  withPerson: (name) => `with ${name}`,
  conductedBy: (name) => `Leader: ${name}`,
  yourForm: 'Your preparation',
  required: 'required',
  checkYes: 'Yes',
  checkNo: 'No',
  checkNotRelevant: 'Not relevant',
  stateSaved: 'Saved',
  stateSaving: 'Saving …',
  stateDirty: 'Changes are saved shortly',
  stateFailed: 'Not saved. What you typed is kept here until it is saved.',
  stateRetry: 'Save again',
  submit: 'Submit',
  submittedAt: (when) => `Submitted ${when}. You can still correct your answers.`,
  confirmTitle: 'Submit your preparation?',
  confirmEmployee:
    'Your leader can see your answers once you have both submitted, or when the meeting starts.',
  confirmLeader:
    'The employee can see your answers once you have both submitted, or when the meeting starts.',
  cancel: 'Cancel',
  missingAnswer: 'Answer this question before you submit.',
  otherHeading: (name) => `Answers from ${name}`,
  otherNotSubmitted: (name) => `${name} has not submitted their preparation yet.`,
  otherHidden: (name) =>
    `${name} has submitted. You see the answers once you have submitted your own preparation, or when the meeting starts.`,
  notAnswered: 'Not answered',
  openWorkspace: 'Open the conversation in Samtale',
  checkAnswer: (value) => CHECK[value] ?? value,
};
