// HR's home (route 'hr'): follow-up per unit, shared needs, the policy settings and the templates, one tab
// each. HR sees counts and nameless needs only, never what was said in a conversation (DESIGN §6).
import { useMemo, useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiClient } from '../api/client';
import { hrApi } from '../api/hr';
import { PageHeading } from '../components/PageHeading';
import { useMessages } from '../i18n/feature-messages';
import { ComplianceSection } from './ComplianceSection';
import { hrMessages } from './hr-messages';
import { NeedsSection } from './NeedsSection';
import { PolicySection } from './PolicySection';
import { TemplatesSection } from './TemplatesSection';

const SECTIONS = ['compliance', 'needs', 'settings', 'templates'] as const;
type Section = (typeof SECTIONS)[number];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

export function HrPage({ api }: { api: ApiClient }) {
  const m = useMessages(hrMessages);
  const styles = useStyles();
  const hr = useMemo(() => hrApi(api), [api]);
  const [section, setSection] = useState<Section>('compliance');
  const label: Record<Section, string> = {
    compliance: m.tabCompliance,
    needs: m.tabNeeds,
    settings: m.tabSettings,
    templates: m.tabTemplates,
  };
  return (
    <div className={styles.root}>
      <PageHeading title={m.heading} />
      <TabList
        aria-label={m.tabsLabel}
        selectedValue={section}
        onTabSelect={(_, data) => setSection(data.value as Section)}
      >
        {SECTIONS.map((s) => (
          <Tab key={s} value={s} id={`hr-tab-${s}`} aria-controls="hr-panel">
            {label[s]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="hr-panel" aria-labelledby={`hr-tab-${section}`}>
        {section === 'compliance' && <ComplianceSection hr={hr} />}
        {section === 'needs' && <NeedsSection hr={hr} />}
        {section === 'settings' && <PolicySection hr={hr} />}
        {section === 'templates' && <TemplatesSection hr={hr} />}
      </div>
    </div>
  );
}
