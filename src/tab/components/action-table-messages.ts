// Texts of the action plan's table, the same wherever a plan is shown: the leader's workspace, last
// conversation's plan, and the referat the employee reads.
import { defineMessages } from '../i18n/feature-messages';

export const actionTableMessages = defineMessages({
  nb: {
    what: 'Tiltak',
    responsible: 'Ansvarlig',
    deadline: 'Frist',
    sharedNeed: 'Felles behov',
    yes: 'Ja',
    no: 'Nei',
  },
  nn: {
    what: 'Tiltak',
    responsible: 'Ansvarleg',
    deadline: 'Frist',
    sharedNeed: 'Felles behov',
    yes: 'Ja',
    no: 'Nei',
  },
  en: {
    what: 'Action',
    responsible: 'Responsible',
    deadline: 'Deadline',
    sharedNeed: 'Shared need',
    yes: 'Yes',
    no: 'No',
  },
});
