// Downloads a report as the server's CSV. A plain link cannot carry the bearer token, so the file is
// fetched as a blob and handed to the browser to save under the server's file name.
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { HrApi, ReportKind } from '../api/hr';
import { useMessages } from '../i18n/feature-messages';
import { hrMessages } from './hr-messages';

const FILE_NAME: Record<ReportKind, (year: number) => string> = {
  compliance: (year) => `samtaler-${year}.csv`,
  needs: (year) => `felles-behov-${year}.csv`,
};

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function CsvDownloadButton({ hr, kind, year }: { hr: HrApi; kind: ReportKind; year: number }) {
  const m = useMessages(hrMessages);
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const url = URL.createObjectURL(await hr.csv(kind, year));
      const link = document.createElement('a');
      link.href = url;
      link.download = FILE_NAME[kind](year);
      link.click();
      // the browser has taken the file once the click is handled; the URL can go
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.root}>
      <Button onClick={() => void download()} disabled={busy}>
        {busy ? m.downloading : m.downloadCsv}
      </Button>
      {failed && (
        <Text role="alert" className={styles.error}>
          {m.downloadFailed}
        </Text>
      )}
    </div>
  );
}
