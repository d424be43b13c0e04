// A probation follow-up referat for Kari (nurse, authorisation required) held by her leader Per.
import { startReferat, type ActionItem, type Referat } from '../../../../src/core/referat/referat';
import { getTemplate } from '../../../../src/core/templates/registry';

export const KARI = '6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
export const PER = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
export const OLA = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

export function probationReferat(): Referat {
  return startReferat({
    conversationId: 'conv-2026-0042',
    employeeId: KARI,
    conductorId: PER,
    template: getTemplate('oppfolging-provetid', 1),
    conditions: ['requires-authorisation'],
    heldOn: '2026-03-30',
    leaderAnswers: { 'probation.sjekk.rutiner-kjent': 'yes', 'probation.kultur.samarbeid': 'Godt' },
  });
}

export const COURSE: ActionItem = {
  id: 'a1',
  what: 'Kurs i journalføring (DIPS)',
  responsibleId: PER,
  responsibleName: 'Per Hansen',
  deadline: '2026-05-15',
  sharedNeed: true,
};
