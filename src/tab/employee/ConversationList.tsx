// "Mine samtaler": upcoming first (soonest on top), then past (latest on top), or one plain sentence when
// there are none, so an empty page never looks broken.
import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Surface } from '../components/Surface';
import { useMessages } from '../i18n/feature-messages';
import { ConversationItem } from './ConversationItem';
import { employeeMessages } from './messages';
import type { ConversationLine } from './useMyConversations';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export function ConversationList({ lines, now }: { lines: ConversationLine[]; now: Date }) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  if (lines.length === 0) {
    return (
      <Surface>
        <Body1>{m.noConversations}</Body1>
      </Surface>
    );
  }
  const isPast = (l: ConversationLine) => Date.parse(l.end) <= now.getTime();
  const upcoming = lines.filter((l) => !isPast(l));
  const past = lines.filter(isPast).reverse();
  return (
    <>
      {[
        { id: 'upcoming', title: m.upcoming, items: upcoming, empty: m.noUpcoming },
        { id: 'past', title: m.past, items: past, empty: m.noPast },
      ].map((group) => (
        <Surface key={group.id}>
          <section className={styles.root} aria-labelledby={`mine-${group.id}`}>
            <Subtitle2 as="h2" block id={`mine-${group.id}`}>
              {group.title}
            </Subtitle2>
            {group.items.length === 0 ? (
              <Body1>{group.empty}</Body1>
            ) : (
              <ul className={styles.list}>
                {group.items.map((line) => (
                  <ConversationItem key={line.id} line={line} />
                ))}
              </ul>
            )}
          </section>
        </Surface>
      ))}
    </>
  );
}
