-- DropIndex
DROP INDEX "Member_unitId_status_idx";

-- CreateIndex
CREATE INDEX "Member_unitId_status_groupId_gender_isPartyMember_idx" ON "Member"("unitId", "status", "groupId", "gender", "isPartyMember");

-- CreateIndex
CREATE INDEX "MemberEvent_effectiveOn_createdAt_idx" ON "MemberEvent"("effectiveOn" DESC, "createdAt" DESC);
