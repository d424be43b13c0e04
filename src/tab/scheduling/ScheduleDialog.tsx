// Booking one conversation: fill in (time, place, topics) → see exactly what will be sent → send → done.
// The conversation id is made once per confirmation, so a retry after a lost answer books the same one.
import { useEffect, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { ApiError } from '../api/api-error';
import type { Booked, SchedulingApi, Slot } from '../api/scheduling';
import type { TeamMember } from '../api/schemas';
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
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && step.name !== 'booking' && onClose(done)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.dialogTitle(member.displayName)}</DialogTitle>
          <DialogContent>
            <div role="status" aria-live="polite">
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
            </div>
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
          </DialogContent>
          <DialogActions>
            {step.name === 'form' && (
              <>
                <Button onClick={() => onClose(false)}>{m.cancel}</Button>
                <Button appearance="primary" onClick={toConfirm} disabled={slots === null}>
                  {m.next}
                </Button>
              </>
            )}
            {step.name === 'confirm' && (
              <>
                <Button onClick={() => setStep({ name: 'form', problems: [] })}>{m.back}</Button>
                <Button appearance="primary" onClick={() => void send(step.booking, step.conversationId)}>
                  {m.send}
                </Button>
              </>
            )}
            {done && (
              <Button appearance="primary" onClick={() => onClose(true)}>
                {m.close}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Notice({ intent, text }: { intent: 'success' | 'warning' | 'error'; text: string }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
