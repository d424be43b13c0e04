// The demo municipality on the Graph emulator with the calendar adapter pointed at it, and conversation
// meetings to book: shared by the calendar integration tests.
import { createGraphCalendar } from '../../src/adapters/graph/calendar';
import type { GraphCalendarOptions } from '../../src/adapters/graph/calendar';
import { createGraphClient } from '../../src/adapters/graph/client';
import type { Municipality, Person } from '../../src/core/org';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator } from '../../src/demo/graph-emulator';
import { generateMunicipality } from '../../src/demo/municipality/generate';
import type { ConversationMeeting } from '../../src/ports/calendar';
import { createGraphRecorder } from '../contract/recorder';
import type { GraphRecorder } from '../contract/recorder';

export const TODAY = '2026-11-23';

export interface CalendarWorld {
  municipality: Municipality;
  emulator: GraphEmulator;
  recorder: GraphRecorder;
  /** an adapter on the emulator; `requests` counts what it sent */
  calendar(options?: Omit<GraphCalendarOptions, 'client'>): {
    calendar: ReturnType<typeof createGraphCalendar>;
    requests: string[];
  };
  leaders: Person[];
  reportsOf(leader: Person): Person[];
}

export async function startCalendarWorld(): Promise<CalendarWorld> {
  const municipality = generateMunicipality({ seed: 2026, today: TODAY, size: 70 });
  const recorder = createGraphRecorder();
  // a few milliseconds per mailbox request, so requests really overlap and the four-per-mailbox limit bites
  const emulator = await startGraphEmulator({
    municipality,
    onExchange: recorder.record,
    mailboxLatencyMs: 5,
  });
  const token = emulatorToken({ idtyp: 'app' });
  const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => token });
  const leaders = municipality.people.filter((p) => municipality.people.some((q) => q.managerId === p.id));
  return {
    municipality,
    emulator,
    recorder,
    leaders,
    reportsOf: (leader) => municipality.people.filter((p) => p.managerId === leader.id),
    calendar(options = {}) {
      const requests: string[] = [];
      // pauses capped at 50 ms: Graph's Retry-After (1 s from the emulator) is honoured in kind, not in length
      const calendar = createGraphCalendar({
        ...options,
        client,
        retry: { maxDelayMs: 50, baseDelayMs: 10, timeoutMs: 2000, ...options.retry },
        onRequest: (method, path) => {
          requests.push(`${method} ${path}`);
          options.onRequest?.(method, path);
        },
      });
      return { calendar, requests };
    },
  };
}

/** the conversation meeting of `employee` with `leader` on day `day` after 1 December 2026, 09:00 UTC */
export function meetingFor(
  leader: Person,
  employee: Person,
  n: number,
  extra: Partial<ConversationMeeting> = {},
): ConversationMeeting {
  const start = Date.parse('2026-12-01T09:00:00Z') + n * 3_600_000;
  return {
    conversationId: `conv-${n}`,
    organizerId: leader.id,
    attendees: [{ mail: employee.mail, name: employee.displayName, type: 'required' }],
    start: new Date(start).toISOString().replace('.000', ''),
    end: new Date(start + 3_600_000).toISOString().replace('.000', ''),
    subject: 'Medarbeidersamtale',
    bodyHtml: `<p>Formål: årlig samtale.</p><p><a href="https://samtale.example/prep/conv-${n}">Forbered deg</a></p>`,
    location: null,
    online: true,
    reminderMinutes: 15,
    transactionId: `tx-conv-${n}`,
    ...extra,
  };
}
