// One text of a template in the language HR is writing in, with the bokmål text beside it when writing
// another language (the texts are translations of each other), and the form's or the server's complaint.
import { Field, Input, Textarea } from '@fluentui/react-components';
import type { Language } from '../../core/org';
import type { LocalText } from '../../core/templates/template';
import { useMessages } from '../i18n/feature-messages';
import { fieldId, type IssueKind } from './template-editing';
import { templateMessages } from './template-messages';

export type TemplateTextFieldProps = {
  /** the text's path in the draft, without the language ("sections.0.title") */
  path: string;
  label: string;
  text: LocalText;
  language: Language;
  languageName: string;
  issues: ReadonlyMap<string, IssueKind>;
  multiline?: boolean;
  onChange: (value: string) => void;
};

export function TemplateTextField(props: TemplateTextFieldProps) {
  const { path, label, text, language, languageName, issues, multiline, onChange } = props;
  const m = useMessages(templateMessages);
  const full = `${path}.${language}`;
  const issue = issues.get(full);
  const message =
    issue === 'missing-text'
      ? m.fieldMissing(languageName)
      : issue === 'too-long'
        ? m.fieldTooLong
        : issue
          ? m.fieldInvalid
          : undefined;
  const reference = language !== 'nb' && text.nb.trim() !== '' ? m.reference(text.nb) : undefined;
  const control = { id: fieldId(full), value: text[language], lang: language === 'en' ? 'en' : language };
  return (
    <Field
      label={label}
      hint={reference}
      validationMessage={message}
      validationState={message ? 'error' : 'none'}
    >
      {multiline ? (
        <Textarea {...control} resize="vertical" onChange={(_, data) => onChange(data.value)} />
      ) : (
        <Input {...control} onChange={(_, data) => onChange(data.value)} />
      )}
    </Field>
  );
}
