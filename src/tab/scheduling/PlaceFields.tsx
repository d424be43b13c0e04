// Where the conversation is held: a Teams meeting, a bookable room, or another place (002: not the leader's
// own office, so the rooms are offered first). Shared by the booking dialog and the round planner.
import { Field, Input, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { Room } from '../api/scheduling';
import { useMessages } from '../i18n/feature-messages';
import { scheduleMessages } from './schedule-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export type PlaceValue = { online: boolean; roomMail: string; place: string };

export type PlaceFieldsProps = {
  value: PlaceValue;
  rooms: Room[];
  /** set when neither Teams nor a place is chosen */
  missing: boolean;
  onChange: (change: Partial<PlaceValue>) => void;
};

export function PlaceFields({ value, rooms, missing, onChange }: PlaceFieldsProps) {
  const styles = useStyles();
  const m = useMessages(scheduleMessages);
  return (
    <div className={styles.root}>
      <Switch
        label={m.teams}
        checked={value.online}
        onChange={(_, data) => onChange({ online: data.checked })}
      />
      <Field
        label={m.room}
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? m.placeMissing : undefined}
      >
        <Select value={value.roomMail} onChange={(_, data) => onChange({ roomMail: data.value })}>
          <option value="">{m.noRoom}</option>
          {rooms.map((room) => (
            <option key={room.mail} value={room.mail}>
              {room.building ? `${room.displayName} (${room.building})` : room.displayName}
            </option>
          ))}
        </Select>
      </Field>
      {value.roomMail === '' && (
        <Field label={m.otherPlace} hint={m.otherPlaceHint}>
          <Input
            value={value.place}
            maxLength={200}
            onChange={(_, data) => onChange({ place: data.value })}
          />
        </Field>
      )}
    </div>
  );
}
