-- CreateIndex
CREATE INDEX "Member_groupId_sortName_id_idx" ON "Member"("groupId", "sortName", "id");
