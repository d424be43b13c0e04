// Entry of the Outlook add-in task pane (dist/outlook/). A placeholder page until the Outlook issue builds
// the preparation form on the meeting; it already has the same look so the manifest can point at it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Body1, FluentProvider, Title2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
  },
});

function Placeholder() {
  const styles = useStyles();
  return (
    <main className={styles.main}>
      <Title2 as="h1">Samtale</Title2>
      <Body1>Tillegget for Outlook kommer i en senere versjon.</Body1>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <Placeholder />
    </FluentProvider>
  </StrictMode>,
);
