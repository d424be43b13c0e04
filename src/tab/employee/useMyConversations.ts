// My conversations with where each stands. The list has no status beyond booked/cancelled, so each one's
// preparation, referat and archive are read too; a person has a handful of conversations, so this is a
// handful of small reads, all at once.
import { useCallback } from 'react';
import { ApiError } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { employeeApi, type MyConversation } from '../api/employee';
import { createOutlookClient } from '../../outlook/api/outlook-client';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { employeeStatus, type EmployeeStatus } from './conversation-status';

export type ConversationLine = Omit<MyConversation, 'status'> & {
  status: EmployeeStatus;
  conductorName: string | null;
};

/** null for the API's 404 (not there yet); anything else is a real failure */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useMyConversations(api: ApiClient) {
  const { language } = useI18n();
  const load = useCallback(async (): Promise<ConversationLine[]> => {
    const employee = employeeApi(api);
    const prep = createOutlookClient({ ...api.options, language: () => language });
    const list = await employee.myConversations();
    return Promise.all(
      list.map(async (conversation): Promise<ConversationLine> => {
        if (conversation.status === 'cancelled')
          return { ...conversation, status: 'cancelled', conductorName: null };
        const [preparation, referat] = await Promise.all([
          orNull(prep.preparation(conversation.id)),
          orNull(employee.referat(conversation.id)),
        ]);
        const archive = referat?.fullyApproved ? await employee.archive(conversation.id) : null;
        const preparedAt = preparation?.mine.submittedAt ?? null;
        return {
          ...conversation,
          status: employeeStatus({ conversation, preparedAt, referat, archive }),
          conductorName: preparation?.conversation.conductorName ?? null,
        };
      }),
    );
  }, [api, language]);
  return useLoad(load);
}
