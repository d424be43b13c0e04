// The team page's link to booking: a "Planlegg" button per row and the one dialog they open. The dialog is
// kept outside the table, so it stays open while the overview reloads behind it. It downloads when first
// opened: the overview shows sooner without it (BENCH overview60_render_ms, tab_initial_js_gzip_kb).
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/client';
import { schedulingApi } from '../api/scheduling';
import type { TeamMember } from '../api/schemas';
import { PlanButton } from './PlanButton';

const ScheduleDialog = lazy(() => import('./ScheduleDialog').then((m) => ({ default: m.ScheduleDialog })));

export function usePlanDialog(
  api: ApiClient,
  onBooked: () => void,
): { actionFor: (member: TeamMember) => ReactNode; dialog: ReactNode } {
  const scheduling = useMemo(() => schedulingApi(api), [api]);
  // The dialog stays mounted after it closes: a modal that is removed while open leaves the page behind it
  // hidden from screen readers. A new key per opening gives each opening a fresh form.
  const [opened, setOpened] = useState<{ member: TeamMember; key: number } | null>(null);
  const [open, setOpen] = useState(false);
  return {
    actionFor: (row) => (
      <PlanButton
        member={row}
        onClick={() => {
          setOpened((o) => ({ member: row, key: (o?.key ?? 0) + 1 }));
          setOpen(true);
        }}
      />
    ),
    dialog: opened && (
      <Suspense fallback={null}>
        <ScheduleDialog
          key={opened.key}
          scheduling={scheduling}
          member={opened.member}
          open={open}
          onClose={(booked) => {
            setOpen(false);
            if (booked) onBooked();
          }}
        />
      </Suspense>
    ),
  };
}
