import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';

/** JSON metadata of an audit event. */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/**
 * Runs a write as an audit event: the event is opened before any check, so
 * refused writes (401, 403, 400, 409) are recorded as failures too; a
 * successful write records what changed.
 */
export async function auditedWrite<T>(
  options: {
    auditor: AuditorService;
    request: Request;
    eventId: string;
    meta: AuditMeta;
  },
  write: () => Promise<{ result: T; changes: AuditMeta }>,
): Promise<T> {
  const event = await options.auditor.createEvent({
    eventId: options.eventId,
    severityLevel: 'medium',
    request: options.request,
    meta: options.meta,
  });
  try {
    const { result, changes } = await write();
    await event.success({ meta: changes });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}

/** The entity ref as written in the path, for events opened before it is checked. */
export function pathEntityRef(request: Request): string {
  const { kind, namespace, name } = request.params;
  return `${kind}:${namespace}/${name}`;
}
