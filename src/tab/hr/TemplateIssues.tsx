// The editor's error summary: every field to fix, by where it is in the form ("Del 2, spørsmål 4: mangler
// tekst på nynorsk"), each a button that shows that language and puts the cursor in the field (the pattern
// of GOV.UK's and Digdir's error summaries: the list is read first, then each field is one step away).
import { forwardRef } from 'react';
import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import { languageOfPath, placeOfPath, type DraftIssue } from './template-editing';
import { templateMessages } from './template-messages';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

type Messages = ReturnType<typeof useMessages<typeof templateMessages.nb>>;

export function describeIssue(
  m: Messages,
  issue: DraftIssue,
  languageName: (l: 'nb' | 'nn' | 'en') => string,
): string {
  const { section, question } = placeOfPath(issue.path);
  const place =
    section !== null && question !== null
      ? m.placeQuestion(section, question)
      : section !== null
        ? m.placeSection(section)
        : m.placeTemplate;
  const language = languageOfPath(issue.path);
  const name = language ? languageName(language) : '';
  const what =
    issue.kind === 'missing-text'
      ? m.issueMissing(name)
      : issue.kind === 'too-long'
        ? m.issueTooLong(name)
        : issue.kind === 'empty'
          ? issue.path === 'sections'
            ? m.issueNoSections
            : m.issueNoQuestions
          : issue.kind === 'too-many'
            ? m.issueTooMany
            : issue.kind === 'feedback-hint'
              ? m.issueFeedbackHint
              : m.issueInvalid;
  return `${place}: ${what}`;
}

export type TemplateIssuesProps = {
  issues: DraftIssue[];
  languageName: (l: 'nb' | 'nn' | 'en') => string;
  onGoTo: (issue: DraftIssue) => void;
};

export const TemplateIssues = forwardRef<HTMLDivElement, TemplateIssuesProps>(function TemplateIssues(
  { issues, languageName, onGoTo },
  ref,
) {
  const m = useMessages(templateMessages);
  const styles = useStyles();
  return (
    <div ref={ref} tabIndex={-1}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{m.fixFirst}</MessageBarTitle>
          <ul className={styles.list}>
            {issues.map((issue) => (
              <li key={issue.path}>
                <Link as="button" onClick={() => onGoTo(issue)}>
                  {describeIssue(m, issue, languageName)}
                </Link>
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
});
