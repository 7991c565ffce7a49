// Shown under the new-password field and used as the schema's message (lib/auth/schema.ts); a file
// of its own so that the form can show it without loading zod with the page.
export const PASSWORD_RULE = "Mật khẩu mới cần ít nhất 8 ký tự, có chữ và số.";
