import { parseDateInput } from "@/lib/validation";

/** A year's three dates, from the form's dd/mm/yyyy to the columns. */
export const yearDates = (v: {
  registrationDeadline: string;
  assessmentOpensOn: string;
  assessmentClosesOn: string;
}) => ({
  registrationDeadline: parseDateInput(v.registrationDeadline)!,
  assessmentOpensOn: parseDateInput(v.assessmentOpensOn)!,
  assessmentClosesOn: parseDateInput(v.assessmentClosesOn)!,
});
