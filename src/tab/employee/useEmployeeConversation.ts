// Everything the employee's page of one conversation shows: the conversation, who leads it, the referat
// (null until the leader starts it) and, once signed, the archive status.
import { useCallback } from 'react';
import { ApiError } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { employeeApi } from '../api/employee';
import { createOutlookClient } from '../../outlook/api/outlook-client';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';

async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useEmployeeConversation(api: ApiClient, id: string) {
  const { language } = useI18n();
  const load = useCallback(async () => {
    const employee = employeeApi(api);
    const prep = createOutlookClient({ ...api.options, language: () => language });
    const [list, preparation, referat] = await Promise.all([
      employee.myConversations(),
      orNull(prep.preparation(id)),
      orNull(employee.referat(id)),
    ]);
    const conversation = list.find((c) => c.id === id);
    // the same answer as the server's for a conversation that is not the caller's own
    if (!conversation) throw new ApiError(404, 'not-found', id);
    const archive = referat?.fullyApproved ? await employee.archive(id) : null;
    return {
      conversation,
      conductorName: preparation?.conversation.conductorName ?? null,
      preparedAt: preparation?.mine.submittedAt ?? null,
      referat,
      archive,
    };
  }, [api, id, language]);
  return useLoad(load);
}
