// The steps of the delegation dialog: pick a leader, settle the time, and see what will happen.
import {
  Body1,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { osloDateOf } from '../../core/calendar/oslo';
import { delegationMessage } from '../../core/delegation-text';
import { languageFromLocale } from '../../core/language';
import type { ConversationKind } from '../../core/org';
import type { Candidate, DelegationPreview } from '../api/delegation';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { osloClock } from '../scheduling/slot-times';
import { delegationMessages } from './delegation-messages';

const useStyles = makeStyles({
  // Body1 is inline even as a <p>: without this the last two sentences ran together ("dine.Du har")
  confirmation: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    whiteSpace: 'pre-wrap',
  },
});

export function useWhen() {
  const m = useMessages(delegationMessages);
  const { date } = useI18n();
  return (instant: string) => m.when(date(osloDateOf(instant)), osloClock(instant));
}

export function PickLeader(props: {
  candidates: Candidate[] | null;
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const m = useMessages(delegationMessages);
  if (props.candidates === null) return <Spinner size="tiny" label={m.loading} />;
  if (props.candidates.length === 0)
    return (
      <Body1 as="p" block>
        {m.none}
      </Body1>
    );
  return (
    <Field label={m.pick}>
      <RadioGroup value={props.chosen ?? ''} onChange={(_, data) => props.onChoose(data.value)}>
        {props.candidates.map((c) => (
          <Radio
            key={c.id}
            value={c.id}
            label={`${c.displayName} – ${[c.jobTitle, c.department].filter(Boolean).join(', ')} (${m.relation(c.relation)})`}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

export function SettleTime(props: {
  preview: DelegationPreview | null;
  start: string | null;
  note: string;
  onStart: (start: string) => void;
  onNote: (note: string) => void;
}) {
  const m = useMessages(delegationMessages);
  const when = useWhen();
  const { preview } = props;
  if (!preview) return <Spinner size="tiny" label={m.checking} />;
  return (
    <>
      {preview.meetingHeld ? (
        <Body1 as="p" block>
          {m.held}
        </Body1>
      ) : preview.canKeepTime ? (
        <Body1 as="p" block>
          {m.keep(preview.to.displayName, when(preview.start))}
        </Body1>
      ) : preview.suggestions.length === 0 ? (
        <Body1 as="p" block>
          {m.noTimes}
        </Body1>
      ) : (
        <Field label={m.busy(preview.to.displayName, when(preview.start))}>
          <RadioGroup value={props.start ?? ''} onChange={(_, data) => props.onStart(data.value)}>
            {preview.suggestions.map((slot) => (
              <Radio key={slot.start} value={slot.start} label={when(slot.start)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {!preview.meetingHeld && (
        <Field label={m.note(preview.employee.displayName)} hint={m.noteHint}>
          <Textarea
            value={props.note}
            maxLength={1000}
            resize="vertical"
            onChange={(_, data) => props.onNote(data.value)}
          />
        </Field>
      )}
    </>
  );
}

/** Exactly what the employee and the new conductor get; the message is the server's own text (core). */
export function DelegationSummary(props: {
  preview: DelegationPreview;
  kind: ConversationKind;
  start: string;
  note: string;
}) {
  const styles = useStyles();
  const m = useMessages(delegationMessages);
  const { preview } = props;
  const message = delegationMessage({
    language: languageFromLocale(preview.employee.preferredLanguage),
    kind: props.kind,
    fromName: preview.from.displayName,
    toName: preview.to.displayName,
    start: props.start,
    sameTime: Date.parse(props.start) === Date.parse(preview.start),
    note: props.note,
  });
  return (
    <div className={styles.confirmation} data-testid="delegation-confirmation">
      <Subtitle2 block as="h3">
        {m.confirmTitle}
      </Subtitle2>
      {preview.meetingHeld ? (
        <Body1 as="p" block>
          {m.toEmployeeHeld(preview.employee.displayName)}
        </Body1>
      ) : (
        <>
          <Body1 as="p" block>
            {m.toEmployee(preview.employee.displayName, preview.employee.mail)}
          </Body1>
          <blockquote className={styles.quote}>
            <Body1>{message}</Body1>
          </blockquote>
        </>
      )}
      <Body1 as="p" block>
        {m.toLeader(preview.to.displayName, preview.to.mail)}
      </Body1>
      <Body1 as="p" block>
        {m.toYou}
      </Body1>
    </div>
  );
}
