"use server";
// Every dues mutation: wrappers only (decision 0062). Each operation writes its audit row in the same
// transaction as the change; money that reaches the fund goes through fund-link.ts.
import { createAction } from "@/lib/action";
import { commitDuesImport } from "./commit-dues-import";
import { receiveGroupDues } from "./receive-group-dues";
import { recordDuesExemption } from "./record-dues-exemption";
import { recordDuesPayment } from "./record-dues-payment";
import { recordDuesRemittance } from "./record-dues-remittance";
import { reverseDuesExemption } from "./reverse-dues-exemption";
import { reverseDuesPayment } from "./reverse-dues-payment";
import {
  commitImportSchema,
  exemptionSchema,
  memberSalarySchema,
  receiveGroupDuesSchema,
  recordPaymentSchema,
  remittanceSchema,
  reverseExemptionSchema,
  reversePaymentSchema,
} from "./schema";
import { setMemberSalary } from "./set-member-salary";

export const recordDuesPaymentAction = createAction(
  {
    name: "dues.payment.record",
    permission: ["dues.write", "dues.collect.group"],
    schema: recordPaymentSchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  recordDuesPayment,
);

export const reverseDuesPaymentAction = createAction(
  {
    name: "dues.payment.reverse",
    permission: ["dues.write", "dues.collect.group"],
    schema: reversePaymentSchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  reverseDuesPayment,
);

export const receiveGroupDuesAction = createAction(
  {
    name: "dues.handover.receive",
    permission: "dues.write",
    schema: receiveGroupDuesSchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  receiveGroupDues,
);

export const recordDuesRemittanceAction = createAction(
  {
    name: "dues.remittance.record",
    permission: "dues.write",
    schema: remittanceSchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  recordDuesRemittance,
);

export const recordDuesExemptionAction = createAction(
  {
    name: "dues.exemption.record",
    permission: "dues.write",
    schema: exemptionSchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  recordDuesExemption,
);

export const reverseDuesExemptionAction = createAction(
  {
    name: "dues.exemption.reverse",
    permission: "dues.write",
    schema: reverseExemptionSchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  reverseDuesExemption,
);

export const setMemberSalaryAction = createAction(
  {
    name: "dues.salary.set",
    permission: "dues.write",
    schema: memberSalarySchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  setMemberSalary,
);

export const commitDuesImportAction = createAction(
  {
    name: "dues.import.commit",
    permission: "dues.write",
    schema: commitImportSchema,
    revalidate: [{ layout: "/finance/dues" }, "/me/dues"],
  },
  commitDuesImport,
);
