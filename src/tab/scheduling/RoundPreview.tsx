// The round as a readable calendar: one card per day with its conversations in time order, each held by
// another leader (003) with that leader's name, and who got no time with the reason in plain words, naming
// the co-conductor whose calendar it was. Nothing has been sent yet.
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Round } from '../api/scheduling';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { LOCALE_OF } from '../i18n/messages';
import { roundMessages } from './round-messages';
import { groupByOsloDay, osloClock } from './slot-times';

const useStyles = makeStyles({
  days: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    listStyleType: 'none',
    padding: 0,
    margin: 0,
  },
  day: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  time: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

export function RoundPreview({ round }: { round: Round }) {
  const styles = useStyles();
  const m = useMessages(roundMessages);
  const { date, language } = useI18n();
  const nameOf = (id: string) => round.people.find((p) => p.id === id)?.displayName ?? id;
  /** a co-conductor's name; empty for the planner's own conversations */
  const coConductor = (conductorId: string) => (conductorId === round.leaderId ? '' : nameOf(conductorId));
  const weekday = new Intl.DateTimeFormat(LOCALE_OF[language], { weekday: 'long', timeZone: 'UTC' });
  const dayTitle = (iso: string) => `${weekday.format(new Date(`${iso}T12:00:00Z`))} ${date(iso)}`;
  const total = round.placements.length + round.unplaced.length;
  const days = groupByOsloDay(round.placements);
  return (
    <section aria-labelledby="round-preview-heading">
      <Subtitle2 block as="h2" id="round-preview-heading">
        {m.previewHeading}
      </Subtitle2>
      <Body1 as="p" block>
        {days.length > 0 ? m.previewSummary(round.placements.length, total) : m.noPlacements}
      </Body1>
      <ul className={styles.days}>
        {days.map((day) => (
          <li key={day.date} className={styles.day}>
            <Subtitle2 block as="h3">
              {dayTitle(day.date)}
            </Subtitle2>
            <ul className={styles.list}>
              {day.items.map((p) => (
                <li key={p.employeeId}>
                  <span className={styles.time}>
                    {osloClock(p.start)}–{osloClock(p.end)}
                  </span>{' '}
                  {nameOf(p.employeeId)}
                  {coConductor(p.conductorId) && ` ${m.heldBy(coConductor(p.conductorId))}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {round.unplaced.length > 0 && (
        <>
          <Subtitle2 block as="h3">
            {m.unplacedHeading}
          </Subtitle2>
          <ul className={styles.list}>
            {round.unplaced.map((u) => (
              <li key={u.employeeId}>
                {nameOf(u.employeeId)}: {m.reason(u.reason, coConductor(u.conductorId))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
