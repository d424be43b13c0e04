// The team page's way to the round planner (#/rounds/new). A button rather than a link: Fluent's Button
// rendered as an anchor keeps the button role, and the view changes in place like the row's "Planlegg".
import { Button } from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import { navigate } from '../routing/route';
import { roundMessages } from './round-messages';

export function RoundPlannerLink() {
  const m = useMessages(roundMessages);
  return (
    <div>
      <Button appearance="primary" onClick={() => navigate({ name: 'new-round' })}>
        {m.planRound}
      </Button>
    </div>
  );
}
