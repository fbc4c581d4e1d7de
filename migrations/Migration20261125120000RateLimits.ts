import { Migration } from '@mikro-orm/migrations';

// The shared rate-limit store (issue 6 item 3): one row per limited thing (sign-in from an address, an
// account's sign-ins, public enrolments from an address…) and its current fixed window. In PostgreSQL so
// every Kaira process counts against the same window. Global, not tenant-owned: an address hammering
// two tenants is one address. The key is an HMAC (src/http/rate-limit.ts), never the address or email.
export class Migration20261125120000RateLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table rate_limit_bucket (
        bucket text not null check (bucket ~ '^[a-z][a-z0-9.-]{0,62}$'),
        key text not null check (key ~ '^[0-9a-f]{64}$'),
        window_start timestamptz not null,
        window_seconds int not null check (window_seconds > 0),
        hits int not null check (hits > 0),
        primary key (bucket, key)
      );`);
    // Expired windows are swept by age.
    this.addSql(`create index rate_limit_bucket_window_index on rate_limit_bucket (window_start);`);
    this.addSql(`comment on table rate_limit_bucket is 'fixed-window request counts of the rate limits';`);
    this.addSql(
      `comment on column rate_limit_bucket.key is 'keyed hash of what is limited (client address, account email): not reversible without the lookup key';`,
    );
    this.addSql(`grant select, insert, update, delete on rate_limit_bucket to kaira_app;`);
  }
}
