// One template section of the referat: what was agreed, and the leader's feedback where the section has it.
import { Field, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ReferatChange } from '../../core/referat/edit';
import type { ReferatSection } from '../../core/referat/referat';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export type SectionFieldsProps = {
  section: ReferatSection;
  title: string;
  onChange: (change: ReferatChange) => void;
};

export function SectionFields({ section, title, onChange }: SectionFieldsProps) {
  const styles = useStyles();
  const m = useMessages(workspaceMessages);
  const { sectionId } = section;
  return (
    <section className={styles.root} aria-labelledby={`section-${sectionId}`}>
      <Subtitle2 as="h3" block id={`section-${sectionId}`}>
        {title}
      </Subtitle2>
      {/* each box is named with its section too, so a list of the form's fields tells them apart */}
      <Field label={{ children: m.agreed, id: `agreed-${sectionId}` }}>
        <Textarea
          aria-labelledby={`section-${sectionId} agreed-${sectionId}`}
          resize="vertical"
          rows={4}
          value={section.agreedText}
          onChange={(_, d) => onChange({ type: 'section', sectionId, agreedText: d.value })}
        />
      </Field>
      {section.leaderFeedback !== null && (
        <Field label={{ children: m.feedback, id: `feedback-${sectionId}` }}>
          <Textarea
            aria-labelledby={`section-${sectionId} feedback-${sectionId}`}
            resize="vertical"
            rows={3}
            value={section.leaderFeedback}
            onChange={(_, d) => onChange({ type: 'section', sectionId, leaderFeedback: d.value })}
          />
        </Field>
      )}
    </section>
  );
}
