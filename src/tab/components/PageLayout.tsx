// The frame of every page: an optional banner on top, then the main landmark with the page's content,
// on Teams' grey canvas like other personal-app tabs.
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { CONTENT_COLUMN } from './layout';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    ...CONTENT_COLUMN,
    paddingTop: tokens.spacingVerticalXL,
    paddingBottom: tokens.spacingVerticalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
});

export function PageLayout({ header, children }: { header?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {header}
      <main className={styles.main}>{children}</main>
    </div>
  );
}
