import { OutboxMessage } from './outbox-message.entity';

// No GraphQL operations yet: callers enqueue from their own services (outbox.service.ts).
export const outboxModule = {
  entities: [OutboxMessage],
  resolvers: [],
  rules: {},
} as const;
