// One template version in every language, from the server: a referat or preparation may be on a version HR
// saved after this page was built, so the shipped list in the bundle is not enough. A version never changes
// once saved, so each is fetched once per page load.
import { z } from 'zod';
import { ZTemplate, type Template } from '../../core/templates/template';
import type { ApiClient } from './client';

const ZTemplateVersion = z.object({
  template: ZTemplate,
  savedByName: z.string().nullable(),
  savedAt: z.string().nullable(),
});

export type TemplateLoader = (templateId: string, version: number) => Promise<Template>;

export function templateLoader(api: Pick<ApiClient, 'request'>): TemplateLoader {
  const cache = new Map<string, Promise<Template>>();
  return (templateId, version) => {
    const key = `${templateId}@${version}`;
    let loading = cache.get(key);
    if (!loading) {
      const path = `/api/templates/${encodeURIComponent(templateId)}/versions/${version}`;
      loading = api.request(ZTemplateVersion, path).then((answer) => answer.template);
      // a failure is not kept: the retry asks again
      loading.catch(() => cache.delete(key));
      cache.set(key, loading);
    }
    return loading;
  };
}
