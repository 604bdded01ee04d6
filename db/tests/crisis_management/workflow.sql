-- Crisis management: every patient text is screened in its own transaction without
-- ever being refused; moderate and above is a detection; high and critical open a
-- case with a deadline, notified at once on the crisis queue; the case workflow and
-- who may see and work it; overdue cases escalate; safety plans; resources.
begin;
select plan(41);

select tests.create_user('nia@example.com');
select tests.create_user('oli@example.com');
select tests.create_user('dr.pia@example.com', 'therapist');
select tests.create_user('dr.quin@example.com', 'therapist');
select tests.create_user('dr.rota@example.com', 'therapist');
select tests.create_user('dr.tier2@example.com', 'therapist');
select tests.create_user('admin.sue@example.com', 'admin');
select tests.connect('dr.pia@example.com', 'nia@example.com');
update app_public.user_profiles set country = 'GB' where user_id = tests.id_of('nia@example.com');
insert into app_public.crisis_team_members (user_id, tier) values (tests.id_of('dr.rota@example.com'), 1), (tests.id_of('dr.tier2@example.com'), 2);

-- Detection on write ------------------------------------------------------------------------
select tests.act_as('nia@example.com');
select lives_ok($$insert into app_public.journal_entries (content) values ('I have decided to kill myself tonight. I have the pills ready and I wrote the letters.')$$,
                'a journal entry with a plan is written (never blocked)');
select is((select risk_level::text from app_public.crisis_detections), 'critical', 'it is detected as critical');
select is((select content_source::text from app_public.crisis_detections), 'journal_entry', 'from a journal entry');
select is((select source_id from app_public.crisis_detections), (select id from app_public.journal_entries), 'pointing at the entry');
select isnt((select (app_public.journal_entries_crisis_support(e)).resources from app_public.journal_entries e), null,
            'the entry itself carries the support to show');
select ok((select (app_public.journal_entries_crisis_support(e)).resources -> 0 ->> 'contact' from app_public.journal_entries e) in ('999', '112'),
          'emergency guidance for the patient''s country comes first');
select ok((select (app_public.journal_entries_crisis_support(e)).resources::text ~ '116 123' from app_public.journal_entries e),
          'with Samaritans for a patient in the UK');
select isnt((select (app_public.journal_entries_crisis_support(e)).grounding_prompt from app_public.journal_entries e), null,
            'and a grounding prompt');
select lives_ok($$insert into app_public.gratitude_entries (item) values ('My cat, who sat with me')$$, 'a calm text');
select is((select count(*)::int from app_public.crisis_detections), 1, 'raises nothing');
select is((select app_public.gratitude_entries_crisis_support(g) from app_public.gratitude_entries g), null, 'and carries no support');
reset role;

-- The case ---------------------------------------------------------------------------------------
select results_eq($$select status::text, tier, risk_level::text, response_due_at between now() + interval '14 minutes' and now() + interval '16 minutes'
                    from app_public.crisis_escalations$$,
                  $$values ('open'::text, 1, 'critical'::text, true)$$, 'a critical case is open, due in 15 minutes');
select bag_eq($$select recipient_id from app_private.crisis_notifications where channel = 'email'$$,
              $$values (tests.id_of('dr.pia@example.com')), (tests.id_of('dr.rota@example.com'))$$,
              'the patient''s therapist and the on-call team are emailed');
select is((select count(*)::int from app_private.crisis_notifications where channel = 'webhook'), 1, 'and the pager is called');
select results_eq($$select queue_name, priority::int from graphile_worker.jobs where task_identifier = 'deliver_crisis_webhook'$$,
                  $$values ('crisis'::text, -100)$$, 'on the crisis queue, at the highest priority');
select is((select min(j.priority)::int from graphile_worker._private_jobs j
           join graphile_worker._private_tasks t on t.id = j.task_id
           join app_private.notification_outbox o on (j.payload ->> 'id')::uuid = o.id
           where t.identifier = 'send_email' and o.template = 'crisis_case'), -100, 'crisis emails jump the email queue too');
select is((select count(*)::int from app_private.notification_outbox where template = 'crisis_case' and body ~* 'kill|pills|letters'), 0,
          'no notification carries the patient''s words');

-- Who sees it ------------------------------------------------------------------------------------
select tests.act_as('nia@example.com');
select is((select count(*)::int from app_public.crisis_escalations), 1, 'the patient sees their own case');
select throws_ok(format('select app_public.resolve_crisis_case(%L, %L)', (select id from app_public.crisis_escalations), 'fine'),
                 '42501', null, 'but cannot close it');
