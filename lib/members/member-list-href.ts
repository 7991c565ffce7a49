// URLs of the member list and its exports, whose filters live in the query string. Client-safe.
export type MemberListLink = {
  q?: string;
  group?: string;
  status?: string;
  gender?: string;
  sort?: string;
  party?: string;
};

/** "?group=…&status=…" with empty values dropped, or "" when there is nothing to add. */
export function memberListQuery(params: MemberListLink = {}): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) qs.set(key, value);
  const s = qs.toString();
  return s ? `?${s}` : "";
}

export const memberListHref = (params: MemberListLink = {}) => `/members${memberListQuery(params)}`;
