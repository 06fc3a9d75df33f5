import type { AccessRequest } from '../../../../shared/ipc/schemas/access-requests';

/** Pending first, the one expiring soonest on top; decided ones newest decision first. */
export function splitRequests(requests: readonly AccessRequest[]): {
  pending: AccessRequest[];
  decided: AccessRequest[];
} {
  const pending = requests
    .filter((r) => r.status === 'pending')
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  const decided = requests
    .filter((r) => r.status !== 'pending')
    .sort((a, b) => (b.decision?.at ?? b.createdAt).localeCompare(a.decision?.at ?? a.createdAt));
  return { pending, decided };
}
