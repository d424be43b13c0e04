// The banner: the app's name, a demo marker when the data is made up, and who is signed in.
import { Badge, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';
import { CONTENT_COLUMN } from './layout';

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bar: {
    ...CONTENT_COLUMN,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  user: { marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export type AppHeaderProps = {
  demo: boolean;
  /** the signed-in person's name; omitted before sign-in */
  userName?: string;
  onSignOut?: () => void;
};

export function AppHeader({ demo, userName, onSignOut }: AppHeaderProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <header className={styles.root}>
      <div className={styles.bar}>
        <Text weight="semibold" size={400}>
          {t.appName}
        </Text>
        {demo && (
          <Badge appearance="tint" color="warning">
            {t.demoBadge}
          </Badge>
        )}
        {userName && (
          <div className={styles.user}>
            <Text>{t.signedInAs(userName)}</Text>
            {onSignOut && (
              <Link as="button" onClick={onSignOut}>
                {t.signOut}
              </Link>
            )}
          </div>
        )}
      </div>
    </header>
  );
}
