import { testConfig } from '../support/env';

// SMTP_URL, MAIL_FROM and KAIRA_OUTBOX_INTERVAL_MS, read once at start-up.

test('defaults: no SMTP relay (delivery off), Kaira <no-reply@kaira.invalid>, every 5 s', () => {
  const config = testConfig();
  expect({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, outboxIntervalMs: config.outboxIntervalMs }).toEqual({
    smtpUrl: undefined,
    mailFrom: 'Kaira <no-reply@kaira.invalid>',
    outboxIntervalMs: 5000,
  });
});

test('an SMTP URL with credentials and connection options is taken as given', () => {
  const url = 'smtps://kaira:s%C3%A4l@smtp.example.fi:465?requireTLS=true&tls.servername=smtp.example.fi';
  const config = testConfig({
    SMTP_URL: url,
    MAIL_FROM: 'Eduro <kaira@eduro.example>',
    KAIRA_OUTBOX_INTERVAL_MS: '250',
  });
  expect(config).toMatchObject({ smtpUrl: url, mailFrom: 'Eduro <kaira@eduro.example>', outboxIntervalMs: 250 });
});

test.each([
  ['SMTP_URL', 'smtp.example.fi:587', /SMTP_URL/],
  ['SMTP_URL', 'http://smtp.example.fi', /SMTP_URL must be smtp/],
  // nodemailer's own logger would write recipients' addresses; another transport would bypass SMTP.
  ['SMTP_URL', 'smtp://smtp.example.fi?logger=true', /SMTP_URL: unsupported option logger/],
  ['SMTP_URL', 'smtp://smtp.example.fi?jsonTransport=true', /unsupported option jsonTransport/],
  ['MAIL_FROM', 'Kaira', /MAIL_FROM/],
  ['KAIRA_OUTBOX_INTERVAL_MS', '0', /KAIRA_OUTBOX_INTERVAL_MS must be at least 100/],
  ['KAIRA_OUTBOX_INTERVAL_MS', 'soon', /KAIRA_OUTBOX_INTERVAL_MS must be a non-negative integer/],
])('%s=%j stops the start with a message naming it', (name, value, message) => {
  expect(() => testConfig({ [name]: value })).toThrow(message);
});

test('an invalid SMTP_URL is not echoed (it may carry a password)', () => {
  expect(() => testConfig({ SMTP_URL: 'smtp//kaira:secret@host' })).toThrow(
    expect.objectContaining({ message: expect.not.stringContaining('secret') }),
  );
});
