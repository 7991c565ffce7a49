-- Anonymous opinions are dated to the day (Vietnam time, UTC+7), not the moment: a send time to
-- the millisecond could be matched with a sign-in. Opinions sent before this change are coarsened
-- too. The columns hold UTC wall time (timestamp without time zone).
UPDATE "Opinion"
SET "createdAt" = date_trunc('day', "createdAt" + interval '7 hours') - interval '7 hours',
    "updatedAt" = GREATEST(
      date_trunc('day', "createdAt" + interval '7 hours') - interval '7 hours',
      COALESCE("answeredAt", 'epoch'::timestamp)
    )
WHERE "isAnonymous";
