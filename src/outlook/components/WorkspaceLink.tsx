// The conductor writes the referat in the tab's workspace; the pane links there, on the same server.
import { Link } from '@fluentui/react-components';
import { useOutlookText } from '../i18n/useOutlookText';

export function workspaceUrl(origin: string, conversationId: string): string {
  return `${origin}/tab/#/conversations/${encodeURIComponent(conversationId)}`;
}

export function WorkspaceLink({ conversationId }: { conversationId: string }) {
  const { o } = useOutlookText();
  return (
    <Link href={workspaceUrl(window.location.origin, conversationId)} target="_blank" rel="noopener">
      {o.openWorkspace}
    </Link>
  );
}
