// POST /users/{id}/calendar/getSchedule: free/busy of up to 20 mailboxes (people and rooms) over a window of
// at most 62 days, with Graph's own error codes for the limits.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { BusyItem, CalendarStore, FreeBusyStatus } from './calendar-store';
import { graphDateTime, parseDateTime } from './event-json';
import { graphError, notFound } from './errors';
import type { EmulatorEnv } from './exchange';

/** Graph's documented limit (calendar-getschedule); tenants have been seen to allow 100, we never rely on it */
export const MAX_SCHEDULES = 20;
/** microsoft-graph-docs PR 19703: 62 days are allowed, 63 give ErrorTimeIntervalTooBig */
export const MAX_WINDOW_DAYS = 62;
const DAY_MS = 86_400_000;

const ZDateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: z.string().nullish() });
const ZScheduleRequest = z.object({
  schedules: z.array(z.string()).min(1),
  starttime: ZDateTimeTimeZone,
  endtime: ZDateTimeTimeZone,
  availabilityviewinterval: z.number().int().nullish(),
});

// availabilityView digits, per calendar-getschedule
const DIGIT: Record<FreeBusyStatus, string> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
};
// when items overlap in one interval the most blocking one is shown
const RANK: Record<FreeBusyStatus, number> = { free: 0, workingElsewhere: 1, tentative: 2, busy: 3, oof: 4 };

/** the Oslo working day of the demo (08:00-15:30, Monday-Friday) as Outlook reports it */
const WORKING_HOURS = {
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: '08:00:00.0000000',
  endTime: '15:30:00.0000000',
  timeZone: { name: 'W. Europe Standard Time' },
};

export function registerScheduleRoutes(app: Hono<EmulatorEnv>, store: CalendarStore): void {
  app.post('/v1.0/users/:id/calendar/getSchedule', async (c) => {
    c.set('route', {
      path: '/v1.0/users/{id}/calendar/getSchedule',
      responseType: 'Collection(microsoft.graph.scheduleInformation)',
    });
    const caller = store.mailbox(c.req.param('id'));
    if (!caller) return notFound(c, c.req.param('id'));
    const raw = (await c.req.json().catch(() => null)) as unknown;
    // Graph matches action parameter names without regard to case ('Schedules' and 'schedules')
    const lowered =
      raw && typeof raw === 'object'
        ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]))
        : raw;
    const body = ZScheduleRequest.safeParse(lowered);
    if (!body.success) return graphError(c, 400, 'ErrorInvalidRequest', 'The request is invalid.');
    const { schedules } = body.data;
    if (schedules.length > MAX_SCHEDULES) {
      const message = `There are too many target users in the EmailAddress array. The allowed size = ${MAX_SCHEDULES}; the actual size = ${schedules.length}.`;
      return graphError(c, 400, 'ErrorMailboxDataArrayTooBig', message);
    }
    const from = parseDateTime(body.data.starttime);
    const to = parseDateTime(body.data.endtime);
    if (from === null || to === null || to <= from) {
      return graphError(
        c,
        400,
        'ErrorInvalidTimeInterval',
        'The time duration specified for FreeBusyViewOptions.TimeWindow is invalid.',
      );
    }
    const days = Math.ceil((to - from) / DAY_MS);
    if (days > MAX_WINDOW_DAYS) {
      const message = `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${days} days.`;
      return graphError(c, 400, 'ErrorTimeIntervalTooBig', message);
    }
    const interval = body.data.availabilityviewinterval ?? 30;
    if (interval < 5 || interval > 1440 || interval * 60_000 > to - from) {
      const message =
        'The specified merged free/busy interval is not valid. Specify an interval that is less than the free/busy time window and  between 5 and 1440 minutes.';
      return graphError(c, 400, 'ErrorInvalidMergedFreeBusyInterval', message);
    }
    const value = schedules.map((scheduleId) => {
      const mailbox = store.mailbox(scheduleId);
      if (!mailbox) {
        return {
          scheduleId,
          availabilityView: '',
          scheduleItems: [],
          error: {
            message: 'The SMTP address has no mailbox associated with it.',
            responseCode: 'ErrorMailRecipientNotFound',
          },
        };
      }
      const items = store.busy(mailbox, from, to);
      return {
        scheduleId,
        availabilityView: availabilityView(items, from, to, interval * 60_000),
        scheduleItems: items.map(scheduleItem),
        workingHours: WORKING_HOURS,
      };
    });
    return c.json({ '@odata.context': contextOf(c), value });
  });
}

function scheduleItem(item: BusyItem) {
  return {
    isPrivate: item.isPrivate,
    status: item.status,
    ...(item.isPrivate ? {} : { subject: item.subject, location: item.location ?? '' }),
    start: graphDateTime(item.start),
    end: graphDateTime(item.end),
  };
}

/** one digit per interval from `from`: the most blocking status of the items overlapping it */
export function availabilityView(items: BusyItem[], from: number, to: number, step: number): string {
  let view = '';
  for (let t = from; t < to; t += step) {
    let status: FreeBusyStatus = 'free';
    for (const item of items) {
      if (item.start < t + step && item.end > t && RANK[item.status] > RANK[status]) status = item.status;
    }
    view += DIGIT[status];
  }
  return view;
}

function contextOf(c: Context): string {
  return `${new URL(c.req.url).origin}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`;
}
