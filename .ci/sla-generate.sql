-- SLA clocks for the scale test of issue 5: :closed stopped and :open open requests with realistic histories,
-- spread over the seeded offices and the last three years. Pure SQL (generate_series), no JPA: a million clocks
-- and their events in a few minutes. Usage (README, "SLA dashboard"):
--   psql -v closed=1000000 -v open=10000 -f .ci/sla-generate.sql <database>
-- Numbers start with GEN- so the generated rows are easy to find and remove.
\set ON_ERROR_STOP on
\timing on
-- The timestamp columns hold UTC wall time (hibernate.jdbc.time_zone UTC).
set time zone 'UTC';

create temporary table gen_office as
  select row_number() over (order by code) - 1 as idx, code,
         -- one working day of the office in minutes (service hours), 450 when unknown
         coalesce(extract(epoch from (closes_at - opens_at)) / 60, 450)::int as day_minutes
  from office;

-- Closed requests: net office-held working days log-normal around 6 (tenths of a working day, 0.5 to 25), most
-- within the 10-day budget; up to three customer waits; 3% cancelled before delivery.
insert into sla_clock (request_number, office_code, service_kind, budget_minutes, clock_state, started_at,
                       stopped_at, due_at, breached, waiting_on, cancelled, net_minutes, net_day_tenths, warned_at,
                       breached_at, lock_version)
select 'GEN-' || o.code || '-' || lpad(g.i::text, 9, '0'), o.code, 'SALE', 10 * o.day_minutes, 'STOPPED',
       g.started, g.started + g.raw, g.started + g.due_after, g.tenths > 100, '', g.cancelled,
       g.tenths * o.day_minutes / 10, g.tenths,
       case when g.tenths > 80 then g.started + g.raw * 0.8 end,
       case when g.tenths > 100 then g.started + g.due_after end, 0
from (
  select i, started, tenths, cancelled,
         -- calendar time: 7 days a week for 5 working days, plus the customer's waits
         make_interval(secs => tenths / 10.0 * 86400 * 1.4 + waits * 86400 * 2.5) as raw,
         make_interval(secs => 14 * 86400 + waits * 86400 * 2.5) as due_after,
         (i::bigint * 7919) % (select count(*) from gen_office) as office_idx
  from (
    select i,
           now() - interval '3 years' + random() * (interval '3 years' - interval '20 days') as started,
           greatest(5, least(250, round(exp(ln(60) + 0.45 * ((random() + random() + random() - 1.5) * 2)))))::int
             as tenths,
           (i % 4) as waits,
           random() < 0.03 as cancelled
    from generate_series(1, :closed) as s(i)
  ) x
) g join gen_office o on o.idx = g.office_idx;

-- Open requests: started in the last 20 working days; 30% waiting on the customer; the rest running, some past
-- their warning, a few past their due date.
insert into sla_clock (request_number, office_code, service_kind, budget_minutes, clock_state, started_at,
                       due_at, risk_at, breached, waiting_on, cancelled, warned_at, lock_version)
select 'GEN-' || o.code || '-O' || lpad(g.i::text, 8, '0'), o.code, 'SALE', 10 * o.day_minutes,
       case when g.paused then 'PAUSED' else 'RUNNING' end, g.started,
       case when g.paused then null else g.started + interval '14 days' end,
       case when g.paused then null else g.started + interval '11 days' end,
       false, case when g.paused then 'PAYMENT' else '' end, false,
       case when not g.paused and g.started + interval '11 days' < now() then g.started + interval '11 days' end, 0
from (
  select i, now() - random() * interval '20 days' as started, random() < 0.3 as paused,
         (i::bigint * 7919) % (select count(*) from gen_office) as office_idx
  from generate_series(1, :open) as s(i)
) g join gen_office o on o.idx = g.office_idx;

-- Events: START, each wait as PAUSE and RESUME inside the clock's life, STOP for closed clocks; PAUSE for paused.
insert into sla_clock_event (clock_id, event_kind, occurred_at, pause_reason)
select id, 'START', started_at, null from sla_clock where request_number like 'GEN-%';

insert into sla_clock_event (clock_id, event_kind, occurred_at, pause_reason)
select c.id, e.kind, c.started_at + (c.stopped_at - c.started_at) * ((2 * k - e.shift) / (2.0 * w + 2)),
       case when e.kind = 'PAUSE' then (array['OFFER_REVIEW', 'PAYMENT', 'AGREEMENT'])[k] end
from (select id, started_at, stopped_at, (id % 4)::int as w from sla_clock
      where request_number like 'GEN-%' and clock_state = 'STOPPED') c
cross join lateral generate_series(1, c.w) as k
cross join (values ('PAUSE', 1), ('RESUME', 0)) as e(kind, shift);

insert into sla_clock_event (clock_id, event_kind, occurred_at, pause_reason)
select id, 'STOP', stopped_at, null from sla_clock where request_number like 'GEN-%' and clock_state = 'STOPPED';

insert into sla_clock_event (clock_id, event_kind, occurred_at, pause_reason)
select id, 'PAUSE', started_at + interval '1 day', 'PAYMENT' from sla_clock
where request_number like 'GEN-%' and clock_state = 'PAUSED';

-- Index-only scans need the visibility map; autovacuum would do it later, the benchmark wants it now.
vacuum analyze sla_clock;
vacuum analyze sla_clock_event;

select clock_state, count(*) from sla_clock where request_number like 'GEN-%' group by clock_state order by 1;
