// The referat as the leader writes it: a text per template section (and "Leders tilbakemelding" where the
// section has it, 001), the checks, the action plan or "no special actions" (003), and the private notes.
import { Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Referat } from '../../core/referat/referat';
import type { Template } from '../../core/templates/template';
import { Surface } from '../components/Surface';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { ActionPlan } from './ActionPlan';
import { ChecksFieldset } from './ChecksFieldset';
import { workspaceMessages } from './messages';
import { PrivateNotesPanel } from './PrivateNotesPanel';
import { ReferatSaveStatus } from './ReferatSaveStatus';
import { SectionFields } from './SectionFields';
import type { useReferat } from './useReferat';
import { DateField } from '../components/DateField';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  date: { maxWidth: '16rem' },
});

export type ReferatEditorProps = {
  referat: Referat;
  /** the version the referat is on: section titles and check questions */
  template: Template;
  names: { employee: string; me: string };
  state: ReturnType<typeof useReferat>;
};

export function ReferatEditor({ referat, template, names, state }: ReferatEditorProps) {
  const styles = useStyles();
  const { language } = useI18n();
  const m = useMessages(workspaceMessages);
  const { change } = state;
  return (
    <>
      <Surface>
        <form className={styles.root} aria-labelledby="referat-heading" onSubmit={(e) => e.preventDefault()}>
          <div className={styles.top}>
            <Subtitle2 as="h2" block id="referat-heading">
              {m.referatHeading}
            </Subtitle2>
            <ReferatSaveStatus state={state} />
          </div>
          <DateField
            label={m.heldOn}
            className={styles.date}
            value={referat.heldOn ?? ''}
            onChange={(date) => change({ type: 'held-on', date: date === '' ? null : date })}
          />
          {referat.sections.map((section) => {
            const source = template.sections.find((s) => s.id === section.sectionId);
            return (
              <SectionFields
                key={section.sectionId}
                section={section}
                title={source?.title[language] ?? section.sectionId}
                onChange={change}
              />
            );
          })}
          {referat.checks.length > 0 && (
            <ChecksFieldset checks={referat.checks} template={template} onChange={change} />
          )}
          <ActionPlan referat={referat} names={names} onChange={change} />
          <Checkbox
            checked={referat.noSpecialActions}
            label={m.noSpecialActions}
            onChange={(_, d) => change({ type: 'no-special-actions', value: d.checked === true })}
          />
        </form>
      </Surface>
      <PrivateNotesPanel text={referat.privateNotes.text} onChange={change} />
    </>
  );
}
