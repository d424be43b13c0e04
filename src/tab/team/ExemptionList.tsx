// The exemptions recorded for a person, newest first; one in force can be withdrawn after a confirmation.
import { useState } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { Exemption } from '../api/team';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { exemptionMessages } from './exemption-messages';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBlockEnd: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3, display: 'block' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export type ExemptionListProps = {
  exemptions: Exemption[];
  busy: boolean;
  onWithdraw: (exemption: Exemption) => void;
};

export function ExemptionList({ exemptions, busy, onWithdraw }: ExemptionListProps) {
  const styles = useStyles();
  const m = useMessages(exemptionMessages);
  const { language, date, dateTime } = useI18n();
  const [asking, setAsking] = useState<string | null>(null);
  if (exemptions.length === 0)
    return (
      <Body1 as="p" block>
        {m.none}
      </Body1>
    );
  return (
    <ul className={styles.list}>
      {exemptions.map((e) => {
        const what = m.item(KIND_NAMES[e.kind][language], e.year, e.by === 'employee');
        return (
          <li key={e.id} className={styles.item}>
            <span>{what}</span> – «{e.reason}»
            <span className={styles.muted}>{m.recorded(e.recordedByName, date(e.recordedAt))}</span>
            {e.withdrawn ? (
              <span className={styles.muted}>
                {m.withdrawnBy(e.withdrawn.byName, dateTime(e.withdrawn.at))}
              </span>
            ) : asking === e.id ? (
              <span className={styles.row}>
                <span>{m.withdrawConfirm(what)}</span>
                <Button size="small" appearance="primary" disabled={busy} onClick={() => onWithdraw(e)}>
                  {m.withdrawYes}
                </Button>
                <Button size="small" onClick={() => setAsking(null)}>
                  {m.cancel}
                </Button>
              </span>
            ) : (
              <span>
                <Button size="small" aria-label={m.withdrawLabel(what)} onClick={() => setAsking(e.id)}>
                  {m.withdraw}
                </Button>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
