import type { Round } from '../core/round';
import type { Store, Stored } from '../ports/store';

const ROUNDS = 'rounds';

export function getRound(store: Store, leaderId: string, roundId: string): Promise<Stored<Round> | null> {
  return store.get<Round>(ROUNDS, leaderId, roundId);
}

export function saveRound(store: Store, round: Round, etag?: string): Promise<Stored<Round>> {
  return store.put(ROUNDS, round.leaderId, round.id, round, etag);
}
