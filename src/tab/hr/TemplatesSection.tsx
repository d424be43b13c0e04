// "Maler": the conversation templates, read-only, in the reader's language. Editing (a new version that only
// new conversations use) is not built yet; the page says so.
import { useCallback } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { HrApi } from '../api/hr';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { hrMessages } from './hr-messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // under the template's h2 (the accordion header), so no larger than it
  section: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { color: tokens.colorNeutralForeground2 },
});

export function TemplatesSection({ hr }: { hr: HrApi }) {
  const { t, language } = useI18n();
  const m = useMessages(hrMessages);
  const styles = useStyles();
  const { state, retry } = useLoad(useCallback(() => hr.templates(language), [hr, language]));
  return (
    <Surface>
      <div className={styles.root}>
        <Body1>{m.templatesIntro}</Body1>
        {state.status === 'loading' && <LoadingState label={t.loading} />}
        {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status === 'done' && (
          <Accordion collapsible multiple>
            {state.data.map((template) => (
              <AccordionItem
                key={`${template.id}@${template.version}`}
                value={`${template.id}@${template.version}`}
              >
                <AccordionHeader as="h2">
                  {template.title} · {m.templateVersion(template.version)}
                </AccordionHeader>
                <AccordionPanel>
                  <Caption1 className={styles.meta}>{m.templateSource(template.source.join(', '))}</Caption1>
                  {template.sections.map((section) => (
                    <div key={section.id}>
                      <h3 className={styles.section}>{section.title}</h3>
                      <ul>
                        {section.questions.map((q) => (
                          <li key={q.id}>
                            {q.text} {q.required && m.required}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        )}
      </div>
    </Surface>
  );
}
