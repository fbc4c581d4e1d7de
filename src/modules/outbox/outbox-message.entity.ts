import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '../../db/tenant-owned.entity';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

/**
 * One email, written in the transaction of the work that causes it and delivered afterwards
 * (outbox.delivery.ts). Not in the API.
 */
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage extends TenantOwned {
  [OptionalProps]?:
    | 'htmlBody'
    | 'personId'
    | 'status'
    | 'attempts'
    | 'nextAttemptAt'
    | 'lastError'
    | 'createdAt'
    | 'sentAt'
    | 'smtpMessageId';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  toAddress!: string;

  @Property({ type: 'text' })
  subject!: string;

  /** Null once sent: the content (and any one-time link in it) is not kept after delivery. */
  @Property({ type: 'text', nullable: true })
  textBody!: string | null;

  @Property({ type: 'text', nullable: true })
  htmlBody: string | null = null;

  /** What the message is for ('enrolment-confirmation', 'survey-invitation', …): a code, safe to log. */
  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Enum({ items: ['queued', 'sending', 'sent', 'failed'], default: 'queued' })
  status: OutboxStatus = 'queued';

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  // Database time, as in every comparison delivery makes (no app clock in the schedule).
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt!: Date;

  /** A short code such as EENVELOPE_550 or ESOCKET_ECONNREFUSED, never the server's reply. */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  smtpMessageId: string | null = null;
}
