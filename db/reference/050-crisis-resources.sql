-- Reference data: crisis services and emergency guidance. Loaded after every migrate;
-- text and contact details are refreshed, an admin's deactivation is kept.
-- verified_on is the date the entry was last checked against the service's own
-- published information; review them at least every six months.
insert into app_public.crisis_resources
  (slug, name, description, country, languages, channel, contact, instructions, hours, url, is_emergency, priority, verified_on)
values
  ('us-emergency-911', 'Emergency services', 'If you or someone else is in immediate danger.', 'US', '{en,es}', 'emergency', '911',
   'Call 911 or go to the nearest emergency department.', '24/7', null, true, 1, '2026-11-01'),
  ('us-988-lifeline', '988 Suicide & Crisis Lifeline', 'Free, confidential support for people in distress or suicidal crisis.', 'US', '{en,es}', 'phone', '988',
   'Call or text 988. Press 1 for the Veterans Crisis Line, 2 for Spanish.', '24/7', 'https://988lifeline.org', false, 10, '2026-11-01'),
  ('us-988-chat', '988 Lifeline chat', 'Chat with a trained crisis counselor.', 'US', '{en,es}', 'chat', 'https://988lifeline.org/chat',
   'Open the chat on the 988 Lifeline website.', '24/7', 'https://988lifeline.org/chat', false, 20, '2026-11-01'),
  ('us-crisis-text-line', 'Crisis Text Line', 'Text with a trained volunteer crisis counselor.', 'US', '{en}', 'text', '741741',
   'Text HOME to 741741.', '24/7', 'https://www.crisistextline.org', false, 15, '2026-11-01'),
  ('ca-emergency-911', 'Emergency services', 'If you or someone else is in immediate danger.', 'CA', '{en,fr}', 'emergency', '911',
   'Call 911 or go to the nearest emergency department.', '24/7', null, true, 1, '2026-11-01'),
  ('ca-988', '9-8-8 Suicide Crisis Helpline', 'Canada''s suicide crisis helpline, in English and French.', 'CA', '{en,fr}', 'phone', '988',
   'Call or text 9-8-8.', '24/7', 'https://988.ca', false, 10, '2026-11-01'),
  ('gb-emergency-999', 'Emergency services', 'If you or someone else is in immediate danger.', 'GB', '{en}', 'emergency', '999',
   'Call 999 (or 112) or go to A&E.', '24/7', null, true, 1, '2026-11-01'),
  ('gb-samaritans', 'Samaritans', 'Someone to talk to, whatever you are going through.', 'GB', '{en}', 'phone', '116 123',
   'Call 116 123, free from any phone.', '24/7', 'https://www.samaritans.org', false, 10, '2026-11-01'),
  ('gb-shout', 'Shout', 'Free, confidential text support.', 'GB', '{en}', 'text', '85258',
   'Text SHOUT to 85258.', '24/7', 'https://giveusashout.org', false, 15, '2026-11-01'),
  ('ie-emergency-112', 'Emergency services', 'If you or someone else is in immediate danger.', 'IE', '{en,ga}', 'emergency', '112',
   'Call 112 or 999.', '24/7', null, true, 1, '2026-11-01'),
  ('ie-samaritans', 'Samaritans Ireland', 'Someone to talk to, whatever you are going through.', 'IE', '{en}', 'phone', '116 123',
   'Call 116 123, free from any phone.', '24/7', 'https://www.samaritans.org', false, 10, '2026-11-01'),
  ('fr-emergency-112', 'Urgences', 'En cas de danger immédiat pour vous ou quelqu''un d''autre.', 'FR', '{fr}', 'emergency', '112',
   'Appelez le 112 ou le 15 (SAMU).', '24/7', null, true, 1, '2026-11-01'),
  ('fr-3114', '3114 – Numéro national de prévention du suicide', 'Écoute professionnelle pour les personnes en détresse et leurs proches.', 'FR', '{fr}', 'phone', '3114',
   'Appelez le 3114, gratuit.', '24/7', 'https://3114.fr', false, 10, '2026-11-01'),
  ('es-emergency-112', 'Emergencias', 'Si usted u otra persona está en peligro inmediato.', 'ES', '{es}', 'emergency', '112',
   'Llame al 112.', '24/7', null, true, 1, '2026-11-01'),
  ('es-024', 'Línea 024 de atención a la conducta suicida', 'Atención a personas con pensamientos, ideas o riesgo de suicidio y a sus allegados.', 'ES', '{es}', 'phone', '024',
   'Llame al 024, gratuito y confidencial.', '24/7', null, false, 10, '2026-11-01'),
  ('mx-emergency-911', 'Emergencias', 'Si usted u otra persona está en peligro inmediato.', 'MX', '{es}', 'emergency', '911',
   'Llame al 911.', '24/7', null, true, 1, '2026-11-01'),
  ('intl-emergency', 'Emergency services', 'Wherever you are: if you are in immediate danger, call your local emergency number (112 works in most of Europe and on many mobile networks).', 'INTL', '{en,es,fr}', 'emergency', '112',
   'Call your local emergency number or go to the nearest emergency department.', '24/7', null, true, 1, '2026-11-01'),
  ('intl-findahelpline', 'Find A Helpline', 'A directory of free, confidential helplines in many countries.', 'INTL', '{en,es,fr}', 'web', 'https://findahelpline.com',
   'Search for a helpline in your country.', '24/7', 'https://findahelpline.com', false, 50, '2026-11-01')
on conflict (slug) do update
  set name = excluded.name, description = excluded.description, country = excluded.country, languages = excluded.languages,
      channel = excluded.channel, contact = excluded.contact, instructions = excluded.instructions, hours = excluded.hours,
      url = excluded.url, is_emergency = excluded.is_emergency, priority = excluded.priority, verified_on = excluded.verified_on;
