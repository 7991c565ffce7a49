"use server";
import { createAction } from "@/lib/action";
import { createAccount, EMAIL_TAKEN } from "./create-account";
import { resetAccountPassword } from "./reset-account-password";
import { createAccountSchema, resetPasswordSchema, setAccountActiveSchema } from "./schema";
import { setAccountActive } from "./set-account-active";

export const createAccountAction = createAction(
  {
    name: "account.create",
    permission: "accounts.manage",
    schema: createAccountSchema,
    uniqueFields: { email: EMAIL_TAKEN, memberId: "Đoàn viên này đã có tài khoản." },
    revalidate: ["/settings/accounts"],
  },
  createAccount,
);

export const setAccountActiveAction = createAction(
  {
    name: "account.active",
    permission: "accounts.manage",
    schema: setAccountActiveSchema,
    revalidate: ["/settings/accounts"],
  },
  setAccountActive,
);

export const resetAccountPasswordAction = createAction(
  {
    name: "account.reset-password",
    permission: "accounts.manage",
    schema: resetPasswordSchema,
    revalidate: ["/settings/accounts"],
  },
  resetAccountPassword,
);
