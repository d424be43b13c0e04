// The template version a referat is on, loaded from the server (api/templates.ts) and kept for the page.
import { useCallback } from 'react';
import type { TemplateLoader } from '../api/templates';
import { useLoad } from './useLoad';

export function useTemplate(
  load: TemplateLoader,
  ref: { templateId: string; templateVersion: number } | null,
) {
  const id = ref?.templateId ?? null;
  const version = ref?.templateVersion ?? null;
  return useLoad(
    useCallback(
      () => (id === null || version === null ? Promise.resolve(null) : load(id, version)),
      [load, id, version],
    ),
  );
}
