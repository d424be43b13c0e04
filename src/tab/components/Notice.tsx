// One line of news in a dialog's status region: booked, saved, the time was taken meanwhile, it failed.
// Multiline, because the texts name people and times and wrap in a dialog's width.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export type NoticeProps = {
  intent: 'success' | 'warning' | 'error';
  text: string;
};

export function Notice({ intent, text }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
