// The page's one h1, with an optional line under it.
import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

export function PageHeading({ title, subtitle }: { title: string; subtitle?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Title3 as="h1" block>
        {title}
      </Title3>
      {subtitle && <Body1 className={styles.subtitle}>{subtitle}</Body1>}
    </div>
  );
}
