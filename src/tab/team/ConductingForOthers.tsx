// Conversations the leader holds for people who are not theirs (delegated to them, 002; or theirs in a
// shared round, 003): the new conductor's way to the preparations and the referat.
import {
  Link,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { ConductedForOther } from '../api/team';
import { Surface } from '../components/Surface';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { hrefOf } from '../routing/route';
import { teamMessages } from './team-messages';

export function ConductingForOthers({ conversations }: { conversations: ConductedForOther[] }) {
  const m = useMessages(teamMessages);
  const { t, language, dateTime } = useI18n();
  if (conversations.length === 0) return null;
  return (
    <Surface>
      <Subtitle2 block as="h2">
        {m.forOthersHeading}
      </Subtitle2>
      <Table aria-label={m.forOthersLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{m.colEmployee}</TableHeaderCell>
            <TableHeaderCell>{m.kind}</TableHeaderCell>
            <TableHeaderCell>{m.colWhen}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conversations.map((c) => (
            <TableRow key={c.conversationId}>
              <TableCell>
                <Link
                  href={hrefOf({ name: 'conversation', id: c.conversationId })}
                  aria-label={m.openConversation(c.employee.displayName)}
                >
                  {c.employee.displayName || t.notKnown}
                </Link>
              </TableCell>
              <TableCell>{KIND_NAMES[c.kind][language]}</TableCell>
              <TableCell>{dateTime(c.start)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Surface>
  );
}
