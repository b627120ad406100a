/** `can` or 403: the one way use cases refuse. */
import { KinerjaError } from '@kinerja/domain';
import { can, type Action, type Resource, type SessionUser } from '../permissions.ts';
import { messages } from '../messages.ts';

export function authorize(user: SessionUser, action: Action, resource: Resource): void {
  if (!can(user, action, resource)) throw new KinerjaError('forbidden', messages.forbidden);
}
