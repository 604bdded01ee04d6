-- Reference data: system settings the database enforces.
-- Loaded after every migrate. New keys are added; values an admin has changed are
-- kept (only descriptions and visibility are refreshed).
insert into app_public.system_configurations (key, value, description, is_public) values
  ('session.idle_timeout', '"30 minutes"', 'A session unused for this long is refused (PostgreSQL interval).', true),
  ('session.absolute_timeout', '"12 hours"', 'A session is refused this long after login, however active (PostgreSQL interval).', true),
  ('auth.max_failed_logins', '5', 'Wrong passwords or codes in a row before the account is locked for a while.', false),
  ('auth.lockout_duration', '"15 minutes"', 'How long an account stays locked after too many failures.', false),
  ('auth.password_reset_ttl', '"1 hour"', 'How long a password reset link works.', false),
  ('auth.email_verification_ttl', '"48 hours"', 'How long an email confirmation link works.', false),
  ('consent.terms_of_service_version', '"2026-11-01"', 'The current terms of service; consent must name this version.', true),
  ('consent.privacy_policy_version', '"2026-11-01"', 'The current privacy policy; consent must name this version.', true),
  ('app.public_url', '"http://localhost:3000"', 'Where the web client lives; links in emails start here.', false),
  ('analytics.min_cell_size', '10', 'k-anonymity: population statistics from fewer patients than this are suppressed.', false)
on conflict (key) do update
  set description = excluded.description, is_public = excluded.is_public;

insert into app_public.system_configurations (key, value, description, is_public) values
  ('crisis.response_minutes.critical', '15', 'Minutes to acknowledge a critical crisis case before it escalates to the next tier.', false),
  ('crisis.response_minutes.high', '60', 'Minutes to acknowledge a high-risk crisis case before it escalates to the next tier.', false)
on conflict (key) do update
  set description = excluded.description, is_public = excluded.is_public;
