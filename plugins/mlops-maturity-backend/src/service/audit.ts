import type {
  AuditorService,
  AuditorServiceCreateEventOptions,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { Request } from 'express';

/** JSON metadata of an audit event. */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/**
 * Runs a write as an audit event: the event is opened before any check, so
 * refused writes (401, 403, 400, 409) are recorded as failures too; a
 * successful write records what changed. A write that succeeded is answered
 * as such even when its success cannot be recorded (that is logged).
 */
export async function auditedWrite<T>(
  options: {
    auditor: AuditorService;
    request: Request;
    eventId: string;
    meta: AuditMeta;
    /** Where an audit failure after a successful write is reported. */
    logger?: LoggerService;
  },
  write: () => Promise<{ result: T; changes: AuditMeta }>,
): Promise<T> {
  const event = await options.auditor.createEvent({
    eventId: options.eventId,
    severityLevel: 'medium',
    request: options.request,
    meta: options.meta,
  });
  let outcome: { result: T; changes: AuditMeta };
  try {
    outcome = await write();
  } catch (error) {
    // The request's own error is what the client must see, even when the
    // auditor cannot record it.
    await event.fail({ error: error as Error }).catch(() => undefined);
    throw error;
  }
  // The write is committed: an auditor that fails now must not turn it into
  // an error answer, which would make the client retry a done write.
  await event
    .success({ meta: outcome.changes })
    .catch(auditError =>
      options.logger?.error(
        `The ${
          options.eventId
        } audit event could not be recorded after the write succeeded: ${stringifyError(
          auditError,
        )}`,
      ),
    );
  return outcome.result;
}

/** The entity ref as written in the path, for events opened before it is checked. */
export function pathEntityRef(request: Request): string {
  const { kind, namespace, name } = request.params;
  return `${kind}:${namespace}/${name}`;
}
