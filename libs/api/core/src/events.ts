import type { NotificationKind, NotificationParams, Role } from '@pinzhi/domain';
import type { TenantDb } from '@pinzhi/db';

/** Who an event is for, by rule; the notification library resolves them to active members. */
export type Recipients =
  /** Named people (nulls are ignored, so `{ users: [r.ownerUserId] }` is fine). */
  | { users: ReadonlyArray<string | null | undefined> }
  /**
   * Everyone holding one of the roles whose data scope includes the place: with a project (and
   * its region) a region- or project-scoped member only when it is in their scope; with a region
   * only, project-scoped members never; with neither, every holder.
   */
  | { roles: readonly Role[]; regionId?: string | null; projectId?: string | null }
  /** The members of departments (前期接管 departments). */
  | { departments: readonly string[] };

/** Something that happened which people should hear about (a notification per recipient). */
export interface NotificationEvent {
  kind: NotificationKind;
  /** What it is about; the link to its screen is derived from the kind and this id. */
  entity: { type: string; id: string };
  /** Values the texts are worded from (names, instants as ISO strings); stored as they are. */
  params: NotificationParams;
  to: Recipients[];
  /** The same key for the same recipient is the same notification (reminders); default: unique. */
  dedupeKey?: string;
  /** The person acting hears about their own action only when this is true. */
  notifyActor?: boolean;
}

/**
 * Where capabilities report events: `ctx.events.emit(tx, now, event)` inside the business
 * transaction. The notifications, their deliveries (as durable jobs) and the live-update signal
 * are written in that transaction — the transactional outbox: a rollback emits nothing.
 */
export interface EventSink {
  emit(db: TenantDb, now: Date, events: NotificationEvent | readonly NotificationEvent[]): Promise<void>;
}

/** For contexts without notifications (scripts); the app always wires the real one. */
export const NO_EVENTS: EventSink = { emit: async () => undefined };