reset role;
select tests.act_as('oli@example.com');
select is_empty('select 1 from app_public.crisis_escalations', 'another patient sees no case');
select is_empty('select 1 from app_public.crisis_detections', 'and no detection');
reset role;
select tests.act_as('dr.quin@example.com');
select is_empty('select 1 from app_public.crisis_detections', 'a therapist without access or rota place sees nothing');
select throws_ok(format('select app_public.acknowledge_crisis_case(%L)', (select id from app_public.crisis_escalations)),
                 'NTFND', null, 'and cannot work the case');
reset role;
select tests.act_as('dr.rota@example.com');
select is((select count(*)::int from app_public.crisis_detections), 1, 'the crisis team sees the detection behind an open case');
select is((select content_text from app_public.crisis_detections) ~ 'kill myself', true, 'with the words, to judge');
reset role;
select ok(exists (select 1 from app_public.data_access_logs where accessor_id = tests.id_of('dr.rota@example.com')
                  and patient_id = tests.id_of('nia@example.com') and data_kind = 'crisis_detections'),
          'and that read is in the patient''s access log');

-- Working it -------------------------------------------------------------------------------------
select tests.act_as('dr.rota@example.com');
select is((app_public.acknowledge_crisis_case((select id from app_public.crisis_escalations))).status::text, 'acknowledged',
          'the on-call clinician acknowledges');
select throws_ok(format('select app_public.acknowledge_crisis_case(%L)', (select id from app_public.crisis_escalations)),
                 'CSTAT', null, 'a case moves forward only');
select is((app_public.start_crisis_case((select id from app_public.crisis_escalations))).status::text, 'in_progress', 'works it');
select is((app_public.resolve_crisis_case((select id from app_public.crisis_escalations), 'Called, safe with family')).status::text,
          'resolved', 'and records the outcome');
reset role;
select ok((select count(*) from app_public.audit_logs where table_name = 'app_public.crisis_escalations' and action = 'update') >= 3,
          'every step is in the audit trail');
select tests.act_as('dr.rota@example.com');
select is_empty('select 1 from app_public.crisis_detections', 'a closed case is no longer the team''s to read');
reset role;

-- A missed deadline escalates --------------------------------------------------------------------------
select tests.act_as('oli@example.com');
insert into app_public.thought_records (situation) values ('I want to kill myself.');
reset role;
select is((select risk_level::text from app_public.crisis_escalations where user_id = tests.id_of('oli@example.com')), 'high',
          'a high case from a thought record');
update app_public.crisis_escalations set response_due_at = now() - interval '1 second' where user_id = tests.id_of('oli@example.com');
select tests.act_as_role('hp_worker');
select is(app_private.escalate_overdue_cases(), 1, 'unacknowledged past its deadline, it escalates');
reset role;
select results_eq($$select tier, response_due_at > now() from app_public.crisis_escalations where user_id = tests.id_of('oli@example.com')$$,
                  $$values (2, true)$$, 'to tier 2, with a new deadline');
select ok(exists (select 1 from app_private.crisis_notifications n join app_public.crisis_escalations e on e.id = n.escalation_id
                  where e.user_id = tests.id_of('oli@example.com') and n.tier = 2 and n.recipient_id = tests.id_of('dr.tier2@example.com')),
          'and tier 2 is notified');

-- False positives are counted per keyword ------------------------------------------------------------
select tests.act_as('dr.tier2@example.com');
select is((app_public.mark_crisis_case_false_positive((select id from app_public.crisis_escalations where user_id = tests.id_of('oli@example.com')), 'Song lyrics')).status::text,
          'false_positive', 'a reviewer marks a false positive');
reset role;
select tests.act_as('admin.sue@example.com');
select ok((select sum(false_positives) from app_public.crisis_keyword_precision()) >= 1, 'false positives per keyword, for reviewing the library');
reset role;

-- Safety plan ------------------------------------------------------------------------------------------
select tests.act_as('nia@example.com');
select is((app_public.save_safety_plan(warning_signs => array['Not sleeping'], reasons_for_living => array['My sister'])).version, 1,
          'the patient writes a safety plan');
reset role;
select tests.act_as('dr.pia@example.com');
select is((app_public.save_safety_plan(tests.id_of('nia@example.com'), warning_signs => array['Not sleeping', 'Skipping meals'],
           reasons_for_living => array['My sister'])).version, 2, 'the therapist co-authors a new version');
reset role;
select tests.act_as('dr.quin@example.com');
select throws_ok(format('select app_public.save_safety_plan(%L)', tests.id_of('nia@example.com')), 'NTFND', null,
                 'another therapist cannot');
reset role;

select * from finish();
rollback;
