// Form values (strings) ↔ database fields. No I/O.
import type { z } from "zod";
import { formatDate, toSearchText, toSortName } from "@/lib/format";
import { dongText } from "@/lib/money-text";
import { parseDateInput, parseDong } from "@/lib/validation";
import type { memberFormSchema } from "./schema";

type Parsed = z.output<typeof memberFormSchema>;
const orNull = (v: string) => (v === "" ? null : v);

export function toMemberData(v: Parsed) {
  return {
    fullName: v.fullName.replace(/\s+/g, " "),
    searchName: toSearchText(v.fullName),
    sortName: toSortName(v.fullName),
    gender: v.gender,
    dateOfBirth: parseDateInput(v.dateOfBirth),
    idNumber: orNull(v.idNumber),
    hometown: orNull(v.hometown),
    ethnicity: orNull(v.ethnicity),
    phone: orNull(v.phone.replace(/[\s.]/g, "")),
    email: orNull(v.email.toLowerCase()),
    jobTitle: orNull(v.jobTitle),
    department: orNull(v.department),
    qualification: orNull(v.qualification),
    isPartyMember: v.isPartyMember,
    partyJoinedOn: v.isPartyMember ? parseDateInput(v.partyJoinedOn) : null,
    contractType: orNull(v.contractType),
    cardNumber: orNull(v.cardNumber.toUpperCase()),
    joinedUnionOn: parseDateInput(v.joinedUnionOn),
    insuranceSalary: v.insuranceSalary === "" ? null : parseDong(v.insuranceSalary),
    groupId: v.groupId,
    note: orNull(v.note),
  };
}

type Stored = {
  [K in keyof ReturnType<typeof toMemberData>]?: ReturnType<typeof toMemberData>[K] | undefined;
};

export function toFormValues(m: Stored & { fullName: string; gender: "MALE" | "FEMALE"; groupId: string }) {
  const s = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return {
    fullName: m.fullName,
    gender: m.gender,
    dateOfBirth: formatDate(m.dateOfBirth),
    idNumber: s(m.idNumber),
    hometown: s(m.hometown),
    ethnicity: s(m.ethnicity),
    phone: s(m.phone),
    email: s(m.email),
    jobTitle: s(m.jobTitle),
    department: s(m.department),
    qualification: s(m.qualification),
    isPartyMember: Boolean(m.isPartyMember),
    partyJoinedOn: formatDate(m.partyJoinedOn),
    contractType: s(m.contractType),
    cardNumber: s(m.cardNumber),
    joinedUnionOn: formatDate(m.joinedUnionOn),
    insuranceSalary: dongText(m.insuranceSalary),
    groupId: m.groupId,
    note: s(m.note),
  };
}

export const EMPTY_MEMBER_FORM = {
  fullName: "",
  gender: "" as unknown as "MALE",
  dateOfBirth: "",
  idNumber: "",
  hometown: "",
  ethnicity: "Kinh",
  phone: "",
  email: "",
  jobTitle: "",
  department: "",
  qualification: "",
  isPartyMember: false,
  partyJoinedOn: "",
  contractType: "",
  cardNumber: "",
  joinedUnionOn: "",
  insuranceSalary: "",
  groupId: "",
  note: "",
};
