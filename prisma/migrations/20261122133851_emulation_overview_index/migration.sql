-- CreateIndex
CREATE INDEX "EmulationRegistration_yearId_memberId_state_idx" ON "EmulationRegistration"("yearId", "memberId", "state");
