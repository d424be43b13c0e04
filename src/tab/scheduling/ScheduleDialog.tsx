// Booking one conversation: fill in (time, place, topics) → see exactly what will be sent → send → done.
// The conversation id is made once per confirmation, so a retry after a lost answer books the same one.
import { useEffect, useState } from 'react';
import { Spinner } from '@fluentui/react-components';
import { ApiError } from '../api/api-error';
import type { Booked, SchedulingApi, Slot } from '../api/scheduling';
import type { TeamMember } from '../api/schemas';
import { Notice } from '../components/Notice';
import { StepDialog, type StepDialogProps } from '../components/StepDialog';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { emptyDraft, resolveDraft, type DraftProblem, type ResolvedBooking } from './booking-draft';
import { BookingForm } from './BookingForm';
import { BookingSummary } from './BookingSummary';
import { scheduleMessages } from './schedule-messages';
import { useRooms } from './useRooms';

type Step =
  | { name: 'form'; problems: DraftProblem[]; notice?: 'slot-taken' | 'failed' }
  | { name: 'confirm'; booking: ResolvedBooking; conversationId: string; failed?: boolean }
  | { name: 'booking' }
  | { name: 'done'; booked: Booked };

export type ScheduleDialogProps = {
  scheduling: SchedulingApi;
  member: TeamMember;
  open: boolean;
  /** booked is true when a conversation was booked, so the overview reloads */
  onClose: (booked: boolean) => void;
};

export function ScheduleDialog({ scheduling, member, open, onClose }: ScheduleDialogProps) {
  const m = useMessages(scheduleMessages);
  const { dateTime } = useI18n();
  const rooms = useRooms(scheduling);
  const [draft, setDraft] = useState(() => emptyDraft(member.nextDue?.kind ?? 'annual'));
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [step, setStep] = useState<Step>({ name: 'form', problems: [] });
  // times Outlook refused since the dialog opened (e.g. the room was busy then): not offered again
  const [taken, setTaken] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    setSlots(null);
    scheduling.suggestions(member.id, draft.kind).then(
      (found) => current && setSlots(found.filter((slot) => !taken.includes(slot.start))),
      () => current && setSlots([]),
    );
    return () => {
      current = false;
    };
  }, [scheduling, member.id, draft.kind, taken]);

  const toConfirm = () => {
    const resolved = resolveDraft(draft, slots ?? [], rooms, new Date());
    if (!resolved.ok) setStep({ name: 'form', problems: resolved.problems });
    else setStep({ name: 'confirm', booking: resolved.booking, conversationId: crypto.randomUUID() });
  };

  const send = async (booking: ResolvedBooking, conversationId: string) => {
    setStep({ name: 'booking' });
    try {
      const booked = await scheduling.book({
        conversationId,
        employeeId: member.id,
        kind: draft.kind,
        ...booking,
      });
      setStep({ name: 'done', booked });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'slot-taken') {
        // the time is gone: fresh suggestions, and the leader chooses again
        setDraft((d) => ({ ...d, choice: 0 }));
        setTaken((starts) => [...starts, booking.start]);
        setSlots(null);
        setStep({ name: 'form', problems: [], notice: 'slot-taken' });
      } else setStep({ name: 'confirm', booking, conversationId, failed: true });
    }
  };

  const done = step.name === 'done';
  const buttons: Pick<StepDialogProps, 'back' | 'next'> =
    step.name === 'form'
      ? {
          back: { label: m.cancel, onClick: () => onClose(false) },
          next: { label: m.next, onClick: toConfirm, disabled: slots === null },
        }
      : step.name === 'confirm'
        ? {
            back: { label: m.back, onClick: () => setStep({ name: 'form', problems: [] }) },
            next: { label: m.send, onClick: () => void send(step.booking, step.conversationId) },
          }
        : done
          ? { next: { label: m.close, onClick: () => onClose(true) } }
          : {};
  return (
    <StepDialog
      open={open}
      title={m.dialogTitle(member.displayName)}
      busy={step.name === 'booking'}
      onDismiss={() => onClose(done)}
      status={
        <>
          {step.name === 'form' && step.notice === 'slot-taken' && (
            <Notice intent="warning" text={m.slotTaken} />
          )}
          {step.name === 'confirm' && step.failed && <Notice intent="error" text={m.failed} />}
          {step.name === 'booking' && <Spinner label={m.booking} />}
          {step.name === 'done' && (
            <>
              <Notice
                intent="success"
                text={m.booked(member.displayName, dateTime(step.booked.conversation.start))}
              />
              {step.booked.shortNotice && <Notice intent="warning" text={m.shortNotice} />}
            </>
          )}
        </>
      }
      {...buttons}
    >
      {step.name === 'form' && (
        <BookingForm
          draft={draft}
          slots={slots}
          rooms={rooms}
          problems={step.problems}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        />
      )}
      {step.name === 'confirm' && (
        <BookingSummary name={member.displayName} mail={member.mail} booking={step.booking} />
      )}
    </StepDialog>
  );
}
