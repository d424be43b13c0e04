// The confirmation before anything is sent: who gets the invitation, at which address, when, where and with
// which topics, in one sentence the leader can check.
import { Body1, Subtitle2 } from '@fluentui/react-components';
import type { ResolvedBooking } from './booking-draft';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { scheduleMessages } from './schedule-messages';
import { osloClock } from './slot-times';
import { osloDateOf } from '../../core/calendar/oslo';

export type BookingSummaryProps = { name: string; mail: string; booking: ResolvedBooking };

export function BookingSummary({ name, mail, booking }: BookingSummaryProps) {
  const m = useMessages(scheduleMessages);
  const { date } = useI18n();
  const when = m.when(date(osloDateOf(booking.start)), osloClock(booking.start), osloClock(booking.end));
  const parts = [booking.location?.displayName, booking.online ? m.teamsMeeting : undefined].filter(
    (part): part is string => Boolean(part),
  );
  const where = parts.length > 0 ? parts.join(` ${m.and} `) : m.noPlace;
  return (
    <>
      <Subtitle2 block as="h3">
        {m.confirmTitle}
      </Subtitle2>
      <Body1 as="p" block data-testid="booking-confirmation">
        {m.confirmation(name, mail, when, where, booking.specialTopics)}
      </Body1>
    </>
  );
}
