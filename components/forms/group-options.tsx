/** The options of a tổ select: "— Chọn tổ —" (empty value) and each tổ by name. */
export function GroupOptions({ groups }: { groups: { id: string; name: string }[] }) {
  return (
    <>
      <option value="">— Chọn tổ —</option>
      {groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </>
  );
}
