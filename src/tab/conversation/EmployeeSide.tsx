// The employee's view of their conversation is the employee feature's page; the workspace only hands over.
import { EmployeeConversationPage } from '../employee/EmployeeConversationPage';
import type { ApiClient } from '../api/client';

export function EmployeeSide({ api, id }: { api: ApiClient; id: string }) {
  return <EmployeeConversationPage api={api} conversationId={id} />;
}
