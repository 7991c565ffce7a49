-- Position.role → Position.office: the office held (chủ tịch, tổ trưởng…), not to be read as the
-- app's Role. The schema engine's diff would drop the column and add an empty one; a rename keeps
-- every row's office.

-- Hand-written
ALTER TABLE "Position" RENAME COLUMN "role" TO "office";
