// "Maler": every version of the conversation templates in the reader's language, who saved each, which one
// new conversations start on, and for that one "Endre malen": the editor (TemplateEditor) loads it in every
// language and saves HR's edit as the next version. Old versions stay readable, as conversations on them do.
import { useCallback, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { HrApi, TemplateVersion } from '../api/hr';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { readableSource } from '../../core/seed-sources';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { hrMessages } from './hr-messages';
import { TemplateEditor } from './TemplateEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // under the template's h2 (the accordion header), so no larger than it
  section: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { color: tokens.colorNeutralForeground2, display: 'block' },
});

export function TemplatesSection({ hr }: { hr: HrApi }) {
  const { t, language, dateTime } = useI18n();
  const m = useMessages(hrMessages);
  const styles = useStyles();
  const { state, retry } = useLoad(useCallback(() => hr.templates(language), [hr, language]));
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);
  const [saved, setSaved] = useState<TemplateVersion | null>(null);

  if (editing) {
    return (
      <Surface>
        <EditorLoader
          hr={hr}
          target={editing}
          onClose={() => {
            setEditing(null);
            retry();
          }}
          onSaved={(version) => {
            setSaved(version);
            setEditing(null);
            retry();
          }}
          onOpenNewest={() => {
            setEditing(null);
            retry();
          }}
        />
      </Surface>
    );
  }
  return (
    <Surface>
      <div className={styles.root}>
        <Body1>{m.templatesIntro}</Body1>
        <div role="status">
          {saved && (
            <MessageBar intent="success">
              <MessageBarBody>
                {m.savedVersion(saved.template.title[language], saved.template.version)}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
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
                  <Caption1 className={styles.meta}>
                    {template.savedByName && template.savedAt
                      ? m.savedBy(template.savedByName, dateTime(template.savedAt))
                      : m.shipped}
                    {' · '}
                    {m.templateSource(template.source.map((s) => readableSource(s, language)).join('; '))}
                  </Caption1>
                  {template.newest && (
                    <>
                      <Caption1 className={styles.meta}>{m.newestNote}</Caption1>
                      <Button
                        appearance="primary"
                        aria-label={m.editTemplateNamed(template.title)}
                        onClick={() => {
                          setSaved(null);
                          setEditing({ id: template.id, version: template.version });
                        }}
                      >
                        {m.editTemplate}
                      </Button>
                    </>
                  )}
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

function EditorLoader(props: {
  hr: HrApi;
  target: { id: string; version: number };
  onClose: () => void;
  onSaved: (saved: TemplateVersion) => void;
  onOpenNewest: () => void;
}) {
  const { t } = useI18n();
  const { hr, target } = props;
  const { state, retry } = useLoad(
    useCallback(() => hr.templateVersion(target.id, target.version), [hr, target]),
  );
  if (state.status === 'loading') return <LoadingState label={t.loading} />;
  if (state.status === 'failed') return <ErrorState error={state.error} onRetry={retry} />;
  return (
    <TemplateEditor
      hr={hr}
      loaded={state.data}
      onClose={props.onClose}
      onSaved={props.onSaved}
      onOpenNewest={props.onOpenNewest}
    />
  );
}
