import { Migration } from '@mikro-orm/migrations';

// Emergency access keeps what was opened as written (DOMAIN.md §2.2 and §5: integrity, attributable to
// author and time): the app may record the review and nothing else, so no reason, client or expiry can
// be rewritten after the fact, and a review is complete (who, when, finding) or absent.
export class Migration20261125010000Clients extends Migration {
  override async up(): Promise<void> {
    this.addSql(`revoke update on emergency_access from kaira_app;`);
    this.addSql(`grant update (reviewed_by, reviewed_at, review_note) on emergency_access to kaira_app;`);
    this.addSql(`
      alter table emergency_access
        add constraint emergency_access_expiry_check check (expires_at > opened_at),
        add constraint emergency_access_review_check check (
          (reviewed_at is null) = (reviewed_by is null) and (reviewed_at is null) = (review_note is null));`);
    this.addSql(`comment on column emergency_access.reason is 'personal data: why the coach opened the client';`);
    this.addSql(`comment on column emergency_access.review_note is 'personal data: the DPO''s review finding';`);
  }
}
