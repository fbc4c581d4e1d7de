import pino from 'pino';

// Structured JSON logs. Personal data never belongs in a log line; redaction is the safety net for
// fields that could carry it by accident (request bodies, variables, headers with credentials).
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level,
      base: { service: 'kaira' },
      serializers: { err: serializeError },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.variables',
          '*.password',
          '*.refreshToken',
          '*.accessToken',
          '*.personalIdentityCode',
          '*.email',
          '*.phone',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

// Database errors quote the failing statement with its values (names, emails…): log what identifies
// the failure (SQLSTATE, constraint, table, stack) and never the statement or its parameters.
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & {
    code?: string;
    constraint?: string;
    table?: string;
    routine?: string;
    sqlState?: string;
  };
  // Only the frames: a stack starts with the message, and a driver's message spans lines of SQL.
  const stack = e.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  if (e.constructor.name.endsWith('Exception') || e.routine !== undefined) {
    return {
      type: e.constructor.name,
      code: e.code,
      constraint: e.constraint,
      table: e.table,
      routine: e.routine,
      stack,
    };
  }
  return { type: e.constructor.name, message: e.message, stack };
}

export type Logger = pino.Logger;
