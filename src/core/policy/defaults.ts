// The default policy: what the seeds say, or a stated choice where they are silent.
import type { Policy } from './schema';

export const DEFAULT_POLICY: Policy = {
  annual: {
    // 002: "Alle fast ansatte i minst 50 % stilling ... skal ha gjennomført medarbeidersamtale hvert år";
    // 000 2.3: "minst en gang pr. år". 003 allows every other year: set 24.
    intervalMonths: 12,
    // 002 (AMU-vedtak 07/06): "minst 50 %". Section 2 of the same seed says "mer enn 50 %"; the binding
    // vedtak and DESIGN.md §5 say at least 50 %, so a person at exactly 50 % is required.
    minPositionPercent: 50,
    // 002: "personer som har vært midlertidig ansatt gjennom lang tid bør få tilbud"
    temporaries: 'offered',
    // our choice: two months to plan a round and send invitations 1-2 weeks ahead
    windowDays: 60,
  },
  probation: {
    // arbeidsmiljøloven § 15-6 (1); 000 2.2: "De første 6 mnd."
    months: 6,
    // 000 section 4: expectations and the first tasks are gone through "I løpet av 1. uke"
    startConversationDays: 7,
    // 000 2.3: "Oppfølgingssamtale etter 4 uker"
    firstFollowUpWeeks: 4,
    // 000 2.2: "to til tre planlagte og forberedte møter" in the first six months: the 4-week one and two more
    followUps: { mode: 'spread', count: 2 },
    // DESIGN.md §5: early enough before probation ends to act on it
    lastFollowUpWeeksBeforeEnd: 4,
  },
  // our choice: the sluttsamtale (000 section 5) shows as due four weeks before the last day
  exit: { windowDays: 28 },
  // 000: "innkalling 1-2 uker i forveien"
  invitation: { minDaysAhead: 7, maxDaysAhead: 14 },
  // 003, 004: 1-1.5 hours; 000, 002: 1-2 hours. 90 minutes satisfies both. The others are our choice.
  durationMinutes: { annual: 90, start: 60, 'probation-followup': 60, exit: 60 },
  // our choice: the common municipal day (37.5 h week); no seed sets working hours
  workingHours: { from: '08:00', to: '15:30', weekdays: [1, 2, 3, 4, 5] },
  // our choice: a leader still has a day job; three 90-minute conversations fill most of it
  maxConversationsPerLeaderPerDay: 3,
  // DESIGN.md §2.4: neither side is steered by the other's answers
  hidePreparationsUntilBothSubmitted: true,
  // 000 2.4: the referat is archived in the personnel folder; 002 (replace the old form) is the alternative
  retention: 'keep-all',
  // 002 "Oppbevaring": the forms kept at the workplace are destroyed when the employee or the leader leaves.
  // Our choice: 90 days after the last day, time for the sluttsamtale (000 5) to be signed by both and filed.
  keepAfterLeavingDays: 90,
};
