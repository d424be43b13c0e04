// The team row's exemption and delegation dialogs: the buttons, and one dialog of each kind kept outside the
// table so it stays open while the overview reloads behind it. The dialogs download when first opened,
// keeping the overview's first download small (BENCH tab_initial_js_gzip_kb).
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { ApiClient } from '../api/client';
import type { TeamMember } from '../api/schemas';
import { teamApi } from '../api/team';
import { useMessages } from '../i18n/feature-messages';
import { teamMessages } from './team-messages';

const ExemptionDialog = lazy(() => import('./ExemptionDialog').then((m) => ({ default: m.ExemptionDialog })));
const DelegateDialog = lazy(() => import('./DelegateDialog').then((m) => ({ default: m.DelegateDialog })));

type Opened = { kind: 'exemption' | 'delegate'; member: TeamMember; key: number };

export function useRowDialogs(
  api: ApiClient,
  onChanged: () => void,
): { buttonsFor: (member: TeamMember) => ReactNode; dialogs: ReactNode } {
  const m = useMessages(teamMessages);
  const team = useMemo(() => teamApi(api), [api]);
  // kept mounted after closing (a modal removed while open leaves the page hidden from screen readers)
  const [opened, setOpened] = useState<Opened | null>(null);
  const [open, setOpen] = useState(false);
  const show = (kind: Opened['kind'], member: TeamMember) => {
    setOpened((o) => ({ kind, member, key: (o?.key ?? 0) + 1 }));
    setOpen(true);
  };
  const close = (changed: boolean) => {
    setOpen(false);
    if (changed) onChanged();
  };
  const booked = opened?.member.nextBooked;
  return {
    buttonsFor: (member) => (
      <>
        {/* only a conversation the leader holds can be handed on; one held by someone else is theirs */}
        {member.nextBooked && !member.nextBooked.conductor && (
          <Button
            size="small"
            aria-label={m.delegateButtonLabel(member.displayName)}
            onClick={() => show('delegate', member)}
          >
            {m.delegateButton}
          </Button>
        )}
        <Button
          size="small"
          aria-label={m.exemptButtonLabel(member.displayName)}
          onClick={() => show('exemption', member)}
        >
          {m.exemptButton}
        </Button>
      </>
    ),
    dialogs: opened && (
      <Suspense fallback={null}>
        {opened.kind === 'exemption' && (
          <ExemptionDialog key={opened.key} team={team} member={opened.member} open={open} onClose={close} />
        )}
        {opened.kind === 'delegate' && booked && (
          <DelegateDialog
            key={opened.key}
            api={api}
            member={opened.member}
            conversation={{ id: booked.id, kind: booked.kind }}
            open={open}
            onClose={close}
          />
        )}
      </Suspense>
    ),
  };
}
